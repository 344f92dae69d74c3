/** Revoking a token stops it at once; revoking again changes nothing. Deactivating a user revokes all of theirs. */
import { and, eq, isNull, sql } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import { apiTokens } from "../../db/schema.js";
import type { TokenRow } from "./issue-token.js";

export async function revokeToken(tx: Db, actor: { userId: string; organisationId: string }, token: TokenRow, context: { now: Date; requestId: string }): Promise<TokenRow> {
  const [revoked] = await tx
    .update(apiTokens)
    .set({ revokedAt: context.now, revokedBy: actor.userId })
    .where(and(eq(apiTokens.id, token.id), isNull(apiTokens.revokedAt)))
    .returning();
  if (!revoked) return token;
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "api_token.revoked",
    entityType: "api_token",
    entityId: token.id,
    requestId: context.requestId,
    details: { kind: token.kind, ownerUserId: token.userId },
  });
  return revoked;
}

/**
 * Revokes every live token a user holds, in the caller's transaction: deactivation kills them for
 * good, so reactivating the account does not bring old tokens back. Stamped with the database's
 * clock, as the deactivation itself is.
 */
export async function revokeTokensOf(tx: Db, userId: string, revokedBy: string): Promise<number> {
  const rows = await tx
    .update(apiTokens)
    .set({ revokedAt: sql`now()`, revokedBy })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length;
}
