/**
 * One step of an enrolment: moving on (every criterion marked met, or an override with a reason),
 * stepping back (a note, and a reason recorded without judgement), completing, withdrawing and
 * rejoining. The core's state machine decides; a refusal leaves with its reason (422). The update is
 * conditional on the version the worker saw. Notes are encrypted under the client's key, and the
 * step goes on the case timeline (phase titles only, never the note) and into the audit log.
 */
import { and, eq, max } from "drizzle-orm";
import type { EnrolmentEventBody } from "../../core/api/programmes.js";
import { transition, type EnrolmentEvent, type ProgrammeDefinition } from "../../core/programmes/programme.js";
import { enrolmentEventDetails, enrolmentTimelineType, storedPhaseIndex } from "../../core/programmes/enrolment-records.js";
import { authorize } from "../authz/authorize.js";
import { recordCaseChange } from "../cases/case-audit.js";
import type { Db } from "../db/client.js";
import { cases, programmeEnrolmentEvents, programmeEnrolments } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import type { ProgrammeContext } from "./enrol-client.js";
import { enrolmentFields } from "./fields.js";
import { canWorkEnrolments } from "./policy.js";
import { findEnrolmentFor, otherActiveEnrolment, snapshotOf } from "./queries.js";

/** The free text an event carries, if any. */
export function noteOf(event: EnrolmentEvent): string | null {
  switch (event.type) {
    case "advance":
    case "complete":
      return event.override?.reason ?? null;
    case "step_back":
      return event.note;
    case "withdraw":
      return event.note ?? null;
    case "rejoin":
      return null;
  }
}




function phaseTitle(definition: ProgrammeDefinition, index: number | null): string | undefined {
  return index === null ? undefined : definition.phases[index]?.title;
}

export async function recordEnrolmentEvent(tx: Db, actor: Actor, enrolmentId: string, input: EnrolmentEventBody, context: ProgrammeContext): Promise<void> {
  const found = await findEnrolmentFor(tx, actor, enrolmentId, context.now, { forUpdate: true });
  const { enrolment, definition, view } = found;
  authorize(canWorkEnrolments(actor, view), view.kase.state === "closed" ? "The case is closed; its programmes cannot change." : undefined);
  if (input.version !== enrolment.version) throw new AppError("conflict", "Someone else changed this enrolment since you opened it. Reload it to see where it stands.");
  const current = snapshotOf(enrolment);
  const result = transition(definition, current, input.event);
  if (!result.ok) throw new AppError("transition_refused", result.reason);
  const { next } = result;
  if (input.event.type === "rejoin") {
    await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, view.kase.id)).for("update");
    if (await otherActiveEnrolment(tx, view.kase.id, definition.key, enrolment.id)) {
      throw new AppError("conflict", `The client has since been enrolled on "${definition.title}" again on this case; carry on with that enrolment.`);
    }
  }
  const note = noteOf(input.event);
  const key = note ? await context.vault.loadSubjectKey(tx, view.kase.clientId) : null;
  // Events replay in time order, so one is never dated before the last (instances' clocks may differ by a moment).
  const [last] = await tx.select({ at: max(programmeEnrolmentEvents.at) }).from(programmeEnrolmentEvents).where(eq(programmeEnrolmentEvents.enrolmentId, enrolment.id));
  const at = new Date(Math.max(context.now.getTime(), enrolment.createdAt.getTime(), last?.at?.getTime() ?? 0));
  const from = storedPhaseIndex(current);
  const to = storedPhaseIndex(next);
  await tx.insert(programmeEnrolmentEvents).values({
    organisationId: enrolment.organisationId,
    enrolmentId: enrolment.id,
    caseId: enrolment.caseId,
    at,
    actorUserId: actor.userId,
    type: input.event.type,
    fromPhaseIndex: from,
    toPhaseIndex: to,
    details: enrolmentEventDetails(input.event),
    note: key && note ? context.vault.encrypt(key, enrolmentFields.note, note) : null,
  });
  const updated = await tx
    .update(programmeEnrolments)
    .set({ state: next.state, phaseIndex: to ?? definition.phases.length - 1, version: enrolment.version + 1 })
    .where(and(eq(programmeEnrolments.id, enrolment.id), eq(programmeEnrolments.version, input.version)))
    .returning({ id: programmeEnrolments.id });
  if (updated.length === 0) throw new AppError("conflict", "Someone else changed this enrolment since you opened it. Reload it to see where it stands.");
  const details = {
    enrolmentId: enrolment.id,
    programmeKey: definition.key,
    programmeTitle: definition.title,
    ...(from !== null && to !== from ? { fromPhaseTitle: phaseTitle(definition, from) } : {}),
    ...(to !== null ? { toPhaseTitle: phaseTitle(definition, to) } : {}),
  };
  await recordCaseChange(tx, actor, view.kase, { type: enrolmentTimelineType(input.event, next), details }, context);
}
