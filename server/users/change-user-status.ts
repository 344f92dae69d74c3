/**
 * Deactivating a user ends every one of their sessions and revokes their API tokens at once; reactivating lets them sign in
 * again. Account changes that weaken access (second-factor reset) also end their sessions.
 */
import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit.js";
import { endAllSessionsOf } from "../auth/sessions.js";
import { revokeTokensOf } from "../integrations/tokens/revoke-token.js";
import type { Db } from "../db/client.js";
import { recoveryCodes, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { grantsOf, otherActiveAdministrators, type UserRow } from "./queries.js";

export async function deactivateUser(tx: Db, actor: Actor, user: UserRow, requestId: string): Promise<void> {
  const grants = (await grantsOf(tx, [user.id])).get(user.id) ?? [];
  if (grants.some((grant) => grant.role === "administrator")) {
    if ((await otherActiveAdministrators(tx, actor.organisationId, user.id)) === 0) {
      throw new AppError("conflict", "The organisation must keep at least one active administrator.");
    }
  }
  await tx.update(users).set({ isActive: false }).where(and(eq(users.id, user.id), eq(users.isActive, true)));
  await endAllSessionsOf(tx, user.id);
  await revokeTokensOf(tx, user.id, actor.userId);
  await audit(tx, actor, user, "user.deactivated", requestId);
}

export async function reactivateUser(tx: Db, actor: Actor, user: UserRow, requestId: string): Promise<void> {
  await tx.update(users).set({ isActive: true, failedSignIns: 0, lockedUntil: null }).where(eq(users.id, user.id));
  await audit(tx, actor, user, "user.reactivated", requestId);
}

export async function resetSecondFactor(tx: Db, actor: Actor, user: UserRow, requestId: string): Promise<void> {
  await tx
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null })
    .where(eq(users.id, user.id));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
  await endAllSessionsOf(tx, user.id);
  await audit(tx, actor, user, "user.second_factor_reset", requestId);
}

function audit(tx: Db, actor: Actor, user: UserRow, action: string, requestId: string): Promise<void> {
  return recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action,
    entityType: "user",
    entityId: user.id,
    requestId,
  });
}
