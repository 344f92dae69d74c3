/** A token as it leaves the server: never its hash, and its secret only in the answer that made it. */
import type { ApiToken } from "../../../core/api/integrations.js";
import type { Actor } from "../../http/context.js";
import { canRevokeToken } from "./policy.js";
import type { TokenWithOwner } from "./queries.js";

export function presentToken({ token, ownerName }: TokenWithOwner, actor: Actor, now: Date): ApiToken {
  return {
    id: token.id,
    kind: token.kind,
    name: token.name,
    scope: token.scope,
    displayPrefix: token.displayPrefix,
    ownerName,
    expiresAt: token.expiresAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
    createdAt: token.createdAt.toISOString(),
    isUsable: token.revokedAt === null && token.expiresAt > now,
    canRevoke: canRevokeToken(actor, token),
  };
}
