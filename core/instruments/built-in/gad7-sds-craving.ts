/**
 * GAD-7, the Severity of Dependence Scale and a 0–10 craving rating, with item wording of our own.
 * Scoring facts from `shared/reference/domain-facts.md` §2.
 * - GAD-7: seven items 0–3 over the last two weeks, total 0–21, cut-points 5 / 10 / 15; 10 or more:
 *   refer for further evaluation. Free to reproduce, translate and display.
 * - SDS (Gossop 1995): five items 0–3, total 0–15. Its cut-off depends on the drug (heroin 3 or
 *   more, cocaine 4 or more; others not established), so it has no bands: the practitioner reads
 *   the score against the drug in question.
 * - Craving: one 0–10 rating of the strongest craving in the last week, for CBT work; a series,
 *   not a test, so no bands.
 */
import type { InstrumentDefinition } from "../definition.js";
import { choiceItems, summedTotal, twoWeeksFrequency, withReliableChange } from "./building-blocks.js";

const gad7Labels = [
  "Feeling nervous, anxious or on edge",
  "Not being able to stop or control worrying",
  "Worrying too much about different things",
  "Finding it hard to relax",
  "Being so restless it is hard to sit still",
  "Becoming easily annoyed or irritable",
  "Feeling afraid, as if something awful might happen",
];
const gad7Items = choiceItems(gad7Labels, twoWeeksFrequency);

export const gad7: InstrumentDefinition = {
  key: "gad7",
  version: 1,
  title: "GAD-7: anxiety",
  kind: "screening",
  description: "Seven questions about anxiety over the last two weeks. A score of 10 or more calls for further assessment.",
  licence: { summary: "GAD-7: no permission is needed to reproduce, translate, display or distribute. Item wording here is a paraphrase." },
  recallPeriod: "the last two weeks",
  sections: [{ id: "anxiety", title: "Anxiety", items: gad7Items }],
  scores: [
    // NHS Talking Therapies for anxiety and depression manual (NHS England): a change of 4 or more
    // on the GAD-7 between two measures is reliable.
    withReliableChange(
      4,
      summedTotal("GAD-7 score", gad7Items, [
        { from: 0, label: "Minimal", level: "none" },
        { from: 5, label: "Mild", level: "low" },
        { from: 10, label: "Moderate", level: "moderate" },
        { from: 15, label: "Severe", level: "severe" },
      ]),
    ),
  ],
  flags: [{ id: "refer", label: "Score of 10 or more: arrange a further assessment of anxiety", severity: "warning", when: { scoreId: "total", atLeast: 10 } }],
};

const sdsOften = [
  { value: "never", label: "Never or almost never", score: 0 },
  { value: "sometimes", label: "Sometimes", score: 1 },
  { value: "often", label: "Often", score: 2 },
  { value: "always", label: "Always or nearly always", score: 3 },
];
const sdsDifficulty = [
  { value: "not_difficult", label: "Not difficult", score: 0 },
  { value: "quite_difficult", label: "Quite difficult", score: 1 },
  { value: "very_difficult", label: "Very difficult", score: 2 },
  { value: "impossible", label: "Impossible", score: 3 },
];
const sdsItems = [
  { id: "q1", label: "How often they felt their use of the drug was out of control", type: "choice" as const, isRequired: true, options: sdsOften },
  { id: "q2", label: "How often the thought of missing a dose made them anxious or worried", type: "choice" as const, isRequired: true, options: sdsOften },
  { id: "q3", label: "How often they worried about their use of the drug", type: "choice" as const, isRequired: true, options: sdsOften },
  { id: "q4", label: "How often they wished they could stop", type: "choice" as const, isRequired: true, options: sdsOften },
  { id: "q5", label: "How hard they would find it to stop or go without", type: "choice" as const, isRequired: true, options: sdsDifficulty },
];

export const sds: InstrumentDefinition = {
  key: "sds",
  version: 1,
  title: "SDS: severity of dependence",
  kind: "screening",
  description: "Five questions about dependence on one named drug. Read the score against that drug: 3 or more suggests dependence on heroin, 4 or more on cocaine; for other drugs no cut-off is established.",
  licence: { summary: "Severity of Dependence Scale (Gossop et al., 1995). Terms of use not found; listed by the EMCDDA. Item wording here is a paraphrase." },
  recallPeriod: "the last year",
  sections: [
    {
      id: "dependence",
      title: "Dependence",
      items: [{ id: "drug", label: "The drug these questions are about", type: "text", isRequired: true, maxLength: 100 }, ...sdsItems],
    },
  ],
  scores: [summedTotal("SDS score", sdsItems)],
  flags: [],
};

export const craving: InstrumentDefinition = {
  key: "craving",
  version: 1,
  title: "Craving rating",
  kind: "outcome",
  description: "How strong the strongest craving was in the last week, from 0 (none) to 10 (the strongest imaginable). Repeated at CBT sessions to show change.",
  recallPeriod: "the last week",
  sections: [
    {
      id: "craving",
      title: "Craving",
      items: [
        { id: "strength", label: "Strength of the strongest craving", type: "number", isRequired: true, min: 0, max: 10, isInteger: true, isScored: true },
        { id: "trigger", label: "What set it off, if they know", type: "text", isRequired: false, maxLength: 1000 },
      ],
    },
  ],
  scores: [summedTotal("Craving (0–10)", [{ id: "strength" }])],
  flags: [],
};
