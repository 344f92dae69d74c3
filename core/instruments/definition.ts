/**
 * An instrument is data: a versioned definition of sections, items, scores, bands and flags, which
 * the scoring engine (`score.ts`) reads. Definitions come from the built-in set or are imported by
 * an organisation (with official wording where the licence allows), so every definition is checked
 * on load, and a bad one is refused with a message naming the part that is wrong.
 *
 * Bands are thresholds, not ranges: each band starts where the one before it ends, the first at
 * the lowest possible score, so by construction they cover the whole range with no gap or overlap.
 */
import { z } from "zod";

const slug = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { message: "Use lower-case letters, digits and underscores, starting with a letter." });
const label = z.string().trim().min(1).max(500);
const answerValue = z.union([z.string().max(100), z.number(), z.boolean()]);

const itemCommon = {
  id: slug,
  label,
  help: z.string().max(1000).optional(),
  /** Whether a submitted response must answer it (when it is shown). */
  isRequired: z.boolean().default(true),
  /** Shown only when an earlier item has one of these answers. */
  showWhen: z.strictObject({ itemId: slug, anyOf: z.array(answerValue).min(1) }).optional(),
};

const choiceItem = z.strictObject({
  ...itemCommon,
  type: z.literal("choice"),
  /** `score: null` for an unscored choice. Reverse-scored items simply list their scores reversed. */
  options: z.array(z.strictObject({ value: z.string().min(1).max(100), label, score: z.number().nullable() })).min(2),
});
const yesNoItem = z.strictObject({
  ...itemCommon,
  type: z.literal("yes_no"),
  /** The score of each answer; a reverse-scored item gives "no" the higher score. Null: not scored. */
  scores: z.strictObject({ yes: z.number(), no: z.number() }).nullable(),
});
const numberItem = z.strictObject({
  ...itemCommon,
  type: z.literal("number"),
  min: z.number(),
  max: z.number(),
  isInteger: z.boolean().default(true),
  unit: z.string().max(40).optional(),
  /** Whether the number itself counts towards scores (a 0–10 craving rating does; an age does not). */
  isScored: z.boolean().default(false),
});
/** Days on which something happened in the last 28 (the Treatment Outcomes Profile's measure). */
const daysIn28Item = z.strictObject({ ...itemCommon, type: z.literal("days_in_28"), isScored: z.boolean().default(false) });
/** A 0–20 self-rating (the Treatment Outcomes Profile's health and quality-of-life scales). */
const rating20Item = z.strictObject({ ...itemCommon, type: z.literal("rating_0_20"), isScored: z.boolean().default(false) });
const textItem = z.strictObject({ ...itemCommon, type: z.literal("text"), maxLength: z.number().int().min(1).max(10_000).default(2000) });
/**
 * A structured professional judgement: present, absent or unknown, with the evidence. Never
 * scored and never summed, whatever a definition says (the extremism vulnerability factors).
 */
const judgementItem = z.strictObject({ ...itemCommon, type: z.literal("judgement") });

export const itemSchema = z.discriminatedUnion("type", [choiceItem, yesNoItem, numberItem, daysIn28Item, rating20Item, textItem, judgementItem]);
export type Item = z.infer<typeof itemSchema>;
export type AnswerValue = z.infer<typeof answerValue>;

export const bandLevels = ["none", "low", "moderate", "high", "severe"] as const;

const scoreSchema = z.strictObject({
  id: slug,
  label,
  itemIds: z.array(slug).min(1),
  /**
   * What a missing answer among shown items does: `require_all` gives no score; `prorate` scales the
   * sum up when at least `minAnswered` are answered (rounded half up); `count_as_zero` adds nothing.
   */
  missing: z.discriminatedUnion("rule", [
    z.strictObject({ rule: z.literal("require_all") }),
    z.strictObject({ rule: z.literal("prorate"), minAnswered: z.number().int().min(1) }),
    z.strictObject({ rule: z.literal("count_as_zero") }),
  ]),
  bands: z.array(z.strictObject({ from: z.number(), label, level: z.enum(bandLevels) })).default([]),
  /** The smallest change between two administrations that is more than measurement error. */
  reliableChange: z.number().positive().optional(),
  /** A higher score is the better outcome (quality of life, protective factors); absent: lower is better. */
  isHigherBetter: z.boolean().optional(),
});
export type ScoreDefinition = z.infer<typeof scoreSchema>;

const flagSchema = z.strictObject({
  id: slug,
  label,
  severity: z.enum(["warning", "urgent"]),
  when: z.union([
    z.strictObject({ itemId: slug, above: z.number() }),
    z.strictObject({ itemId: slug, anyOf: z.array(answerValue).min(1) }),
    z.strictObject({ scoreId: slug, atLeast: z.number() }),
  ]),
});
export type FlagDefinition = z.infer<typeof flagSchema>;

