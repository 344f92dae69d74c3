/** Client queries, every one through the visibility condition in scope.ts. */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { visibleCases } from "../cases/scope.js";
import type { Db } from "../db/client.js";
import { cases, clientMerges, clients, referrals } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";
import { visibleReferrals } from "../referrals/queries.js";
import type { ClientView } from "./policy.js";
import { liveClients, visibleClients } from "./scope.js";

export type ClientRow = typeof clients.$inferSelect;

export async function findClientFor(db: Db, actor: Actor, clientId: string, now: Date): Promise<{ client: ClientRow; view: ClientView }> {
  const [client] = await db
    .select()
    .from(clients)
    .where(and(eq(clients.id, clientId), visibleClients(actor, now)))
    .limit(1);
  if (!client) throw notFound("Client");
  return { client, view: await viewOf(db, actor, client.id, now) };
}

/** The sites where the actor sees this client without break-glass (see ClientView). */
async function viewOf(db: Db, actor: Actor, clientId: string, now: Date): Promise<ClientView> {
  const caseSites = await db
    .selectDistinct({ siteId: cases.siteId })
    .from(cases)
    .where(and(eq(cases.clientId, clientId), visibleCases(actor, now, { includeBreakGlass: false })));
  const referralSites = await db
    .selectDistinct({ siteId: referrals.siteId })
    .from(referrals)
    .where(and(eq(referrals.clientId, clientId), visibleReferrals(actor), sql`not exists (select 1 from ${cases} where ${cases.referralId} = ${referrals.id})`));
  const siteIds = [...new Set([...caseSites, ...referralSites].map((row) => row.siteId))];
  return { siteIds, isBreakGlass: siteIds.length === 0 };
}

/** Which of these clients the actor may see (for search results, which list others too). */
export async function visibleClientIds(db: Db, actor: Actor, clientIds: readonly string[], now: Date): Promise<Set<string>> {
  if (clientIds.length === 0) return new Set();
  const rows = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(inArray(clients.id, [...clientIds]), visibleClients(actor, now)));
  return new Set(rows.map((row) => row.id));
}

/** The client's cases the actor may see, newest first. */
export async function visibleCasesOf(db: Db, actor: Actor, clientId: string, now: Date) {
  return db
    .select({ id: cases.id, reference: cases.reference, siteId: cases.siteId, state: cases.state, openedAt: cases.openedAt })
    .from(cases)
    .where(and(eq(cases.clientId, clientId), visibleCases(actor, now)))
    .orderBy(desc(cases.openedAt), asc(cases.id))
    .limit(100);
}

/**
 * Locks client rows for a change that involves several records (merge, reversal), always in id order
 * so two such changes cannot deadlock. The ids come from scoped loads; the organisation is checked again.
 */
export async function lockClients(tx: Db, organisationId: string, clientIds: readonly string[]): Promise<ClientRow[]> {
  return tx
    .select()
    .from(clients)
    .where(and(eq(clients.organisationId, organisationId), inArray(clients.id, [...clientIds])))
    .orderBy(asc(clients.id))
    .for("update");
}

/** A live client of the organisation, whoever can see them (relationships may point at anyone in it). */
export async function unsafeFindLiveClientInOrganisation(db: Db, organisationId: string, clientId: string): Promise<ClientRow | undefined> {
  const [client] = await db
    .select()
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.organisationId, organisationId), liveClients()))
    .limit(1);
  return client;
}

export type MergeRow = typeof clientMerges.$inferSelect;

/** A merge in the actor's organisation. Merges name only pseudonymous ids, so no client scope applies. */
export async function findMergeFor(db: Db, actor: Actor, mergeId: string): Promise<MergeRow> {
  const [merge] = await db
    .select()
    .from(clientMerges)
    .where(and(eq(clientMerges.id, mergeId), eq(clientMerges.organisationId, actor.organisationId)))
    .limit(1);
  if (!merge) throw notFound("Merge");
  return merge;
}
