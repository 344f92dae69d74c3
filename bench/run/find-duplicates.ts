/**
 * The duplicate check at intake as the server runs it (`findMatches` in
 * server/clients/match-candidates.ts): the person's blind indexes, one bounded round trip for the
 * shortlist, ranking in core/identity, and which of the matches the caseworker may open.
 */
import { sql } from "drizzle-orm";
import { blindIndexesOf, type Identity } from "../../server/clients/identity-store.js";
import { findMatches, maxRecordsPerKey } from "../../server/clients/match-candidates.js";
import type { Db } from "../../server/db/client.js";
import { clientIndexes } from "../../server/db/schema.js";
import type { Actor } from "../../server/http/context.js";
import type { Vault } from "../../server/vault/vault.js";

/** The limit: the per-key index reads alone, for keys already computed (no grouping, no ranking). */
export function indexLookup(organisationId: string, keys: readonly { kind: string; value: string }[]) {
  const perKey = keys.map(
    (key) => sql`(select ${clientIndexes.clientId} from ${clientIndexes} where ${clientIndexes.organisationId} = ${organisationId}
      and ${clientIndexes.kind} = ${key.kind} and ${clientIndexes.value} = ${key.value} order by ${clientIndexes.clientId} limit ${maxRecordsPerKey})`,
  );
  return sql.join(perKey, sql` union all `);
}

export async function findDuplicates(db: Db, vault: Vault, actor: Actor, person: Identity) {
  return findMatches(db, actor, blindIndexesOf(vault, actor.organisationId, person), { exclude: [], now: new Date() });
}
