/**
 * Records one session on a case, planned or held: by the site's caseload roles or anyone assigned
 * to the case, never on a closed case or through emergency access. Problems with the details are
 * named field by field (422) and nothing is saved.
 */
import type { RecordSessionBody } from "../../core/api/sessions.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { readInterventionTypes, usableCodes } from "../support/vocabulary.js";
import { sessionProblems, unprocessable } from "./check-session.js";
import { canRecordSession } from "./policy.js";
import { viewOfCase } from "./queries.js";
import { storeSession, type RecordedSession, type SessionContext } from "./store-session.js";

export async function recordSession(tx: Db, actor: Actor, caseId: string, input: RecordSessionBody, context: SessionContext): Promise<RecordedSession> {
  const view = await viewOfCase(tx, actor, caseId, context.now);
  authorize(canRecordSession(actor, view), view.kase.state === "closed" && !view.isBreakGlass ? "A closed case takes no new session." : undefined);
  const usableTypes = new Set(usableCodes(await readInterventionTypes(tx, actor.organisationId)));
  const problems = await sessionProblems(tx, input, input.workerIds, { actor, view, now: context.now, usableTypes });
  if (problems.length > 0) throw unprocessable("Some details of the session do not fit; nothing was saved.", problems);
  return { session: await storeSession(tx, actor, view, input, input.workerIds, context), view };
}
