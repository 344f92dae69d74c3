/**
 * Allocating people to a case. A mentor or specialist sees a case only while assigned to it; on a
 * restricted case, assigning someone also names them on it. The person must work at the case's site
 * in a role that can take the assignment (core/cases/assignment-roles.ts), hold a DBS check that has
 * not run out, and have no declared conflict of interest with the client (workers/allocation-checks.ts).
 */
import { and, eq, isNull } from "drizzle-orm";
import { assignableRoles, type AssignmentRole } from "../../core/cases/assignment-roles.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { caseAccessGrants, caseAssignments } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import type { Vault } from "../vault/vault.js";
import { assertAllocatable } from "../workers/allocation-checks.js";
import { recordCaseChange } from "./case-audit.js";
import { canAssign } from "./policy.js";
import { activeAssignments, findCaseFor } from "./queries.js";
import { rolesOfWorkerAt } from "./site-worker.js";

type Context = { vault: Vault; now: Date; requestId: string };

async function loadForManagement(tx: Db, actor: Actor, caseId: string, now: Date) {
  const { kase, isBreakGlass } = await findCaseFor(tx, actor, caseId, now);
  const isKeyWorker = (await activeAssignments(tx, [kase.id])).some((a) => a.userId === actor.userId && a.role === "key_worker");
  authorize(canAssign(actor, kase, { isBreakGlass, isKeyWorker }));
  return kase;
}

export async function assignWorker(tx: Db, actor: Actor, caseId: string, input: { userId: string; role: AssignmentRole }, context: Context): Promise<void> {
  const kase = await loadForManagement(tx, actor, caseId, context.now);
  const siteRoles = await rolesOfWorkerAt(tx, actor.organisationId, input.userId, kase.siteId);
  if (siteRoles.length === 0) {
    throw new AppError("validation_failed", "Choose someone who works at this case's site.", { fields: [{ path: "body.userId", message: "Not a member of staff at this site." }] });
  }
  if (!assignableRoles(siteRoles).includes(input.role)) {
    throw new AppError("validation_failed", "This person cannot take that role on a case.", { fields: [{ path: "body.role", message: "Not a role this person can take." }] });
  }
  const current = await activeAssignments(tx, [kase.id]);
  if (current.some((a) => a.userId === input.userId && a.role === input.role)) throw new AppError("conflict", "This person already has this role on the case.");
  await assertAllocatable(tx, kase, input.userId, context.now);
  if (input.role === "key_worker") {
    // One key worker at a time: the previous one steps down.
    await tx.update(caseAssignments).set({ endedAt: context.now }).where(and(eq(caseAssignments.caseId, kase.id), eq(caseAssignments.role, "key_worker"), isNull(caseAssignments.endedAt)));
  }
  await tx.insert(caseAssignments).values({ organisationId: kase.organisationId, caseId: kase.id, userId: input.userId, role: input.role, assignedBy: actor.userId, assignedAt: context.now });
  if (kase.isRestricted) {
    await tx.insert(caseAccessGrants).values({ caseId: kase.id, userId: input.userId, organisationId: kase.organisationId, grantedBy: actor.userId, grantedAt: context.now }).onConflictDoNothing();
  }
  await recordCaseChange(tx, actor, kase, { type: "assigned", details: { userId: input.userId, role: input.role } }, context);
}

export async function endAssignment(tx: Db, actor: Actor, caseId: string, userId: string, context: Context): Promise<void> {
  const kase = await loadForManagement(tx, actor, caseId, context.now);
  const ended = await tx
    .update(caseAssignments)
    .set({ endedAt: context.now })
    .where(and(eq(caseAssignments.caseId, kase.id), eq(caseAssignments.userId, userId), isNull(caseAssignments.endedAt)))
    .returning({ id: caseAssignments.id });
  if (ended.length === 0) throw new AppError("not_found", "This person is not assigned to the case.");
  await recordCaseChange(tx, actor, kase, { type: "unassigned", details: { userId } }, context);
}
