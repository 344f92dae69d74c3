/**
 * Answers as the form holds them, and as they are saved. The form may hold what is not yet an
 * answer (a judgement whose evidence is typed before present/absent/unknown is chosen, an emptied
 * box) and answers to items an earlier answer has since hidden (kept, in case it is changed back).
 * What is saved and scored is only the complete answers to the items shown now.
 */
import type { InstrumentDefinition } from "../../../core/instruments/definition.js";
import { shownItems, type Answer, type Answers, type JudgementAnswer } from "../../../core/instruments/score.js";

/** A judgement being recorded: evidence may come before the status is chosen. */
export interface PartialJudgement {
  status: JudgementAnswer["status"] | null;
  evidence: string;
}
export type FormAnswer = Answer | PartialJudgement;
export type FormAnswers = Readonly<Record<string, FormAnswer>>;

/** Whether a held value is a complete answer: no blank text, no judgement without its status, no NaN. */
export function isComplete(value: FormAnswer | undefined): value is Answer {
  if (value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "boolean") return true;
  return value.status !== null;
}

/** The complete answers, in item order; used for live scoring and for checking visibility. */
function completeAnswers(definition: InstrumentDefinition, form: FormAnswers): Answers {
  const complete: Record<string, Answer> = {};
  for (const section of definition.sections) {
    for (const item of section.items) {
      const value = form[item.id];
      if (isComplete(value)) complete[item.id] = value;
    }
  }
  return complete;
}

/**
 * What is saved and scored: complete answers to the items shown for those answers. An answer to an
 * item an earlier answer has hidden does not apply (the instrument skips it) and is left out.
 */
export function answersToSave(definition: InstrumentDefinition, form: FormAnswers): Answers {
  const complete = completeAnswers(definition, form);
  const saved: Record<string, Answer> = {};
  for (const item of shownItems(definition, complete)) {
    const value = complete[item.id];
    if (value !== undefined) saved[item.id] = value;
  }
  return saved;
}

/** The form's value after a change to one item: an emptied answer is removed, not kept as blank. */
export function withAnswer(form: FormAnswers, itemId: string, value: FormAnswer | undefined): FormAnswers {
  const next: Record<string, FormAnswer> = { ...form };
  const isEmptyJudgement = value !== undefined && typeof value === "object" && value.status === null && value.evidence === "";
  if (value === undefined || value === "" || isEmptyJudgement) delete next[itemId];
  else next[itemId] = value;
  return next;
}

/** Two saved answer sets hold the same answers (to tell whether anything is left to save). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}
