/** A site's schedules, and one schedule within the sites whose outreach the actor reads (else "not found"). */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { outreachSchedules } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import { outreachSitesOf } from "../policy.js";

export type ScheduleRow = typeof outreachSchedules.$inferSelect;

/** A site has tens of schedules at most; the bound keeps a mistake from becoming a huge answer. */
export const maxSchedulesPerSite = 500;

export async function schedulesOfSite(db: Db, organisationId: string, siteId: string): Promise<ScheduleRow[]> {
  return db
    .select()
    .from(outreachSchedules)
    .where(and(eq(outreachSchedules.organisationId, organisationId), eq(outreachSchedules.siteId, siteId)))
    .orderBy(asc(outreachSchedules.createdAt), asc(outreachSchedules.id))
    .limit(maxSchedulesPerSite);
}

/** The schedule, if it is at a site whose outreach the actor reads; locked when it is to change. */
export async function findScheduleFor(db: Db, actor: Actor, scheduleId: string, options: { forUpdate?: boolean } = {}): Promise<ScheduleRow> {
  const sites = outreachSitesOf(actor);
  if (sites.length === 0) throw notFound("Schedule");
  const query = db
    .select()
    .from(outreachSchedules)
    .where(and(eq(outreachSchedules.id, scheduleId), eq(outreachSchedules.organisationId, actor.organisationId), inArray(outreachSchedules.siteId, sites)));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row) throw notFound("Schedule");
  return row;
}
