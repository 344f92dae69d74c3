/**
 * Reading tokens, scoped in the query: a person's own personal tokens, or an organisation's service
 * tokens for its administrators. A token outside that scope is not found (404).
 */
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { apiTokens, users } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import type { TokenRow } from "./issue-token.js";

export interface TokenWithOwner {
  token: TokenRow;
  ownerName: string;
}

/** At most this many tokens are listed; nobody needs more live at once. */
const listLimit = 200;

const withOwner = (db: Db) => db.select({ token: apiTokens, ownerName: users.displayName }).from(apiTokens).innerJoin(users, eq(users.id, apiTokens.userId));

export function listPersonalTokens(db: Db, actor: Actor): Promise<TokenWithOwner[]> {
  return withOwner(db)
    .where(and(eq(apiTokens.userId, actor.userId), eq(apiTokens.kind, "personal")))
    .orderBy(desc(apiTokens.createdAt))
    .limit(listLimit);
}

export function listServiceTokens(db: Db, actor: Actor): Promise<TokenWithOwner[]> {
  return withOwner(db)
    .where(and(eq(apiTokens.organisationId, actor.organisationId), eq(apiTokens.kind, "service")))
    .orderBy(desc(apiTokens.createdAt))
    .limit(listLimit);
}

/** The actor's own personal token, or an organisation's service token; 404 otherwise. */
export async function findTokenFor(db: Db, actor: Actor, tokenId: string, kind: "personal" | "service"): Promise<TokenWithOwner> {
  const owned = kind === "personal" ? eq(apiTokens.userId, actor.userId) : eq(apiTokens.organisationId, actor.organisationId);
  const [row] = await withOwner(db)
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.kind, kind), owned))
    .limit(1);
  if (!row) throw new AppError("not_found", "No such token.");
  return row;
}
