/**
 * Restricting a case to named people, and naming them. Whoever restricts a case is named on it, as
 * are its current workers, so restriction never locks out the people doing the work.
 */
import { eq } from "drizzle-orm";
import { assignableRoles } from "../../core/cases/assignment-roles.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { caseAccessGrants, cases } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import type { Vault } from "../vault/vault.js";
import { recordCaseChange } from "./case-audit.js";
import { canRestrict } from "./policy.js";
import { activeAssignments, findCaseFor } from "./queries.js";
import { rolesOfWorkerAt } from "./site-worker.js";

type Context = { vault: Vault; now: Date; requestId: string };

export async function setRestriction(tx: Db, actor: Actor, caseId: string, input: { isRestricted: boolean; reason: string }, context: Context): Promise<void> {
  const { kase, isBreakGlass } = await findCaseFor(tx, actor, caseId, context.now);
  authorize(canRestrict(actor, kase, { isBreakGlass, isKeyWorker: false }));
  if (kase.isRestricted === input.isRestricted) throw new AppError("conflict", input.isRestricted ? "The case is already restricted." : "The case is not restricted.");
  if (input.isRestricted) {
    const named = [actor.userId, ...(await activeAssignments(tx, [kase.id])).map((a) => a.userId)];
    await tx
      .insert(caseAccessGrants)
      .values([...new Set(named)].map((userId) => ({ caseId: kase.id, userId, organisationId: kase.organisationId, grantedBy: actor.userId, grantedAt: context.now })))
      .onConflictDoNothing();
  }
  await tx.update(cases).set({ isRestricted: input.isRestricted, version: kase.version + 1 }).where(eq(cases.id, kase.id));
  await recordCaseChange(tx, actor, kase, { type: input.isRestricted ? "restricted" : "unrestricted", reason: input.reason }, context);
}

export async function nameOnCase(tx: Db, actor: Actor, caseId: string, userId: string, context: Context): Promise<void> {
  const { kase, isBreakGlass } = await findCaseFor(tx, actor, caseId, context.now);
  authorize(canRestrict(actor, kase, { isBreakGlass, isKeyWorker: false }));
  // Being named lets a person read the case, so only people who work cases at its site can be.
  const siteRoles = await rolesOfWorkerAt(tx, actor.organisationId, userId, kase.siteId);
  if (assignableRoles(siteRoles).length === 0) {
    throw new AppError("validation_failed", "Choose someone who works cases at this case's site.", { fields: [{ path: "body.userId", message: "Not a member of staff who works cases at this site." }] });
  }
  await tx.insert(caseAccessGrants).values({ caseId: kase.id, userId, organisationId: kase.organisationId, grantedBy: actor.userId, grantedAt: context.now }).onConflictDoNothing();
  await recordCaseChange(tx, actor, kase, { type: "named", details: { userId } }, context);
}
