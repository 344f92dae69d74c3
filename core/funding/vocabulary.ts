/**
 * The words of funding and spend (issue 10): the categories spend is recorded under, what a unit
 * cost's suggested figure can be worked out from, and the bounds on money. Codes are stable and
 * stored; labels live in the web app's catalogues.
 */

/** What money was spent on: a core vocabulary every organisation shares, so costs add up across sites and years. */
export const spendCategories = ["staff", "rent_running_costs", "resources", "outreach_sessions", "mentoring", "training", "other"] as const;
export type SpendCategory = (typeof spendCategories)[number];

/** £100 million in pence: a larger grant, spend entry or unit cost is a typing slip, and it stays well inside a safe integer. */
export const largestAmountPence = 10_000_000_000;

/** What the organisation did, counted from its own records, that a unit cost can be divided by. */
export const recordedActivities = ["kits_handed_out", "outreach_sessions_held", "people_mentored"] as const;
export type RecordedActivity = (typeof recordedActivities)[number];

/**
 * What a unit cost's suggested figure is worked out from: recorded spend in one category over the
 * last twelve whole months, divided by what the organisation recorded doing in them (or, for a
 * year's rent and running costs, that spend over a whole year).
 */
export const costDerivations = ["drug_awareness_kit", "outreach_session", "mentoring_year", "running_costs_year"] as const;
export type CostDerivation = (typeof costDerivations)[number];

export const derivationSources: Readonly<Record<CostDerivation, { readonly category: SpendCategory; readonly activity: RecordedActivity | null }>> = {
  // Resources spend over drug awareness kits handed out from outreach stock.
  drug_awareness_kit: { category: "resources", activity: "kits_handed_out" },
  outreach_session: { category: "outreach_sessions", activity: "outreach_sessions_held" },
  // Mentoring spend over a year, over the people with an attended mentoring session in it.
  mentoring_year: { category: "mentoring", activity: "people_mentored" },
  running_costs_year: { category: "rent_running_costs", activity: null },
};

/** The intervention types that count as mentoring a person (core/support/vocabulary.ts). */
export const mentoringInterventionTypes = ["one_to_one_mentoring", "lived_experience_mentoring"] as const;

/** How many months a suggested unit cost looks back over: a whole year, so seasons even out. */
export const suggestionMonths = 12;
