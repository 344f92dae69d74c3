import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import type { Item } from "../../../core/instruments/definition.js";
import { answerWords } from "./answer-text.js";

// Echoes the key and its values, so the test sees what would be asked of the catalogue.
const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction;
const number = (value: number) => String(value);

const choice: Item = {
  id: "q1",
  label: "How often",
  type: "choice",
  isRequired: true,
  options: [
    { value: "never", label: "Never", score: 0 },
    { value: "weekly", label: "Weekly", score: 3 },
  ],
};

describe("assessments.answer-text", () => {
  it("names a choice by its label in the version used", () => {
    expect(answerWords(choice, "weekly", t, number)).toEqual({ text: "Weekly" });
    expect(answerWords(choice, "gone", t, number)).toEqual({ text: "gone" });
  });

  it("says yes or no, and when nothing was answered", () => {
    const item: Item = { id: "harm", label: "Harm", type: "yes_no", isRequired: true, scores: null };
    expect(answerWords(item, true, t, number).text).toBe("assessments.answers.yes");
    expect(answerWords(item, false, t, number).text).toBe("assessments.answers.no");
    expect(answerWords(item, undefined, t, number).text).toBe("assessments.answers.none");
  });

  it("gives numbers with their unit, days out of 28 and ratings out of 20", () => {
    expect(answerWords({ id: "u", label: "Units", type: "number", isRequired: false, min: 0, max: 200, isInteger: true, unit: "units", isScored: false }, 12, t, number).text).toBe("12 units");
    expect(answerWords({ id: "d", label: "Days", type: "days_in_28", isRequired: true, isScored: true }, 3, t, number).text).toBe('assessments.answers.daysOf28 {"count":3,"days":"3"}');
    expect(answerWords({ id: "r", label: "Rating", type: "rating_0_20", isRequired: true, isScored: true }, 14, t, number).text).toBe('assessments.answers.ratingOf20 {"value":"14"}');
  });

  it("gives a judgement as present, absent or unknown with its evidence, never a number", () => {
    const item: Item = { id: "grievance", label: "Grievance", type: "judgement", isRequired: true };
    expect(answerWords(item, { status: "present", evidence: "Said so twice" }, t, number)).toEqual({ text: "assessments.answers.judgement.present", evidence: "Said so twice" });
    expect(answerWords(item, { status: "unknown", evidence: " " }, t, number)).toEqual({ text: "assessments.answers.judgement.unknown" });
  });
});
