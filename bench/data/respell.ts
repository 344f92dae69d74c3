/**
 * The same person written differently, as on a second referral or at a new intake: another
 * spelling of a name, given and family names swapped, a dropped or added "Mohammed", a mistyped
 * date of birth, contact details left out. Used for the planted duplicates and for the people the
 * duplicate-check benchmark looks up.
 */
import type { Identity } from "../../server/clients/identity-store.js";
import type { Random } from "../lib/prng.js";
import { spellingVariants } from "./community.js";

export function respell(random: Random, identity: Identity): Identity {
  let givenName = identity.givenName;
  let familyName = identity.familyName ?? "";
  const change = random.weighted([["spelling", 45], ["swap", 12], ["middle", 15], ["date", 13], ["same", 15]] as const);
  if (change === "spelling") {
    givenName = respellWords(random, givenName);
    if (random.chance(0.3)) familyName = respellWords(random, familyName);
  } else if (change === "swap" && familyName) {
    [givenName, familyName] = [familyName, givenName];
  } else if (change === "middle") {
    const words = givenName.split(" ");
    givenName = words.length > 1 ? words.slice(1).join(" ") : `${random.pick(["Mohammed", "Muhammad", "Md"])} ${givenName}`;
  }
  return {
    ...identity,
    givenName,
    familyName: familyName || null,
    otherNames: [],
    dateOfBirth: change === "date" ? mistyped(random, identity.dateOfBirth) : identity.dateOfBirth,
    phone: random.chance(0.5) ? identity.phone : null,
    email: random.chance(0.4) ? identity.email : null,
    nhsNumber: random.chance(0.3) ? identity.nhsNumber : null,
  };
}

function respellWords(random: Random, name: string): string {
  return name
    .split(" ")
    .map((word) => {
      const variants = spellingVariants(word);
      return variants.length > 0 ? random.pick(variants) : word;
    })
    .join(" ");
}

/** Day and month swapped (when that is still a date), or the day off by one. */
function mistyped(random: Random, dateOfBirth: string | null): string | null {
  if (!dateOfBirth) return null;
  const [year, month, day] = dateOfBirth.split("-");
  if (year && month && day && Number(day) <= 12 && day !== month && random.chance(0.5)) return `${year}-${day}-${month}`;
  const date = new Date(`${dateOfBirth}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + (random.chance(0.5) ? 1 : -1));
  return date.toISOString().slice(0, 10);
}
