/**
 * Setting up and changing a recurring outreach session, by those who work the site's outreach: a
 * partner of the site, the kind of session, when it recurs, and staff who go out from the site.
 * A change carries the version seen; skipping a day and ending the schedule are changes like any
 * other. Sessions already logged keep what they were logged with.
 */
import { eq } from "drizzle-orm";
import type { CreateScheduleBody, UpdateScheduleBody } from "../../../core/api/outreach-sessions.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { outreachSchedules } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canWorkOutreach } from "../policy.js";
import { findScheduleFor, type ScheduleRow } from "./queries.js";
import { checkPartnerAt, checkStaffAt } from "./site-choices.js";
import { fieldsChangedFrom } from "../../db/fields-changed.js";

export interface ScheduleWriteContext {
  now: Date;
  requestId: string;
}

const workMessage = "Only the site's outreach workers and managers set up its outreach schedules.";

const fieldsOf = (body: CreateScheduleBody | UpdateScheduleBody) => ({
  partnerId: body.partnerId,
  sessionType: body.sessionType,
  topics: body.topics,
  startsOn: body.startsOn,
  endsOn: body.endsOn,
  time: body.time,
  durationMinutes: body.durationMinutes,
  recurrence: body.recurrence,
  // Kept in order so the list reads as a calendar.
  skippedDays: [...body.skippedDays].sort(),
  staffIds: body.staffIds,
});

export async function createSchedule(tx: Db, actor: Actor, body: CreateScheduleBody, context: ScheduleWriteContext): Promise<ScheduleRow> {
  authorize(canWorkOutreach(actor, body.siteId), workMessage);
  await checkPartnerAt(tx, actor.organisationId, body.siteId, body.partnerId, "body.partnerId");
  await checkStaffAt(tx, actor.organisationId, body.siteId, body.staffIds, "body.staffIds");
  const [row] = await tx
    .insert(outreachSchedules)
    .values({ organisationId: actor.organisationId, siteId: body.siteId, ...fieldsOf(body), createdBy: actor.userId, createdAt: context.now, updatedAt: context.now })
    .returning();
  await recordAudit(tx, { organisationId: actor.organisationId, actorUserId: actor.userId, action: "outreach.schedule_created", entityType: "outreach_schedule", entityId: row!.id, siteId: body.siteId, requestId: context.requestId, details: { partnerId: body.partnerId, sessionType: body.sessionType } });
  return row!;
}

export async function updateSchedule(tx: Db, actor: Actor, scheduleId: string, body: UpdateScheduleBody, context: ScheduleWriteContext): Promise<ScheduleRow> {
  const row = await findScheduleFor(tx, actor, scheduleId, { forUpdate: true });
  authorize(canWorkOutreach(actor, row.siteId), workMessage);
  if (row.version !== body.version) throw new AppError("conflict", "Someone else changed this schedule since you opened it. Reload and try again.");
  if (body.partnerId !== row.partnerId) await checkPartnerAt(tx, actor.organisationId, row.siteId, body.partnerId, "body.partnerId");
  await checkStaffAt(tx, actor.organisationId, row.siteId, body.staffIds, "body.staffIds", row.staffIds);
  const next = fieldsOf(body);
  const changed = fieldsChangedFrom(next, row);
  const [updated] = await tx
    .update(outreachSchedules)
    .set({ ...next, updatedAt: context.now, version: row.version + 1 })
    .where(eq(outreachSchedules.id, row.id))
    .returning();
  await recordAudit(tx, { organisationId: actor.organisationId, actorUserId: actor.userId, action: "outreach.schedule_updated", entityType: "outreach_schedule", entityId: row.id, siteId: row.siteId, requestId: context.requestId, details: { changed } });
  return updated!;
}
