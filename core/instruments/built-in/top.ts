/**
 * The Treatment Outcomes Profile, as a keyworker completes it at the start, at reviews and at exit.
 * Every question is about the last 28 days. Nothing is totalled: each measure (days of use, days
 * injected, days of offending, the three 0–20 ratings) is its own score, charted over time.
 * Structure from `shared/reference/domain-facts.md` §2, which marks the section list unverified:
 * an organisation should check it against the current OHID form, and may import the official one.
 */
import type { InstrumentDefinition, Item, ScoreDefinition } from "../definition.js";

const days = (id: string, label: string): Item => ({ id, label, type: "days_in_28", isRequired: true, isScored: true });
const yesNo = (id: string, label: string): Item => ({ id, label, type: "yes_no", isRequired: true, scores: null });
const rating = (id: string, label: string): Item => ({ id, label, type: "rating_0_20", isRequired: true, isScored: true });

const substances = [
  ["alcohol_days", "Days they drank alcohol"],
  ["opioid_days", "Days they used opioids (for example heroin, street methadone)"],
  ["crack_days", "Days they used crack"],
  ["cocaine_days", "Days they used cocaine powder"],
  ["amphetamine_days", "Days they used amphetamines"],
  ["cannabis_days", "Days they used cannabis"],
  ["other_days", "Days they used another drug (name it below)"],
] as const;

const sections: InstrumentDefinition["sections"] = [
  {
    id: "substance_use",
    title: "Substance use",
    items: [
      ...substances.map(([id, label]) => days(id, label)),
      { id: "other_drug", label: "The other drug", type: "text", isRequired: false, maxLength: 100 },
      { id: "alcohol_units", label: "Units of alcohol on a typical drinking day", type: "number", isRequired: false, min: 0, max: 200, isInteger: true, unit: "units", isScored: false },
    ],
  },
  {
    id: "injecting",
    title: "Injecting",
    items: [days("injecting_days", "Days they injected"), yesNo("shared_needles", "Shared needles or syringes"), yesNo("shared_equipment", "Shared other injecting equipment")],
  },
  {
    id: "crime",
    title: "Crime",
    items: [
      days("shoplifting_days", "Days they shoplifted"),
      days("selling_drugs_days", "Days they sold drugs"),
      yesNo("vehicle_theft", "Stole a vehicle or from a vehicle"),
      yesNo("other_theft", "Other theft or burglary"),
      yesNo("fraud", "Fraud, forgery or handling stolen goods"),
      yesNo("assault", "Assault or violence"),
    ],
  },
  {
    id: "health_and_social",
    title: "Health and social functioning",
    items: [
      rating("psychological_health", "Their psychological health, from 0 (poor) to 20 (good)"),
      days("paid_work_days", "Days of paid work"),
      days("education_days", "Days at college or school"),
      rating("physical_health", "Their physical health, from 0 (poor) to 20 (good)"),
      yesNo("acute_housing_problem", "An acute housing problem (for example homeless)"),
      yesNo("eviction_risk", "At risk of eviction"),
      rating("quality_of_life", "Their overall quality of life, from 0 (poor) to 20 (good)"),
    ],
  },
];

/** Health, quality of life, work and study: more is better. Days of use, injecting and crime: fewer is. */
const betterWhenHigher = new Set(["psychological_health", "physical_health", "quality_of_life", "paid_work_days", "education_days"]);

const measured = sections.flatMap((section) => section.items).filter((item) => item.type === "days_in_28" || item.type === "rating_0_20");

export const top: InstrumentDefinition = {
  key: "top",
  version: 1,
  title: "Treatment Outcomes Profile",
  kind: "outcome",
  description: "Completed with the person at the start of treatment, at reviews (every 12 weeks) and at exit. Every question is about the last 28 days.",
  licence: { summary: "Treatment Outcomes Profile: the terms of use are unconfirmed (one source lists it as copyrighted with a sub-licence); check with OHID before use." },
  recallPeriod: "the last 28 days",
  sections,
  scores: measured.map(
    (item): ScoreDefinition => ({
      id: `${item.id}_score`,
      label: item.label,
      itemIds: [item.id],
      missing: { rule: "require_all" },
      bands: [],
      ...(betterWhenHigher.has(item.id) ? { isHigherBetter: true } : {}),
    }),
  ),
  flags: [{ id: "sharing", label: "Sharing injecting equipment: offer harm-reduction support", severity: "warning", when: { itemId: "shared_needles", anyOf: [true] } }],
};
