/** Pieces several built-in instruments are made of: a common answer scale, lists of like items, a summed total. */
import type { Item, ScoreDefinition } from "../definition.js";

type ChoiceOption = { value: string; label: string; score: number | null };

/** How often over the last two weeks, 0–3 (PHQ-9 and GAD-7). */
export const twoWeeksFrequency: ChoiceOption[] = [
  { value: "not_at_all", label: "Not at all", score: 0 },
  { value: "several_days", label: "On several days", score: 1 },
  { value: "more_than_half", label: "On more than half the days", score: 2 },
  { value: "nearly_every_day", label: "Nearly every day", score: 3 },
];

/** Required choice items q1, q2, … with the given labels, all answered on the same scale. */
export const choiceItems = (labels: readonly string[], options: ChoiceOption[]): Item[] =>
  labels.map((label, index) => ({ id: `q${index + 1}`, label, type: "choice", isRequired: true, options }));

/** The instrument's total: the sum of the items, given only when all of them are answered. */
export const summedTotal = (label: string, items: readonly { id: string }[], bands: ScoreDefinition["bands"] = []): ScoreDefinition => ({
  id: "total",
  label,
  itemIds: items.map((item) => item.id),
  missing: { rule: "require_all" },
  bands,
});

/** A score with the smallest change between two measures that is more than measurement error. */
export const withReliableChange = (change: number, score: ScoreDefinition): ScoreDefinition => ({ ...score, reliableChange: change });
