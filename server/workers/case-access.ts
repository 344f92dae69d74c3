/**
 * Loading a case for allocation work (conflicts of interest, matching): found through the one
 * visibility rule (cases/scope.ts), so a case out of sight is "not found", then checked against
 * the given policy, so a case in sight that the actor may not allocate is refused (403).
 */
import { authorize } from "../authz/authorize.js";
import type { CaseForPolicy, ViewContext } from "../cases/policy.js";
import { activeAssignments, findCaseFor, type CaseRow } from "../cases/queries.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";

export async function caseFor(
  tx: Db,
  actor: Actor,
  caseId: string,
  now: Date,
  may: (actor: Actor, kase: CaseForPolicy, view: ViewContext) => boolean,
): Promise<{ kase: CaseRow; assignments: Awaited<ReturnType<typeof activeAssignments>> }> {
  const { kase, isBreakGlass } = await findCaseFor(tx, actor, caseId, now);
  const assignments = await activeAssignments(tx, [kase.id]);
  const isKeyWorker = assignments.some((assignment) => assignment.userId === actor.userId && assignment.role === "key_worker");
  authorize(may(actor, kase, { isBreakGlass, isKeyWorker }));
  return { kase, assignments };
}
