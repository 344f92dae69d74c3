/**
 * Demographic categories kept apart from identity. Ethnicity uses the ONS 2021 Census categories for
 * England and Wales (19 categories in 5 groups), religion the 2021 Census question's answers.
 * Source: ONS, "Ethnic group, national identity, language and religion" question set, Census 2021.
 */

export const ethnicities = [
  { code: "asian_bangladeshi", group: "asian" },
  { code: "asian_chinese", group: "asian" },
  { code: "asian_indian", group: "asian" },
  { code: "asian_pakistani", group: "asian" },
  { code: "asian_other", group: "asian" },
  { code: "black_african", group: "black" },
  { code: "black_caribbean", group: "black" },
  { code: "black_other", group: "black" },
  { code: "mixed_white_asian", group: "mixed" },
  { code: "mixed_white_black_african", group: "mixed" },
  { code: "mixed_white_black_caribbean", group: "mixed" },
  { code: "mixed_other", group: "mixed" },
  { code: "white_british", group: "white" },
  { code: "white_irish", group: "white" },
  { code: "white_gypsy_irish_traveller", group: "white" },
  { code: "white_roma", group: "white" },
  { code: "white_other", group: "white" },
  { code: "other_arab", group: "other" },
  { code: "other_any", group: "other" },
  { code: "not_stated", group: "not_stated" },
] as const;
export type Ethnicity = (typeof ethnicities)[number]["code"];
export const ethnicityCodes = ethnicities.map((e) => e.code) as [Ethnicity, ...Ethnicity[]];

/** Black and minority ethnic: every group except White British (a common contract measure). */
export const isMinorityEthnic = (code: Ethnicity): boolean => code !== "white_british" && code !== "not_stated";

export const religions = ["none", "christian", "buddhist", "hindu", "jewish", "muslim", "sikh", "other", "not_stated"] as const;
export const sexes = ["female", "male", "not_stated"] as const;

/** Age bands used everywhere a person's age is shown or counted, so no exact age leaves a record. */
export const ageBands = ["under_10", "10_13", "14_17", "18_24", "25_34", "35_44", "45_54", "55_64", "65_plus", "unknown"] as const;
export type AgeBand = (typeof ageBands)[number];

/** The age band on `on` of someone born on `dateOfBirth` (both `YYYY-MM-DD`). */
export function ageBandOn(dateOfBirth: string | null, on: string): AgeBand {
  if (!dateOfBirth) return "unknown";
  const [by, bm, bd] = dateOfBirth.split("-").map(Number);
  const [oy, om, od] = on.split("-").map(Number);
  if (!by || !bm || !bd || !oy || !om || !od) return "unknown";
  const age = oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
  if (age < 0) return "unknown";
  if (age < 10) return "under_10";
  if (age < 14) return "10_13";
  if (age < 18) return "14_17";
  if (age < 25) return "18_24";
  if (age < 35) return "25_34";
  if (age < 45) return "35_44";
  if (age < 55) return "45_54";
  if (age < 65) return "55_64";
  return "65_plus";
}

/** The postcode district (outward code), e.g. "B11" from "B11 1AA"; the only part of an address kept in the clear. */
export function postcodeDistrict(postcode: string): string | null {
  const compact = postcode.toUpperCase().replace(/\s+/g, "");
  const match = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})?$/.exec(compact);
  return match?.[1] ?? null;
}
