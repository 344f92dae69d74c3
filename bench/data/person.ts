/**
 * One synthetic client, drawn from its own seeded generator so it can be rebuilt alone: identity
 * (names across the communities served, date of birth, fictional phone, reserved-domain email, test
 * range NHS number, address), demographics and home site. About 2% are re-registrations of an
 * earlier person written differently (another spelling, swapped names, a mistyped date), as real
 * duplicate checks meet them.
 */
import type { Ethnicity } from "../../core/clients/demographics.js";
import { postcodeDistrict } from "../../core/clients/demographics.js";
import { formatReference } from "../../core/references.js";
import type { Identity } from "../../server/clients/identity-store.js";
import { seededRandom, seedFor, type Random } from "../lib/prng.js";
import { communities, namesFor } from "./communities.js";
import { respell } from "./respell.js";
import { addressIn, postcodeIn, siteWeights } from "./places.js";

export interface SyntheticPerson {
  ordinal: number;
  clientId: string;
  reference: string;
  community: string;
  sex: "female" | "male" | "not_stated";
  identity: Identity;
  ethnicity: Ethnicity;
  religion: string;
  firstLanguage: string | null;
  preferredLanguage: string;
  isInterpreterNeeded: boolean;
  preferredWorkerGender: string;
  disability: string;
  postcodeDistrict: string | null;
  homeSite: number;
  /** The ordinal of the person this record duplicates, if it is a re-registration. */
  duplicateOf: number | null;
}

/**
 * Streams of the run seed, so people, their cases, the support on those cases, the sites' shared
 * schedules and activity, and the benchmark's queries draw independently (adding a stream changes
 * nothing drawn from the others).
 */
export const streams = { person: 1, history: 2, query: 3, support: 4, groupSessions: 5, panelMeetings: 6, activity: 7 } as const;

const duplicateShare = 0.02;
/** The run's "now": data ends here, so a fixed seed gives the same dates whenever it runs. */
export const dataNow = new Date("2025-11-01T09:00:00Z");

export function personAt(seed: number, ordinal: number): SyntheticPerson {
  const random = seededRandom(seedFor(seed, streams.person, ordinal));
  const base = drawPerson(random, ordinal);
  if (ordinal < 1_000 || !random.chance(duplicateShare)) return base;
  const original = ordinal - random.int(1, Math.min(ordinal, 50_000));
  const earlier = drawPerson(seededRandom(seedFor(seed, streams.person, original)), original);
  return { ...earlier, ordinal, clientId: base.clientId, reference: base.reference, identity: respell(random, earlier.identity), duplicateOf: original };
}

function drawPerson(random: Random, ordinal: number): SyntheticPerson {
  const clientId = random.uuid();
  const community = random.weighted(communities.map((c) => [c, c.weight] as const));
  const sex = random.weighted([["female", 48], ["male", 49], ["not_stated", 3]] as const);
  const names = namesFor(community);
  const isFemale = sex === "female" || (sex === "not_stated" && random.chance(0.5));
  const { givenName, familyName } = names.draw(random, isFemale ? "female" : "male");
  const homeSite = random.weighted(siteWeights);
  const postcode = random.chance(0.9) ? postcodeIn(random, homeSite) : null;
  const firstLanguage = random.weighted(community.languages);
  const preferredLanguage = firstLanguage !== "en" && random.chance(0.35) ? firstLanguage : "en";
  const identity: Identity = {
    givenName,
    familyName,
    otherNames: random.chance(0.06) ? [`${givenName} ${names.draw(random, isFemale ? "female" : "male").familyName}`] : [],
    dateOfBirth: random.chance(0.97) ? dateOfBirthFor(random) : null,
    address: postcode && random.chance(0.85) ? addressIn(random) : null,
    postcode,
    phone: random.chance(0.85) ? fictionalMobile(random) : null,
    email: random.chance(0.35) ? emailFor(random, givenName, familyName) : null,
    nhsNumber: random.chance(0.45) ? testNhsNumber(ordinal) : null,
  };
  return {
    ordinal,
    clientId,
    reference: formatReference("C", permutedBytes(ordinal, 0x5bd1e995n)),
    community: community.key,
    sex,
    identity,
    ethnicity: random.chance(0.05) ? "not_stated" : random.weighted(community.ethnicity),
    religion: random.weighted(community.religion),
    firstLanguage: random.chance(0.9) ? firstLanguage : null,
    preferredLanguage,
    isInterpreterNeeded: preferredLanguage !== "en" && random.chance(0.45),
    preferredWorkerGender: random.chance(0.8) ? "no_preference" : isFemale ? "female" : "male",
    disability: random.weighted([["yes", 12], ["no", 70], ["not_stated", 18]] as const),
    postcodeDistrict: postcode ? postcodeDistrict(postcode) : null,
    homeSite,
    duplicateOf: null,
  };
}

// Most clients are young people and adults of working age.
const ageBands: readonly (readonly [readonly [number, number], number])[] = [
  [[10, 17], 20], [[18, 24], 22], [[25, 34], 22], [[35, 44], 15], [[45, 54], 10], [[55, 64], 6], [[65, 85], 5],
];

function dateOfBirthFor(random: Random): string {
  const [low, high] = random.weighted(ageBands);
  const ageDays = random.int(low * 365, high * 365 + 364) + random.int(0, 8 * 365);
  return new Date(dataNow.getTime() - ageDays * 86_400_000).toISOString().slice(0, 10);
}

/** Ofcom's drama range 07700 900000–900999, written the ways people write it. */
export function fictionalMobile(random: Random): string {
  const last = String(random.int(0, 999)).padStart(3, "0");
  return random.weighted([[`07700 900${last}`, 6], [`07700900${last}`, 3], [`+44 7700 900${last}`, 1]] as const);
}

function emailFor(random: Random, given: string, family: string): string {
  const ascii = (text: string) => text.normalize("NFKD").replace(/[^A-Za-z]/g, "").toLowerCase();
  const domain = random.pick(["example.org", "example.com", "example.net"]);
  return `${ascii(given).slice(0, 12) || "client"}.${ascii(family).slice(0, 12) || "x"}${random.int(1, 9_999)}@${domain}`;
}

/** NHS numbers starting 999 are reserved for testing; one per ordinal, with a valid check digit. */
function testNhsNumber(ordinal: number): string | null {
  const digits = `999${String((ordinal * 7_919 + 12_345) % 1_000_000).padStart(6, "0")}`;
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const check = (11 - (sum % 11)) % 11;
  if (check === 10) return null;
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}${check}`;
}

/**
 * Eight bytes whose low five bits spell a 40-bit bijection of `ordinal` (multiply by an odd number,
 * xor-shift, twice: each step is invertible modulo 2^40), so references look random but never
 * collide and the unique reference indexes hold without retries.
 */
export function permutedBytes(ordinal: number, multiplier: bigint): Uint8Array {
  const mask = (1n << 40n) - 1n;
  let value = ((BigInt(ordinal) + 0x1f3d_5b79n) * (multiplier | 1n)) & mask;
  value ^= value >> 21n;
  value = (value * 0x9e37_79b9_7fn) & mask;
  value ^= value >> 19n;
  return Uint8Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(5 * (7 - i))) & 31n));
}
