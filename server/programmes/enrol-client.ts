/**
 * Enrolling the client on a case in a programme, at its latest version, in the first phase. A case
 * has at most one enrolment in a phase per programme; the case row is locked while checking, so two
 * people enrolling at the same moment cannot both succeed.
 */
import { eq } from "drizzle-orm";
import { londonDay } from "../../core/referrals/triage-target.js";
import { authorize } from "../authz/authorize.js";
import { recordCaseChange } from "../cases/case-audit.js";
import type { Db } from "../db/client.js";
import { cases, programmeEnrolments } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import type { Vault } from "../vault/vault.js";
import { findLatestProgramme, programmeDefinitionOf } from "./catalogue.js";
import { canWorkEnrolments } from "./policy.js";
import { otherActiveEnrolment, viewOfCase } from "./queries.js";

export interface ProgrammeContext {
  vault: Vault;
  now: Date;
  requestId: string;
}

/** Answers the new enrolment's id. */
export async function enrolClient(tx: Db, actor: Actor, caseId: string, input: { programmeKey: string }, context: ProgrammeContext): Promise<string> {
  const view = await viewOfCase(tx, actor, caseId, context.now);
  authorize(canWorkEnrolments(actor, view), view.kase.state === "closed" ? "A closed case takes no new enrolment." : undefined);
  const programme = await findLatestProgramme(tx, actor.organisationId, input.programmeKey);
  if (!programme) {
    throw new AppError("validation_failed", "There is no programme by this key.", { fields: [{ path: "body.programmeKey", message: "No such programme." }] });
  }
  const definition = programmeDefinitionOf(programme);
  if (programme.isRetired) throw new AppError("conflict", `"${definition.title}" is retired and takes no new enrolments.`);
  await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, view.kase.id)).for("update");
  if (await otherActiveEnrolment(tx, view.kase.id, definition.key)) {
    throw new AppError("conflict", `The client is already enrolled on "${definition.title}" on this case.`);
  }
  const [created] = await tx
    .insert(programmeEnrolments)
    .values({
      organisationId: view.kase.organisationId,
      siteId: view.kase.siteId,
      caseId: view.kase.id,
      programmeVersionId: programme.id,
      state: "in_phase",
      phaseIndex: 0,
      enrolledOn: londonDay(context.now),
      enrolledBy: actor.userId,
      createdAt: context.now,
    })
    .returning({ id: programmeEnrolments.id });
  const details = { enrolmentId: created!.id, programmeKey: definition.key, programmeTitle: definition.title, toPhaseTitle: definition.phases[0]!.title };
  await recordCaseChange(tx, actor, view.kase, { type: "programme_enrolled", details }, context);
  return created!.id;
}
