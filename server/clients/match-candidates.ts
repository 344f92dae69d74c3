/**
 * Finds the clients that share blind-index keys with a person and ranks them (core/identity). Only
 * keyed hashes reach the database: the person's name is never in a query. Used by search and by the
 * duplicate checks on a client and on a referral.
 */
import { and, asc, count, countDistinct, desc, eq, notInArray, or, sql } from "drizzle-orm";
import { rankCandidates, type MatchKey } from "../../core/identity/index.js";
import type { Db } from "../db/client.js";
import { clientIdentities, clientIndexes, clients } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { presentMatch } from "./presenter.js";
import { visibleClientIds } from "./queries.js";
import { liveClients } from "./scope.js";

/** A blind-index key as stored: its kind and the keyed hash of its value. */
export interface IndexKey {
  kind: string;
  value: string;
}

/** How many matches are returned, and how many records sharing a key are considered at most. */
export const maxMatches = 20;
const maxCandidates = 200;

export async function findMatches(db: Db, actor: Actor, keys: readonly IndexKey[], options: { exclude: readonly string[]; now: Date }) {
  if (keys.length === 0) return [];
  const sharesKey = or(...keys.map((key) => and(eq(clientIndexes.kind, key.kind), eq(clientIndexes.value, key.value))));
  const kinds = sql<string[]>`array_agg(distinct ${clientIndexes.kind})`;
  // Common names can be shared by many records: the ones sharing most kinds of key are ranked.
  const rows = await db
    .select({ id: clients.id, reference: clients.reference, kinds, hasDateOfBirth: sql<boolean>`bool_or(${clientIdentities.dateOfBirth} is not null)` })
    .from(clientIndexes)
    .innerJoin(clients, eq(clients.id, clientIndexes.clientId))
    .leftJoin(clientIdentities, eq(clientIdentities.clientId, clients.id))
    .where(
      and(
        eq(clientIndexes.organisationId, actor.organisationId),
        sharesKey,
        liveClients(),
        options.exclude.length > 0 ? notInArray(clients.id, [...options.exclude]) : undefined,
      ),
    )
    .groupBy(clients.id, clients.reference)
    .orderBy(desc(countDistinct(clientIndexes.kind)), desc(count()), asc(clients.id))
    .limit(maxCandidates);
  const references = new Map(rows.map((row) => [row.id, row.reference]));
  const ranked = rankCandidates(
    keys as MatchKey[],
    rows.map((row) => ({ id: row.id, matchedKinds: row.kinds as MatchKey["kind"][], hasDateOfBirth: row.hasDateOfBirth })),
  ).slice(0, maxMatches);
  const inScope = await visibleClientIds(db, actor, ranked.map((candidate) => candidate.id), options.now);
  return ranked.map((candidate) => presentMatch(candidate, references.get(candidate.id) ?? "", inScope.has(candidate.id)));
}

/** The stored blind-index keys of a client (their own and those of records merged into them). */
export async function storedKeysOf(db: Db, clientId: string): Promise<IndexKey[]> {
  return db
    .select({ kind: clientIndexes.kind, value: clientIndexes.value })
    .from(clientIndexes)
    .where(eq(clientIndexes.clientId, clientId))
    .limit(100);
}