export const instrumentKinds = ["screening", "outcome", "vulnerability"] as const;
export type InstrumentKind = (typeof instrumentKinds)[number];

const definitionShape = z.strictObject({
  key: slug,
  version: z.number().int().min(1),
  title: label,
  kind: z.enum(instrumentKinds),
  description: z.string().max(4000).optional(),
  /** Who owns the instrument and on what terms it may be used, shown with it. */
  licence: z.strictObject({ summary: z.string().min(1).max(2000), url: z.url().optional() }).optional(),
  /** The period the questions ask about, e.g. "the last 28 days". */
  recallPeriod: z.string().max(200).optional(),
  sections: z.array(z.strictObject({ id: slug, title: label, items: z.array(itemSchema).min(1) })).min(1),
  scores: z.array(scoreSchema).default([]),
  flags: z.array(flagSchema).default([]),
});

export type InstrumentDefinition = z.infer<typeof definitionShape>;

/** The score an item contributes for an answer, or null if it is unscored or unanswered. */
export function itemScore(item: Item, answer: AnswerValue | undefined): number | null {
  if (answer === undefined) return null;
  switch (item.type) {
    case "choice":
      return item.options.find((option) => option.value === answer)?.score ?? null;
    case "yes_no":
      return item.scores && typeof answer === "boolean" ? (answer ? item.scores.yes : item.scores.no) : null;
    case "number":
    case "days_in_28":
    case "rating_0_20":
      return item.isScored && typeof answer === "number" ? answer : null;
    case "text":
    case "judgement":
      return null;
  }
}

/** The lowest and highest score an item can contribute, or null if it is never scored. */
export function itemScoreRange(item: Item): { min: number; max: number } | null {
  switch (item.type) {
    case "choice": {
      const scores = item.options.map((option) => option.score);
      if (scores.some((score) => score === null)) return null;
      return { min: Math.min(...(scores as number[])), max: Math.max(...(scores as number[])) };
    }
    case "yes_no":
      return item.scores ? { min: Math.min(item.scores.yes, item.scores.no), max: Math.max(item.scores.yes, item.scores.no) } : null;
    case "number":
      return item.isScored ? { min: item.min, max: item.max } : null;
    case "days_in_28":
      return item.isScored ? { min: 0, max: 28 } : null;
    case "rating_0_20":
      return item.isScored ? { min: 0, max: 20 } : null;
    case "text":
    case "judgement":
      return null;
  }
}

/** The values an item accepts as an answer (for checking `showWhen` and flags), or null for any. */
function acceptedValues(item: Item): AnswerValue[] | null {
  if (item.type === "choice") return item.options.map((option) => option.value);
  if (item.type === "yes_no") return [true, false];
  return null;
}

export const allItems = (definition: { sections: { items: Item[] }[] }): Item[] => definition.sections.flatMap((section) => section.items);

/**
 * The lowest and highest value a score can take: the sums of its items' ranges. An item that can
 * add nothing (one shown only on a condition, or any item when a missing answer counts as zero)
 * widens its range to take in 0, or a 1–5 item skipped by a condition could give a total below the
 * lowest band.
 */
export function scoreRange(definition: InstrumentDefinition, score: ScoreDefinition): { min: number; max: number } {
  return scoreRangeAmong(itemsById(definition), score);
}

/** The definition's items by id, to look several scores' items up in. */
export const itemsById = (definition: { sections: { items: Item[] }[] }): ReadonlyMap<string, Item> => new Map(allItems(definition).map((item) => [item.id, item]));

/** scoreRange with the definition's items already looked up (itemsById), for scoring every score at once. */
export function scoreRangeAmong(items: ReadonlyMap<string, Item>, score: ScoreDefinition): { min: number; max: number } {
  return score.itemIds.reduce(
    (range, id) => {
      const item = items.get(id)!;
      const itemRange = itemScoreRange(item) ?? { min: 0, max: 0 };
      const canAddNothing = item.showWhen !== undefined || score.missing.rule === "count_as_zero";
      return {
        min: range.min + (canAddNothing ? Math.min(0, itemRange.min) : itemRange.min),
        max: range.max + (canAddNothing ? Math.max(0, itemRange.max) : itemRange.max),
      };
    },
    { min: 0, max: 0 },
  );
}

