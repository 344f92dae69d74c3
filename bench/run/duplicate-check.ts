/**
 * Benchmark: the duplicate check at intake (the server's findMatches: keys, bounded lookup,
 * shortlist, ranking, scope) against its limit, the per-key index reads alone with the keys
 * already computed, on the same pool. Also reports how often the person being re-registered is
 * among the matches, and how many matches a check returns.
 */
import { PgDialect } from "drizzle-orm/pg-core";
import type { Db } from "../../server/db/client.js";
import type { Actor } from "../../server/http/context.js";
import { blindIndexesOf } from "../../server/clients/identity-store.js";
import type { Vault } from "../../server/vault/vault.js";
import type { BenchDatabase } from "../lib/database.js";
import { findDuplicates, indexLookup } from "./find-duplicates.js";
import type { BenchmarkSpec } from "./spec.js";
import { queryPeople } from "./query-people.js";

const dialect = new PgDialect();

export function duplicateCheck(database: BenchDatabase, vault: Vault, context: { seed: number; clients: number; organisationId: string; count: number; actor: Actor }): BenchmarkSpec {
  const people = queryPeople(context.seed, context.clients, context.count);
  const lookups = people.map((person) => {
    const keys = [...new Map(blindIndexesOf(vault, context.organisationId, person.identity).map((key) => [`${key.kind}:${key.value}`, key])).values()];
    return dialect.sqlToQuery(indexLookup(context.organisationId, keys));
  });
  const db: Db = database.db;
  return {
    key: "duplicate_check",
    title: "Duplicate check at intake",
    targetP95Ms: 10,
    limitDescription: "the bare index lookup (same SQL, keys precomputed) on the same pool",
    real: async (i) => findDuplicates(db, vault, context.actor, pick(people, i).identity),
    limit: async (i) => database.query(pick(lookups, i).sql, pick(lookups, i).params),
    async quality() {
      let found = 0;
      let expected = 0;
      let candidates = 0;
      let most = 0;
      const sample = people.slice(0, 300);
      for (const person of sample) {
        const ranked = await findDuplicates(db, vault, context.actor, person.identity);
        candidates += ranked.length;
        most = Math.max(most, ranked.length);
        if (person.expectedClientId) {
          expected++;
          if (ranked.some((candidate) => candidate.clientId === person.expectedClientId)) found++;
        }
      }
      return { sampled: sample.length, recallOfReRegistrations: found / Math.max(1, expected), meanCandidates: candidates / sample.length, maxCandidates: most };
    },
  };
}

function pick<T>(items: readonly T[], i: number): T {
  const item = items[i % items.length];
  if (item === undefined) throw new Error("nothing to pick from");
  return item;
}
