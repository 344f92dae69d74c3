import { describe, expect, it } from "vitest";
import { suggestedUnitCost } from "./unit-cost-suggestion.js";

describe("funding.unit cost suggestion", () => {
  it.each([
    // £3,000 of kits over 250 handed out: £12 a kit.
    ["drug_awareness_kit", { spendPence: 300_000, monthsWithSpend: 4, activity: 250 }, 1_200],
    // £18,000 of outreach over 119 sessions: £151.26 (151.260…, rounded to the penny).
    ["outreach_session", { spendPence: 1_800_000, monthsWithSpend: 12, activity: 119 }, 15_126],
    // £54,000 of mentoring over a year for 30 people: £1,800 each.
    ["mentoring_year", { spendPence: 5_400_000, monthsWithSpend: 12, activity: 30 }, 180_000],
    // Nine months of rent at £2,000: a year is twelve such months.
    ["running_costs_year", { spendPence: 1_800_000, monthsWithSpend: 9, activity: null }, 2_400_000],
  ] as const)("%s from %j is %i pence", (derivation, figures, pence) => {
    expect(suggestedUnitCost(derivation, figures)).toBe(pence);
  });

  it.each([
    ["drug_awareness_kit", { spendPence: 0, monthsWithSpend: 0, activity: 250 }],
    ["drug_awareness_kit", { spendPence: 300_000, monthsWithSpend: 4, activity: 0 }],
    ["outreach_session", { spendPence: 300_000, monthsWithSpend: 4, activity: null }],
    ["running_costs_year", { spendPence: 0, monthsWithSpend: 0, activity: null }],
  ] as const)("says nothing for %s from %j", (derivation, figures) => {
    expect(suggestedUnitCost(derivation, figures)).toBeNull();
  });
});