/** A definition checked for internal consistency; each problem names where it is. */
export const instrumentDefinitionSchema = definitionShape.superRefine((definition, context) => {
  const problem = (path: (string | number)[], message: string) => context.addIssue({ code: "custom", path, message });
  const seen = new Map<string, Item>();
  const sectionIds = new Set<string>();
  definition.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) problem(["sections", s, "id"], `Section id "${section.id}" is used twice.`);
    sectionIds.add(section.id);
    section.items.forEach((item, i) => {
      const path = ["sections", s, "items", i];
      if (seen.has(item.id)) problem([...path, "id"], `Item id "${item.id}" is used twice.`);
      if (item.type === "choice") {
        const values = item.options.map((option) => option.value);
        if (new Set(values).size !== values.length) problem([...path, "options"], `Item "${item.id}" has two options with the same value.`);
      }
      if (item.type === "number" && item.min >= item.max) problem([...path, "max"], `Item "${item.id}": max must be greater than min.`);
      if (item.showWhen) {
        const source = seen.get(item.showWhen.itemId);
        if (!source) {
          problem([...path, "showWhen", "itemId"], `Item "${item.id}" depends on "${item.showWhen.itemId}", which is not an earlier item.`);
        } else {
          const accepted = acceptedValues(source);
          const unknown = accepted ? item.showWhen.anyOf.filter((value) => !accepted.includes(value)) : [];
          if (unknown.length > 0) problem([...path, "showWhen", "anyOf"], `Item "${item.id}" depends on answers "${unknown.join('", "')}" that "${source.id}" does not have.`);
        }
      }
      seen.set(item.id, item);
    });
  });

  const scoreIds = new Set<string>();
  definition.scores.forEach((score, s) => {
    const path = ["scores", s];
    if (scoreIds.has(score.id) || seen.has(score.id)) problem([...path, "id"], `Score id "${score.id}" is already used.`);
    scoreIds.add(score.id);
    if (new Set(score.itemIds).size !== score.itemIds.length) problem([...path, "itemIds"], `Score "${score.id}" lists an item twice.`);
    let isComplete = true;
    score.itemIds.forEach((id, i) => {
      const item = seen.get(id);
      if (!item) {
        problem([...path, "itemIds", i], `Score "${score.id}" names "${id}", which is not an item.`);
        isComplete = false;
      } else if (item.type === "judgement") {
        problem([...path, "itemIds", i], `Score "${score.id}" includes the judgement "${id}": judgements are never summed.`);
        isComplete = false;
      } else if (!itemScoreRange(item)) {
        problem([...path, "itemIds", i], `Score "${score.id}" includes "${id}", which is not scored.`);
        isComplete = false;
      }
    });
    if (score.missing.rule === "prorate" && score.missing.minAnswered > score.itemIds.length) {
      problem([...path, "missing", "minAnswered"], `Score "${score.id}" can never have ${score.missing.minAnswered} answers: it has ${score.itemIds.length} items.`);
    }
    if (!isComplete || score.bands.length === 0) return;
    const range = scoreRange(definition, score);
    if (score.bands[0]!.from !== range.min) {
      problem([...path, "bands", 0, "from"], `Score "${score.id}": the first band must start at the lowest possible score, ${range.min}.`);
    }
    score.bands.forEach((band, b) => {
      if (b > 0 && band.from <= score.bands[b - 1]!.from) problem([...path, "bands", b, "from"], `Score "${score.id}": bands must start in increasing order.`);
      if (band.from > range.max) problem([...path, "bands", b, "from"], `Score "${score.id}": a band starts at ${band.from}, above the highest possible score, ${range.max}.`);
    });
  });

  definition.flags.forEach((flag, f) => {
    const path = ["flags", f, "when"];
    if ("scoreId" in flag.when) {
      if (!scoreIds.has(flag.when.scoreId)) problem([...path, "scoreId"], `Flag "${flag.id}" names "${flag.when.scoreId}", which is not a score.`);
      return;
    }
    const item = seen.get(flag.when.itemId);
    if (!item) problem([...path, "itemId"], `Flag "${flag.id}" names "${flag.when.itemId}", which is not an item.`);
    else if ("above" in flag.when && !itemScoreRange(item) && item.type !== "number" && item.type !== "days_in_28" && item.type !== "rating_0_20") {
      problem([...path, "itemId"], `Flag "${flag.id}" compares "${item.id}" with a number, but it has no numeric value.`);
    }
  });
});

/** Checks a definition; answers the definition, or a message per problem naming where it is. */
export function loadInstrumentDefinition(input: unknown): { ok: true; definition: InstrumentDefinition } | { ok: false; problems: string[] } {
  const parsed = instrumentDefinitionSchema.safeParse(input);
  if (parsed.success) return { ok: true, definition: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join(".") || "(definition)"}: ${issue.message}`) };
}
