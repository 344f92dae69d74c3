/**
 * Finding the session already held that an entry logged offline would duplicate (rule in
 * core/outreach/offline-entries.ts): where and when the entry was, and the site's sessions that
 * day that are the same session.
 */
import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import type { LogSessionBody } from "../../../core/api/outreach-sessions.js";
import { endOfLondonDay, londonDay, startOfLondonDay } from "../../../core/london-time.js";
import { isSameSession, type SessionPlace } from "../../../core/outreach/offline-entries.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { outreachSessions } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { canWorkOutreach } from "../policy.js";
import { findScheduleFor } from "../schedules/queries.js";
import { workMessage } from "./log-session.js";
import type { SessionRow } from "./queries.js";

/** Where and when the entry was: from its schedule (which must be at a site the actor reads, else "not found"), or as given for a one-off. */
export async function placeOfEntry(tx: Db, actor: Actor, body: LogSessionBody): Promise<SessionPlace> {
  if (body.scheduleId !== undefined && body.occurrenceDay !== undefined) {
    const schedule = await findScheduleFor(tx, actor, body.scheduleId);
    authorize(canWorkOutreach(actor, schedule.siteId), workMessage);
    return { siteId: schedule.siteId, day: body.occurrenceDay, scheduleId: schedule.id, partnerId: schedule.partnerId, venue: "" };
  }
  // The body's own checks make these present for a one-off.
  authorize(canWorkOutreach(actor, body.siteId!), workMessage);
  return { siteId: body.siteId!, day: londonDay(new Date(body.startsAt!)), scheduleId: null, partnerId: body.partnerId ?? null, venue: body.venue ?? "" };
}

/** Where and when a held session was. */
export const placeOfRow = (row: SessionRow): SessionPlace => ({ siteId: row.siteId, day: row.occurrenceDay ?? londonDay(row.startsAt), scheduleId: row.scheduleId, partnerId: row.partnerId, venue: row.venue });

/**
 * The site's sessions that day that are the same session as `place`, earliest first. Sending two
 * entries for one place at once takes turns (a transaction lock on the site and day), so two
 * devices coming back online together cannot both find nothing and both log.
 */
export async function sameSessionsAs(tx: Db, organisationId: string, place: SessionPlace): Promise<SessionRow[]> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`outreach-session:${place.siteId}:${place.day}`}))`);
  const rows = await tx
    .select()
    .from(outreachSessions)
    .where(and(eq(outreachSessions.organisationId, organisationId), eq(outreachSessions.siteId, place.siteId), gte(outreachSessions.startsAt, startOfLondonDay(place.day)), lte(outreachSessions.startsAt, endOfLondonDay(place.day))))
    .orderBy(asc(outreachSessions.startsAt), asc(outreachSessions.id));
  return rows.filter((row) => isSameSession(placeOfRow(row), place));
}
