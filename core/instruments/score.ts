/**
 * The scoring engine: a pure function from a definition and a set of answers to scores, bands and
 * flags. It never reads the clock, the database or anything else, so a stored response scored
 * against the definition version it used always gives the same result.
 */
import {
  allItems,
  itemScore,
  type AnswerValue,
  type FlagDefinition,
  type InstrumentDefinition,
  type Item,
  type ScoreDefinition,
  itemsById,
  scoreRangeAmong,
} from "./definition.js";

/** A judgement's answer: present, absent or unknown, with the evidence for it. */
export interface JudgementAnswer {
  status: "present" | "absent" | "unknown";
  evidence: string;
}
export type Answer = AnswerValue | JudgementAnswer;
export type Answers = Readonly<Record<string, Answer>>;

export interface ScoreResult {
  id: string;
  label: string;
  /** Null when too many shown items are unanswered for the score's missing-answer rule. */
  value: number | null;
  range: { min: number; max: number };
  band: { label: string; level: string } | null;
  answered: number;
  /** Items of this score that are shown but not answered. */
  missingItemIds: string[];
  isProrated: boolean;
}

export interface FlagResult {
  id: string;
  label: string;
  severity: "warning" | "urgent";
}

export interface InstrumentResult {
  scores: ScoreResult[];
  flags: FlagResult[];
  /** Items shown for these answers, in order (conditional items hidden by an earlier answer left out). */
  shownItemIds: string[];
}

const isPlainValue = (answer: Answer | undefined): answer is AnswerValue => answer !== undefined && typeof answer !== "object";

/** Items shown for these answers: an item with `showWhen` only when its earlier item has one of the listed answers. */
export function shownItems(definition: InstrumentDefinition, answers: Answers): Item[] {
  const shown = new Set<string>();
  return allItems(definition).filter((item) => {
    const condition = item.showWhen;
    const isShown = !condition || (shown.has(condition.itemId) && condition.anyOf.some((value) => value === answers[condition.itemId]));
    if (isShown) shown.add(item.id);
    return isShown;
  });
}

/** The band a value falls in: the last band starting at or below it. */
export function bandFor(bands: ScoreDefinition["bands"], value: number): { label: string; level: string } | null {
  let found: { label: string; level: string } | null = null;
  for (const band of bands) if (value >= band.from) found = { label: band.label, level: band.level };
  return found;
}

function scoreOne(items: ReadonlyMap<string, Item>, score: ScoreDefinition, shown: ReadonlyMap<string, Item>, answers: Answers): ScoreResult {
  const range = scoreRangeAmong(items, score);
  // Items hidden by an earlier answer do not apply and count as nothing.
  const applicable = score.itemIds.filter((id) => shown.has(id));
  let sum = 0;
  let answered = 0;
  const missingItemIds: string[] = [];
  for (const id of applicable) {
    const answer = answers[id];
    const points = isPlainValue(answer) ? itemScore(shown.get(id)!, answer) : null;
    if (points === null) missingItemIds.push(id);
    else {
      sum += points;
      answered += 1;
    }
  }
  let value: number | null = sum;
  let isProrated = false;
  if (missingItemIds.length > 0) {
    if (score.missing.rule === "require_all") value = null;
    else if (score.missing.rule === "prorate") {
      if (answered < score.missing.minAnswered) value = null;
      else {
        value = Math.min(range.max, Math.floor((sum * applicable.length) / answered + 0.5));
        isProrated = true;
      }
    }
  }
  return {
    id: score.id,
    label: score.label,
    value,
    range,
    band: value === null ? null : bandFor(score.bands, value),
    answered,
    missingItemIds,
    isProrated,
  };
}

function isRaised(flag: FlagDefinition, shown: ReadonlyMap<string, Item>, answers: Answers, scores: readonly ScoreResult[]): boolean {
  const when = flag.when;
  if ("scoreId" in when) {
    const value = scores.find((score) => score.id === when.scoreId)?.value;
    return value !== null && value !== undefined && value >= when.atLeast;
  }
  const item = shown.get(when.itemId);
  const answer = answers[when.itemId];
  if (!item || !isPlainValue(answer)) return false;
  if ("anyOf" in when) return when.anyOf.some((value) => value === answer);
  const numeric = itemScore(item, answer) ?? (typeof answer === "number" ? answer : null);
  return numeric !== null && numeric > when.above;
}

export function scoreInstrument(definition: InstrumentDefinition, answers: Answers): InstrumentResult {
  const shownList = shownItems(definition, answers);
  const shown = new Map(shownList.map((item) => [item.id, item]));
  const items = itemsById(definition);
  const scores = definition.scores.map((score) => scoreOne(items, score, shown, answers));
  const flags = definition.flags
    .filter((flag) => isRaised(flag, shown, answers, scores))
    .map((flag) => ({ id: flag.id, label: flag.label, severity: flag.severity }));
  return { scores, flags, shownItemIds: shownList.map((item) => item.id) };
}

/** One problem with one answer, named by item. */
export interface AnswerProblem {
  itemId: string;
  message: string;
}

function checkAnswer(item: Item, answer: Answer): string | null {
  switch (item.type) {
    case "choice":
      return typeof answer === "string" && item.options.some((option) => option.value === answer) ? null : "Choose one of the options.";
    case "yes_no":
      return typeof answer === "boolean" ? null : "Answer yes or no.";
    case "number":
      if (typeof answer !== "number" || !Number.isFinite(answer)) return "Enter a number.";
      if (item.isInteger && !Number.isInteger(answer)) return "Enter a whole number.";
      return answer < item.min || answer > item.max ? `Enter a number from ${item.min} to ${item.max}.` : null;
    case "days_in_28":
      return typeof answer === "number" && Number.isInteger(answer) && answer >= 0 && answer <= 28 ? null : "Enter a number of days from 0 to 28.";
    case "rating_0_20":
      return typeof answer === "number" && Number.isInteger(answer) && answer >= 0 && answer <= 20 ? null : "Choose a rating from 0 to 20.";
    case "text":
      return typeof answer === "string" && answer.length <= item.maxLength ? null : `Write at most ${item.maxLength} characters.`;
    case "judgement":
      return typeof answer === "object" && ["present", "absent", "unknown"].includes(answer.status) && typeof answer.evidence === "string" && answer.evidence.length <= 4000
        ? null
        : "Record present, absent or unknown, with the evidence.";
  }
}

/**
 * Checks answers against the definition: no unknown items, each answer of the right kind and in
 * range, and (when `isSubmitting`) every required item that is shown answered. A draft may be
 * incomplete; a submitted response may not.
 */
export function checkAnswers(definition: InstrumentDefinition, answers: Answers, options: { isSubmitting: boolean }): AnswerProblem[] {
  const items = new Map(allItems(definition).map((item) => [item.id, item]));
  const problems: AnswerProblem[] = [];
  for (const [itemId, answer] of Object.entries(answers)) {
    const item = items.get(itemId);
    if (!item) problems.push({ itemId, message: "This is not a question of this instrument." });
    else {
      const message = checkAnswer(item, answer);
      if (message) problems.push({ itemId, message });
    }
  }
  if (options.isSubmitting) {
    for (const item of shownItems(definition, answers)) {
      if (item.isRequired && answers[item.id] === undefined) problems.push({ itemId: item.id, message: "Answer this question." });
    }
  }
  return problems;
}
