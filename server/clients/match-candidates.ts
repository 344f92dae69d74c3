/**
 * Finds the clients that share blind-index keys with a person and ranks them (core/identity). Only
 * keyed hashes reach the database: the person's name is never in a query. Used by search and by the
 * duplicate checks on a client and on a referral.
 *
 * One round trip, bounded whatever the data. A common name ("Mohammed Khan") or a shared hostel
 * phone can be on thousands of records, so each key contributes at most `maxRecordsPerKey`
 * records. The shortlist of `shortlistSize` takes first every record sharing a key that few
 * records hold (name with date of birth, date with initials, NHS number, an email), strongest
 * evidence first, then fills up from the common keys; only for the shortlist are all shared
 * kinds, liveness and date of birth read. A record that is really the same person written
 * differently usually shares a rare key, so the caps drop namesakes, not them.
 */
import { eq, sql } from "drizzle-orm";
import { rankCandidates, type MatchKey, type MatchKeyKind, matchKeyWeights } from "../../core/identity/index.js";
import { queryRows, type Db } from "../db/client.js";
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

/** How many matches are returned. */
export const maxMatches = 20;
/** Records considered per key: beyond this a key says little about who someone is. */
export const maxRecordsPerKey = 100;
/** Records whose shared kinds, liveness and date of birth are read before ranking. */
export const shortlistSize = 60;

// Evidence adds as −ln(1 − w) when combined as independent chances (rank-candidates.ts), so the
// shortlist orders by the same measure the ranking uses, before date-of-birth conflicts.
function evidenceOf(kind: string): number {
  const weight = (matchKeyWeights as Readonly<Record<string, number>>)[kind] ?? 0;
  return -Math.log(1 - weight);
}

interface CandidateRow extends Record<string, unknown> {
  id: string;
  reference: string;
  kinds: string[];
  has_date_of_birth: boolean;
}

export async function findMatches(db: Db, actor: Actor, keys: readonly IndexKey[], options: { exclude: readonly string[]; now: Date }) {
  const unique = [...new Map(keys.map((key) => [`${key.kind}|${key.value}`, key])).values()];
  if (unique.length === 0) return [];
  const queryKeys = sql.join(
    unique.map((key) => sql`(${key.kind}::text, ${key.value}::text, ${evidenceOf(key.kind)}::float8)`),
    sql`, `,
  );
  const excluded = options.exclude.length > 0 ? sql`and ${clients.id} not in (${sql.join(options.exclude.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  const rows = await queryRows<CandidateRow>(
    db,
    sql`with query_keys (kind, value, evidence) as (values ${queryKeys}),
      hits as (
        select distinct hit.client_id, query_keys.kind, query_keys.evidence, hit.is_common
        from query_keys cross join lateral (
          select holder.client_id, count(*) over () > ${maxRecordsPerKey} as is_common
          from (
            select ${clientIndexes.clientId} as client_id from ${clientIndexes}
            where ${clientIndexes.organisationId} = ${actor.organisationId}
              and ${clientIndexes.kind} = query_keys.kind and ${clientIndexes.value} = query_keys.value
            order by ${clientIndexes.clientId} limit ${maxRecordsPerKey + 1}
          ) as holder
          limit ${maxRecordsPerKey}
        ) as hit
      ),
      shortlist as (
        select client_id from hits group by client_id
        order by bool_or(not is_common) desc, sum(evidence) desc, client_id limit ${shortlistSize}
      )
      select ${clients.id} as id, ${clients.reference} as reference,
        array_agg(distinct ${clientIndexes.kind}) as kinds,
        bool_or(${clientIdentities.dateOfBirth} is not null) as has_date_of_birth
      from shortlist
      join ${clients} on ${clients.id} = shortlist.client_id
      join ${clientIndexes} on ${clientIndexes.clientId} = shortlist.client_id
        and (${clientIndexes.kind}, ${clientIndexes.value}) in (select kind, value from query_keys)
      left join ${clientIdentities} on ${clientIdentities.clientId} = shortlist.client_id
      where ${clients.organisationId} = ${actor.organisationId} and ${liveClients()} ${excluded}
      group by ${clients.id}, ${clients.reference}`,
  );
  const references = new Map(rows.map((row) => [row.id, row.reference]));
  const ranked = rankCandidates(
    unique as MatchKey[],
    rows.map((row) => ({ id: row.id, matchedKinds: row.kinds as MatchKeyKind[], hasDateOfBirth: row.has_date_of_birth })),
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
