/**
 * Recording a group session of a programme at a site, and later correcting who attended. Named
 * attendees are enrolled clients the recorder can see; people who came but are not registered are
 * only counted. Audited with ids and counts, never names.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { recordGroupSessionBodySchema, updateGroupSessionBodySchema } from "../../core/api/programmes.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { groupSessionAttendees, groupSessions } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { findSiteFor } from "../sites/queries.js";
import { checkAttendees, checkFacilitators, checkProgramme } from "./check-group-session.js";
import type { ProgrammeContext } from "./enrol-client.js";
import { attendeesOf, findGroupSessionFor, visibleCasesAmong } from "./group-session-queries.js";
import { canRecordGroupSessions } from "./policy.js";

type RecordBody = z.infer<typeof recordGroupSessionBodySchema>;
type UpdateBody = z.infer<typeof updateGroupSessionBodySchema>;

async function audit(tx: Db, actor: Actor, action: string, session: { id: string; siteId: string; programmeKey: string }, details: Record<string, unknown>, context: ProgrammeContext) {
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: `group_session.${action}`,
    entityType: "group_session",
    entityId: session.id,
    siteId: session.siteId,
    requestId: context.requestId,
    details: { programmeKey: session.programmeKey, ...details },
  });
}

/** Answers the new session's id. */
export async function recordGroupSession(tx: Db, actor: Actor, siteId: string, input: RecordBody, context: ProgrammeContext): Promise<string> {
  const site = await findSiteFor(tx, actor, siteId);
  authorize(canRecordGroupSessions(actor, site.id));
  await checkProgramme(tx, actor, input.programmeKey);
  await checkFacilitators(tx, actor, site.id, input.facilitatorIds);
  const attendees = await checkAttendees(tx, actor, { siteId: site.id, programmeKey: input.programmeKey, enrolmentIds: input.attendeeEnrolmentIds, now: context.now });
  const [created] = await tx
    .insert(groupSessions)
    .values({
      organisationId: actor.organisationId,
      siteId: site.id,
      programmeKey: input.programmeKey,
      startsAt: new Date(input.startsAt),
      durationMinutes: input.durationMinutes,
      venue: input.venue,
      topic: input.topic ? input.topic : null,
      facilitatorIds: input.facilitatorIds,
      anonymousHeadcount: input.anonymousHeadcount,
      createdBy: actor.userId,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning();
  const session = created!;
  if (attendees.length > 0) {
    await tx.insert(groupSessionAttendees).values(attendees.map((attendee) => ({ groupSessionId: session.id, enrolmentId: attendee.enrolmentId, organisationId: actor.organisationId, caseId: attendee.caseId })));
  }
  await audit(tx, actor, "recorded", session, { enrolmentIds: input.attendeeEnrolmentIds, anonymousHeadcount: input.anonymousHeadcount, facilitatorIds: input.facilitatorIds }, context);
  return session.id;
}

/**
 * Replaces the attendees the editor can see with the ones given, and the headcount. Attendees on
 * cases the editor cannot see are kept as they are: the editor was never shown them to remove.
 */
export async function updateGroupSessionAttendance(tx: Db, actor: Actor, groupSessionId: string, input: UpdateBody, context: ProgrammeContext): Promise<void> {
  const session = await findGroupSessionFor(tx, actor, groupSessionId, { forUpdate: true });
  authorize(canRecordGroupSessions(actor, session.siteId));
  const existing = await attendeesOf(tx, [session.id]);
  const visible = new Set((await visibleCasesAmong(tx, actor, existing.map((row) => row.caseId), context.now)).map((row) => row.id));
  const kept = new Set(existing.filter((row) => !visible.has(row.caseId)).map((row) => row.enrolmentId));
  const current = new Set(existing.map((row) => row.enrolmentId));
  const wanted = input.attendeeEnrolmentIds;
  const added = await checkAttendees(tx, actor, { siteId: session.siteId, programmeKey: session.programmeKey, enrolmentIds: wanted, now: context.now, alreadyRecorded: current });
  // Only attendees the editor can see can be removed; `kept` are never in the list shown to them.
  const removed = existing.filter((row) => !kept.has(row.enrolmentId) && !wanted.includes(row.enrolmentId)).map((row) => row.enrolmentId);
  if (removed.length > 0) {
    await tx.delete(groupSessionAttendees).where(and(eq(groupSessionAttendees.groupSessionId, session.id), inArray(groupSessionAttendees.enrolmentId, removed)));
  }
  if (added.length > 0) {
    await tx.insert(groupSessionAttendees).values(added.map((attendee) => ({ groupSessionId: session.id, enrolmentId: attendee.enrolmentId, organisationId: actor.organisationId, caseId: attendee.caseId })));
  }
  await tx.update(groupSessions).set({ anonymousHeadcount: input.anonymousHeadcount, updatedAt: context.now }).where(eq(groupSessions.id, session.id));
  await audit(tx, actor, "attendance_updated", session, { added: added.map((row) => row.enrolmentId), removed, anonymousHeadcount: input.anonymousHeadcount }, context);
}
