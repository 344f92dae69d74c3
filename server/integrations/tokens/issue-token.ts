/**
 * Makes an API token: 32 random bytes behind the `pwy_` prefix, stored only as its SHA-256 and
 * answered once. Personal tokens are for the signed-in member of staff; service tokens act as a
 * service account an administrator set up.
 */
import { createHash, randomBytes } from "node:crypto";
import { displayPrefixOf, expiryProblem, tokenPrefix, type TokenKind, type TokenScope } from "../../../core/integrations/tokens.js";
import { endOfLondonDay, londonDay } from "../../../core/london-time.js";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import { apiTokens } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";

export type TokenRow = typeof apiTokens.$inferSelect;

/** SHA-256 in hex: right for a high-entropy random secret, which a slow password hash would not protect better. */
export const hashApiToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export interface IssueTokenInput {
  organisationId: string;
  /** Whose authority it carries. */
  userId: string;
  kind: TokenKind;
  name: string;
  scope: TokenScope;
  expiresOn: string;
}

export async function issueToken(tx: Db, actor: { userId: string }, input: IssueTokenInput, context: { now: Date; requestId: string }): Promise<{ row: TokenRow; secret: string }> {
  const problem = expiryProblem(input.expiresOn, londonDay(context.now));
  if (problem) throw new AppError("validation_failed", "Choose when the token stops working.", { fields: [{ path: "body.expiresOn", message: problem }] });
  const secret = `${tokenPrefix}${randomBytes(32).toString("base64url")}`;
  const [row] = await tx
    .insert(apiTokens)
    .values({
      organisationId: input.organisationId,
      userId: input.userId,
      kind: input.kind,
      name: input.name,
      scope: input.scope,
      tokenHash: hashApiToken(secret),
      displayPrefix: displayPrefixOf(secret),
      expiresAt: endOfLondonDay(input.expiresOn),
      createdBy: actor.userId,
      createdAt: context.now,
    })
    .returning();
  if (!row) throw new Error("insert returned no token");
  await recordAudit(tx, {
    organisationId: input.organisationId,
    actorUserId: actor.userId,
    action: "api_token.created",
    entityType: "api_token",
    entityId: row.id,
    requestId: context.requestId,
    details: { kind: input.kind, scope: input.scope, ownerUserId: input.userId, expiresOn: input.expiresOn },
  });
  return { row, secret };
}
