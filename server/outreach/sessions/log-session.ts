/**
 * Logging an outreach session, by those who work the site's outreach: one of a schedule's
 * occurrences (where, what and when come from the schedule; one log per occurrence) or a one-off.
 * Never before it has started. The resources handed out leave the site's stock in the same
 * transaction, so a refusal for want of stock saves nothing at all.
 */
import { and, eq } from "drizzle-orm";
import type { LogSessionBody } from "../../../core/api/outreach-sessions.js";
import { occurrences } from "../../../core/outreach/schedule.js";
import { isLoggableAt } from "../../../core/outreach/session-log.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { outreachSessions } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canWorkOutreach } from "../policy.js";
import { scheduleOf } from "../schedules/presenter.js";
import { findScheduleFor } from "../schedules/queries.js";
import { checkPartnerAt, checkStaffAt } from "../schedules/site-choices.js";
import { moveStock } from "../stock/move-stock.js";

export interface SessionWriteContext {
  now: Date;
  requestId: string;
}

export const workMessage = "Only the site's outreach workers and managers log its outreach sessions.";

const refuse = (path: string, message: string) => new AppError("unprocessable", message, { fields: [{ path, message }] });
const notYet = (path: string) => refuse(path, "This session has not started yet; log it once it has.");

/** Where, what and when: from the schedule's occurrence, or as given for a one-off. */
async function placeOf(tx: Db, actor: Actor, body: LogSessionBody, now: Date) {
  if (body.scheduleId !== undefined && body.occurrenceDay !== undefined) {
    // Locking the schedule makes two people logging the same occurrence at once take turns.
    const schedule = await findScheduleFor(tx, actor, body.scheduleId, { forUpdate: true });
    authorize(canWorkOutreach(actor, schedule.siteId), workMessage);
    const [occurrence] = occurrences(scheduleOf(schedule), body.occurrenceDay, body.occurrenceDay);
    if (!occurrence) throw refuse("body.occurrenceDay", "That day is not one of this schedule's days.");
    const [already] = await tx
      .select({ id: outreachSessions.id })
      .from(outreachSessions)
      .where(and(eq(outreachSessions.scheduleId, schedule.id), eq(outreachSessions.occurrenceDay, occurrence.day)));
    if (already) throw new AppError("conflict", "This session has already been logged.");
    if (!isLoggableAt(occurrence.startsAt, now)) throw notYet("body.occurrenceDay");
    return { siteId: schedule.siteId, scheduleId: schedule.id, occurrenceDay: occurrence.day, partnerId: schedule.partnerId, venue: "", sessionType: schedule.sessionType, startsAt: occurrence.startsAt, durationMinutes: schedule.durationMinutes, usualStaff: schedule.staffIds };
  }
  // The body's own checks make these present for a one-off.
  const siteId = body.siteId!;
  authorize(canWorkOutreach(actor, siteId), workMessage);
  if (body.partnerId !== undefined) await checkPartnerAt(tx, actor.organisationId, siteId, body.partnerId, "body.partnerId");
  const startsAt = new Date(body.startsAt!);
  if (!isLoggableAt(startsAt, now)) throw notYet("body.startsAt");
  return { siteId, scheduleId: null, occurrenceDay: null, partnerId: body.partnerId ?? null, venue: body.venue ?? "", sessionType: body.sessionType!, startsAt, durationMinutes: body.durationMinutes!, usualStaff: [] };
}

export async function logSession(tx: Db, actor: Actor, body: LogSessionBody, context: SessionWriteContext): Promise<string> {
  const { usualStaff, ...place } = await placeOf(tx, actor, body, context.now);
  await checkStaffAt(tx, actor.organisationId, place.siteId, body.staffIds, "body.staffIds", usualStaff);
  const [row] = await tx
    .insert(outreachSessions)
    .values({
      organisationId: actor.organisationId,
      ...place,
      topics: body.topics,
      staffIds: body.staffIds,
      headcountTotal: body.headcount.total,
      headcount: body.headcount,
      followUpContacts: body.followUpContacts,
      notes: body.notes,
      createdBy: actor.userId,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning({ id: outreachSessions.id });
  const sessionId = row!.id;
  await moveStock(tx, {
    organisationId: actor.organisationId,
    siteId: place.siteId,
    actorId: actor.userId,
    now: context.now,
    reason: "handed_out",
    sessionId,
    movements: body.resources.map((line) => ({ itemId: line.itemId, change: -line.quantity })),
    path: "body.resources",
  });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "outreach.session_logged",
    entityType: "outreach_session",
    entityId: sessionId,
    siteId: place.siteId,
    requestId: context.requestId,
    details: { scheduleId: place.scheduleId, occurrenceDay: place.occurrenceDay, headcountTotal: body.headcount.total, resources: body.resources },
  });
  return sessionId;
}
