/**
 * The duplicate check at intake, as core/identity describes it for the server (this tree has no
 * server endpoint for it yet, so this is that algorithm over the real schema): the person's blind
 * indexes from the server's blindIndexesOf, one lookup of the organisation's index rows sharing any
 * of them, matches grouped by client, the candidates' live records and whether each has a date of
 * birth, then rankCandidates. Replace with the server's use case once it exists.
 */
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { rankCandidates, type MatchKey, type MatchKeyKind, type RankedCandidate } from "../../core/identity/index.js";
import { blindIndexesOf, identityMatchKeys, type Identity } from "../../server/clients/identity-store.js";
import type { Db } from "../../server/db/client.js";
import { clientIndexes, clients } from "../../server/db/schema.js";
import type { Vault } from "../../server/vault/vault.js";

const dateOfBirthKinds = ["family_phonetic_dob", "given_phonetic_dob", "dob_initials"];

/** The index lookup alone, for the blind indexes of a person: the query the limit measures. */
export function indexLookup(db: Db, organisationId: string, keys: readonly { kind: string; value: string }[]) {
  return db
    .select({ clientId: clientIndexes.clientId, kind: clientIndexes.kind })
    .from(clientIndexes)
    .where(and(eq(clientIndexes.organisationId, organisationId), or(...keys.map((key) => and(eq(clientIndexes.kind, key.kind), eq(clientIndexes.value, key.value))))));
}

export async function findDuplicates(db: Db, vault: Vault, organisationId: string, person: Identity): Promise<(RankedCandidate & { reference: string })[]> {
  const keys = [...new Map(blindIndexesOf(vault, organisationId, person).map((key) => [`${key.kind}:${key.value}`, key])).values()];
  if (keys.length === 0) return [];
  const matches = await indexLookup(db, organisationId, keys);
  const kindsByClient = new Map<string, Set<MatchKeyKind>>();
  for (const match of matches) {
    const kinds = kindsByClient.get(match.clientId) ?? new Set<MatchKeyKind>();
    kinds.add(match.kind as MatchKeyKind);
    kindsByClient.set(match.clientId, kinds);
  }
  if (kindsByClient.size === 0) return [];
  const live = await db
    .select({
      id: clients.id,
      reference: clients.reference,
      // Qualified by hand: inside a select list Drizzle writes columns unqualified, and "id" would
      // then name the index row's id rather than the client's.
      hasDateOfBirth: sql<boolean>`exists (select 1 from ${clientIndexes} as dob where dob.client_id = "clients"."id"
        and dob.kind in (${sql.join(dateOfBirthKinds.map((kind) => sql`${kind}`), sql`, `)}))`,
    })
    .from(clients)
    .where(and(inArray(clients.id, [...kindsByClient.keys()]), eq(clients.organisationId, organisationId), isNull(clients.mergedIntoId), isNull(clients.erasedAt)));
  const references = new Map(live.map((row) => [row.id, row.reference]));
  const ranked = rankCandidates(
    identityMatchKeys(person) as MatchKey[],
    live.map((row) => ({ id: row.id, matchedKinds: [...(kindsByClient.get(row.id) ?? [])], hasDateOfBirth: row.hasDateOfBirth })),
  );
  return ranked.map((candidate) => ({ ...candidate, reference: references.get(candidate.id) ?? "" }));
}
