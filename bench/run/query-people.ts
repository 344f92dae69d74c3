/**
 * The people the duplicate-check benchmark registers, reproducible from the seed: three in four are
 * clients already in the database written differently (another spelling, swapped names, a dropped
 * "Mohammed", a mistyped date, missing contact details), one in four are new people drawn the same
 * way as the data but never loaded.
 */
import type { Identity } from "../../server/clients/identity-store.js";
import { personAt, streams } from "../data/person.js";
import { respell } from "../data/respell.js";
import { seededRandom, seedFor } from "../lib/prng.js";

export interface QueryPerson {
  identity: Identity;
  /** The loaded client this is a variant of, or null for a new person. */
  expectedClientId: string | null;
}

export function queryPeople(seed: number, clients: number, count: number): QueryPerson[] {
  return Array.from({ length: count }, (_, i) => {
    const random = seededRandom(seedFor(seed, streams.query, i));
    if (random.chance(0.25)) return { identity: personAt(seed, clients + 10_000_000 + i).identity, expectedClientId: null };
    const existing = personAt(seed, random.int(0, clients - 1));
    return { identity: respell(random, existing.identity), expectedClientId: existing.clientId };
  });
}
