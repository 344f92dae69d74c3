/**
 * The one definition of which clients an actor may see, as a SQL condition every client query uses.
 * A client is visible when the actor can see at least one of their cases (the case rule in
 * cases/scope.ts, break-glass included), or when the client came from a referral the actor can see
 * that has no case yet. Merged and erased records are never visible: a merged client's id answers
 * 404, and everything that was theirs is found through the client they were merged into.
 */
import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import { visibleCases } from "../cases/scope.js";
import { cases, clients, referrals } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { visibleReferrals } from "../referrals/queries.js";

/** Clients that are neither merged into another record nor erased. */
export const liveClients = (): SQL => and(isNull(clients.mergedIntoId), isNull(clients.erasedAt)) as SQL;

export function visibleClients(actor: Actor, now: Date): SQL {
  // Both checks run per client through the client-id indexes. `offset 0` keeps PostgreSQL from
  // turning either into a hashed set of every visible case or referral of the site: at a million
  // clients that set took seconds to build, even to check one record.
  const throughCase = sql`exists (select 1 from ${cases} where ${cases.clientId} = ${clients.id} and ${visibleCases(actor, now)} offset 0)`;
  const throughReferral = sql`exists (select 1 from ${referrals} where ${referrals.clientId} = ${clients.id}
    and ${visibleReferrals(actor)} and not exists (select 1 from ${cases} where ${cases.referralId} = ${referrals.id}) offset 0)`;
  return and(eq(clients.organisationId, actor.organisationId), liveClients(), sql`(${throughCase} or ${throughReferral})`) as SQL;
}
