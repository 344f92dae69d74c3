/**
 * PHQ-9 and DAST-10, with item wording of our own. Scoring facts from
 * `shared/reference/domain-facts.md` §2.
 * - PHQ-9: nine items 0–3 over the last two weeks, total 0–27 banded 0–4 / 5–9 / 10–14 / 15–19 /
 *   20–27 (minimal to severe); any answer above 0 on item 9 (thoughts of self-harm) is flagged.
 *   Free to reproduce, translate and display.
 * - DAST-10: ten yes/no items about the last 12 months (not alcohol); item 3 is reversed (no
 *   scores 1); total 0–10 banded none 0, low 1–2, moderate 3–5, substantial 6–8, severe 9–10.
 *   © Skinner/CAMH 1982, non-commercial use with credit.
 */
import type { InstrumentDefinition } from "../definition.js";
import { choiceItems, summedTotal, twoWeeksFrequency, withReliableChange } from "./building-blocks.js";

const phq9Labels = [
  "Little interest or pleasure in doing things",
  "Feeling low, depressed or without hope",
  "Trouble getting to sleep or staying asleep, or sleeping too much",
  "Feeling tired or having little energy",
  "Poor appetite or eating too much",
  "Feeling bad about themselves, or that they are a failure or have let people down",
  "Trouble concentrating, for example on reading or television",
  "Moving or speaking so slowly others could notice, or being so restless they move around much more than usual",
  "Thoughts that they would be better off dead, or of hurting themselves",
];
const phq9Items = choiceItems(phq9Labels, twoWeeksFrequency);

export const phq9: InstrumentDefinition = {
  key: "phq9",
  version: 1,
  title: "PHQ-9: low mood",
  kind: "screening",
  description: "Nine questions about low mood over the last two weeks. A score of 10 or more suggests depression that needs assessing.",
  licence: { summary: "PHQ-9: no permission is needed to reproduce, translate, display or distribute. Item wording here is a paraphrase." },
  recallPeriod: "the last two weeks",
  sections: [{ id: "mood", title: "Mood", items: phq9Items }],
  scores: [
    // NHS Talking Therapies for anxiety and depression manual (NHS England): a change of 6 or more
    // on the PHQ-9 between two measures is reliable (more than measurement error).
    withReliableChange(6, summedTotal("PHQ-9 score", phq9Items, [
      { from: 0, label: "Minimal", level: "none" },
      { from: 5, label: "Mild", level: "low" },
      { from: 10, label: "Moderate", level: "moderate" },
      { from: 15, label: "Moderately severe", level: "high" },
      { from: 20, label: "Severe", level: "severe" },
    ])),
  ],
  flags: [{ id: "self_harm", label: "Thoughts of self-harm or of being better off dead: assess risk today", severity: "urgent", when: { itemId: "q9", above: 0 } }],
};

const dastLabels = [
  "Has used drugs other than those needed for medical reasons",
  "Uses more than one drug at a time",
  "Is always able to stop using drugs when they want to",
  "Has had blackouts or flashbacks because of drug use",
  "Feels bad or guilty about their drug use",
  "Their partner or a parent complains about their drug use",
  "Has neglected their family because of drug use",
  "Has done illegal things to get drugs",
  "Has had withdrawal symptoms after stopping drugs",
  "Has had medical problems because of drug use (for example memory loss, hepatitis, fits, bleeding)",
];
const dastItems = dastLabels.map((label, index) => ({
  id: `q${index + 1}`,
  label,
  type: "yes_no" as const,
  isRequired: true,
  // Item 3 is the one asked the other way round: "no" is the answer that scores.
  scores: index === 2 ? { yes: 0, no: 1 } : { yes: 1, no: 0 },
}));

export const dast10: InstrumentDefinition = {
  key: "dast10",
  version: 1,
  title: "DAST-10: drug use",
  kind: "screening",
  description: "Ten yes/no questions about drug use (not alcohol) in the last 12 months.",
  licence: { summary: "DAST-10 © Harvey A. Skinner and the Centre for Addiction and Mental Health, 1982. Non-commercial use with credit. Item wording here is a paraphrase." },
  recallPeriod: "the last 12 months",
  sections: [{ id: "drugs", title: "Drug use", items: dastItems }],
  scores: [
    summedTotal("DAST-10 score", dastItems, [
      { from: 0, label: "No problems reported", level: "none" },
      { from: 1, label: "Low level", level: "low" },
      { from: 3, label: "Moderate level", level: "moderate" },
      { from: 6, label: "Substantial level", level: "high" },
      { from: 9, label: "Severe level", level: "severe" },
    ]),
  ],
  flags: [],
};
