/**
 * Authenticating a request by `Authorization: Bearer pwy_…`. The token acts with exactly the
 * authority of the user it belongs to (a member of staff, or a service account's own user): the
 * same role grants, so the same policies and query scoping apply, further limited by the token's
 * scope. A token made for one person never outlives their account: a deactivated user's tokens
 * stop at once. Bearer requests need no CSRF token (no browser sends one on its own), and when a
 * bearer header is present the session cookie is ignored, so a cookie cannot stand in for it.
 */
import { timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { isTokenShaped, scopeAllows } from "../../../core/integrations/tokens.js";
import { loadGrants } from "../../auth/grants.js";
import type { Db } from "../../db/client.js";
import { apiTokens, organisations, users } from "../../db/schema.js";
import type { Access, Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { consumeRateLimit, type RateLimitRule } from "../../http/rate-limit.js";
import { hashApiToken } from "./issue-token.js";

/** Per token: generous for an integration, small enough to stop a runaway loop hurting others. */
export const tokenRequestLimit: RateLimitRule = { name: "api-token:token", limit: 600, windowSeconds: 60 };
/** Per address, for tokens that are not valid: guessing is hopeless, but it should also be slow. */
export const badTokenLimit: RateLimitRule = { name: "api-token:bad:ip", limit: 30, windowSeconds: 15 * 60 };

/**
 * Paths a token can never reach: signing in and account security, and managing tokens and
 * webhooks, so a leaked token cannot make itself a successor or change who it belongs to.
 */
const sessionOnlyPrefixes = ["/api/auth/", "/api/account/", "/api/integrations/"];

export interface BearerRequest {
  authorization: string;
  method: string;
  url: string;
  access: Access;
  ip: string;
}

/** The token in an Authorization header, or null when the header is not a bearer one. */
export function bearerTokenOf(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return match?.[1] ?? null;
}

const unauthenticated = () => new AppError("unauthenticated", "The API token is not valid. Check it has not expired or been revoked.");

/** The actor a bearer token stands for; 401 for any token that does not work, 403 for a request its scope or kind refuses. */
export async function authenticateBearer(db: Db, request: BearerRequest, now: Date): Promise<Actor> {
  const token = bearerTokenOf(request.authorization);
  if (!token || !isTokenShaped(token)) {
    await consumeRateLimit(db, badTokenLimit, request.ip, now);
    throw unauthenticated();
  }
  const hash = hashApiToken(token);
  const [row] = await db
    .select({ token: apiTokens, user: users, organisationName: organisations.name })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(organisations, eq(organisations.id, apiTokens.organisationId))
    .where(eq(apiTokens.tokenHash, hash))
    .limit(1);
  // The lookup is by hash; comparing again in constant time costs nothing and keeps the check honest.
  const isMatch = row !== undefined && timingSafeEqual(Buffer.from(row.token.tokenHash), Buffer.from(hash));
  if (!row || !isMatch || row.token.revokedAt !== null || row.token.expiresAt <= now || !row.user.isActive || row.user.organisationId !== row.token.organisationId) {
    await consumeRateLimit(db, badTokenLimit, request.ip, now);
    throw unauthenticated();
  }
  await consumeRateLimit(db, tokenRequestLimit, row.token.id, now);
  if (request.access !== "full" || sessionOnlyPrefixes.some((prefix) => request.url.startsWith(prefix))) {
    throw new AppError("forbidden", "API tokens cannot be used for this; sign in instead.");
  }
  if (!scopeAllows(row.token.scope, request.method)) throw new AppError("forbidden", "This token may only read.");
  await touchToken(db, row.token.id, row.token.lastUsedAt, now);
  return {
    userId: row.user.id,
    organisationId: row.user.organisationId,
    organisationName: row.organisationName,
    email: row.user.email,
    displayName: row.user.displayName,
    language: row.user.language,
    isSecondFactorEnrolled: row.user.totpEnabledAt !== null,
    grants: await loadGrants(db, row.user.id),
    // A token has no browser session: nothing to rotate or end, and no CSRF token to check.
    session: { tokenHash: "", mfaState: "complete", csrfToken: "", idleMinutes: 0 },
    token: { id: row.token.id, kind: row.token.kind, scope: row.token.scope },
  };
}

/** Records use at most once a minute per token, to keep writes off the hot path. */
async function touchToken(db: Db, tokenId: string, lastUsedAt: Date | null, now: Date): Promise<void> {
  if (lastUsedAt && now.getTime() - lastUsedAt.getTime() < 60_000) return;
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, tokenId));
}
