/**
 * AUDIT (WHO, 2001) and AUDIT-C, with item wording of our own. Scoring facts from
 * `shared/reference/domain-facts.md` §2: ten items, 1–8 scored 0–4 and 9–10 scored 0/2/4, total
 * 0–40 in four zones (UK labels lower risk 0–7, increasing 8–15, higher 16–19, possible dependence
 * 20–40). AUDIT-C is items 1–3, 0–12, positive at 5 or more in the UK. Someone who never drinks
 * skips to items 9 and 10, as on the paper form; skipped items count as 0.
 * Licence: free to reproduce, not for sale or commercial purposes (WHO).
 */
import type { InstrumentDefinition } from "../definition.js";
import { summedTotal } from "./building-blocks.js";

const frequency = [
  { value: "never", label: "Never", score: 0 },
  { value: "monthly_or_less", label: "Once a month or less", score: 1 },
  { value: "two_to_four_a_month", label: "Two to four times a month", score: 2 },
  { value: "two_to_three_a_week", label: "Two or three times a week", score: 3 },
  { value: "four_plus_a_week", label: "Four or more times a week", score: 4 },
];
const howOften = [
  { value: "never", label: "Never", score: 0 },
  { value: "less_than_monthly", label: "Less often than monthly", score: 1 },
  { value: "monthly", label: "Monthly", score: 2 },
  { value: "weekly", label: "Weekly", score: 3 },
  { value: "daily", label: "Daily or almost daily", score: 4 },
];
const unitsPerDay = [
  { value: "one_two", label: "1 or 2 units", score: 0 },
  { value: "three_four", label: "3 or 4 units", score: 1 },
  { value: "five_six", label: "5 or 6 units", score: 2 },
  { value: "seven_nine", label: "7 to 9 units", score: 3 },
  { value: "ten_plus", label: "10 or more units", score: 4 },
];
const notInLastYear = [
  { value: "no", label: "No", score: 0 },
  { value: "yes_not_last_year", label: "Yes, but not in the last year", score: 2 },
  { value: "yes_last_year", label: "Yes, in the last year", score: 4 },
];

const drinks = ["monthly_or_less", "two_to_four_a_month", "two_to_three_a_week", "four_plus_a_week"];
const ifDrinks = { showWhen: { itemId: "q1", anyOf: drinks } };
const item = (id: string, label: string, options: typeof frequency, extra = {}) => ({ id, label, type: "choice" as const, isRequired: true, options, ...extra });

const auditItems = [
  item("q1", "How often they have a drink with alcohol in it", frequency),
  item("q2", "On a day when they drink, how many units they usually have", unitsPerDay, ifDrinks),
  item("q3", "How often they have 6 or more units (women) or 8 or more (men) on one occasion", howOften, ifDrinks),
  item("q4", "In the last year, how often they found they could not stop drinking once started", howOften, ifDrinks),
  item("q5", "In the last year, how often drinking stopped them doing what was expected of them", howOften, ifDrinks),
  item("q6", "In the last year, how often they needed a drink in the morning to get going after a heavy session", howOften, ifDrinks),
  item("q7", "In the last year, how often they felt guilty or regretful after drinking", howOften, ifDrinks),
  item("q8", "In the last year, how often they could not remember the night before because of drinking", howOften, ifDrinks),
  item("q9", "Whether they or someone else has been injured because of their drinking", notInLastYear),
  item("q10", "Whether a relative, friend, doctor or other health worker has been concerned about their drinking or suggested they cut down", notInLastYear),
];

const licence = { summary: "AUDIT © World Health Organization 2001. Free to reproduce; not for sale or other commercial purposes. Item wording here is a paraphrase; an organisation may import the official wording.", url: "https://www.who.int/publications/i/item/WHO-MSD-MSB-01.6a" };

export const audit: InstrumentDefinition = {
  key: "audit",
  version: 1,
  title: "AUDIT: alcohol use",
  kind: "screening",
  description: "Ten questions about drinking over the last year, for spotting risky drinking and possible dependence.",
  licence,
  recallPeriod: "the last year",
  sections: [{ id: "drinking", title: "Drinking", items: auditItems }],
  scores: [
    summedTotal("AUDIT score", auditItems, [
      { from: 0, label: "Lower risk", level: "low" },
      { from: 8, label: "Increasing risk", level: "moderate" },
      { from: 16, label: "Higher risk", level: "high" },
      { from: 20, label: "Possible dependence", level: "severe" },
    ]),
  ],
  flags: [{ id: "possible_dependence", label: "Possible alcohol dependence: consider referral to specialist treatment", severity: "warning", when: { scoreId: "total", atLeast: 20 } }],
};

const auditCItems = auditItems.slice(0, 3).map(({ showWhen: _showWhen, ...rest }: { showWhen?: unknown } & (typeof auditItems)[number]) => rest);

export const auditC: InstrumentDefinition = {
  key: "audit_c",
  version: 1,
  title: "AUDIT-C: alcohol use (short)",
  kind: "screening",
  description: "The first three AUDIT questions. A score of 5 or more is positive: go on to the full AUDIT.",
  licence: { summary: "AUDIT-C is in the public domain (SAMHSA). Item wording here is a paraphrase." },
  recallPeriod: "the last year",
  sections: [{ id: "drinking", title: "Drinking", items: auditCItems }],
  scores: [
    summedTotal("AUDIT-C score", auditCItems, [
      { from: 0, label: "Below the threshold", level: "low" },
      { from: 5, label: "Positive: give the full AUDIT", level: "moderate" },
    ]),
  ],
  flags: [],
};
