/**
 * An answer in words against the item it answered, as the results page lists them: a choice by its
 * label in the version used, yes or no, a number with its unit, a rating out of 20, a judgement
 * with its evidence. Never a number for a judgement.
 */
import type { TFunction } from "i18next";
import type { Item } from "../../../core/instruments/definition.js";
import type { Answer } from "../../../core/instruments/score.js";

export interface AnswerWords {
  text: string;
  /** A judgement's evidence, shown under it. */
  evidence?: string;
}

export function answerWords(item: Item, answer: Answer | undefined, t: TFunction, formatNumber: (value: number) => string): AnswerWords {
  if (answer === undefined) return { text: t("assessments.answers.none") };
  if (item.type === "judgement") {
    if (typeof answer !== "object") return { text: String(answer) };
    return { text: t(`assessments.answers.judgement.${answer.status}`), ...(answer.evidence.trim() ? { evidence: answer.evidence } : {}) };
  }
  if (typeof answer === "object") return { text: answer.evidence };
  switch (item.type) {
    case "choice":
      return { text: item.options.find((option) => option.value === answer)?.label ?? String(answer) };
    case "yes_no":
      return { text: answer === true ? t("assessments.answers.yes") : answer === false ? t("assessments.answers.no") : String(answer) };
    case "number":
      return { text: typeof answer === "number" ? (item.unit ? `${formatNumber(answer)} ${item.unit}` : formatNumber(answer)) : String(answer) };
    case "days_in_28":
      return { text: typeof answer === "number" ? t("assessments.answers.daysOf28", { count: answer, days: formatNumber(answer) }) : String(answer) };
    case "rating_0_20":
      return { text: typeof answer === "number" ? t("assessments.answers.ratingOf20", { value: formatNumber(answer) }) : String(answer) };
    case "text":
      return { text: String(answer) };
  }
}
