import { describe, expect, it } from "vitest";
import type { InstrumentDefinition } from "../../../core/instruments/definition.js";
import { answersToSave, isComplete, sameAnswers, withAnswer } from "./form-answers.js";

const definition: InstrumentDefinition = {
  key: "example",
  version: 1,
  title: "Example",
  kind: "screening",
  sections: [
    {
      id: "main",
      title: "Main",
      items: [
        { id: "drinks", label: "Drinks", type: "yes_no", isRequired: true, scores: { yes: 1, no: 0 } },
        { id: "how_much", label: "How much", type: "number", isRequired: true, min: 0, max: 50, isInteger: true, isScored: false, showWhen: { itemId: "drinks", anyOf: [true] } },
        { id: "note", label: "Note", type: "text", isRequired: false, maxLength: 100 },
        { id: "factor", label: "Factor", type: "judgement", isRequired: true },
      ],
    },
  ],
  scores: [],
  flags: [],
};

describe("assessments.form-answers", () => {
  it("saves only complete answers to the items shown now", () => {
    const form = { drinks: true, how_much: 12, note: "  ", factor: { status: null, evidence: "Said so" } };
    expect(answersToSave(definition, form)).toEqual({ drinks: true, how_much: 12 });
  });

  it("leaves out an answer to an item an earlier answer has hidden, but the form keeps it", () => {
    const form = { drinks: false, how_much: 12 };
    expect(answersToSave(definition, form)).toEqual({ drinks: false });
    expect(answersToSave(definition, { ...form, drinks: true })).toEqual({ drinks: true, how_much: 12 });
  });

  it("saves a judgement once its status is chosen, with its evidence", () => {
    expect(answersToSave(definition, { factor: { status: "present", evidence: "Seen at the meeting" } })).toEqual({
      factor: { status: "present", evidence: "Seen at the meeting" },
    });
  });

  it("keeps items in the definition's order and drops unknown items", () => {
    expect(Object.keys(answersToSave(definition, { note: "x", drinks: false, stray: 3 }))).toEqual(["drinks", "note"]);
  });

  it("treats blank text, NaN and a judgement without status as unanswered", () => {
    expect(isComplete("")).toBe(false);
    expect(isComplete(Number.NaN)).toBe(false);
    expect(isComplete({ status: null, evidence: "x" })).toBe(false);
    expect(isComplete(false)).toBe(true);
    expect(isComplete(0)).toBe(true);
  });

  it("removes an emptied answer rather than keeping it blank", () => {
    expect(withAnswer({ note: "x" }, "note", "")).toEqual({});
    expect(withAnswer({ factor: { status: null, evidence: "x" } }, "factor", { status: null, evidence: "" })).toEqual({});
    expect(withAnswer({}, "drinks", false)).toEqual({ drinks: false });
  });

  it("compares answer sets by value", () => {
    expect(sameAnswers({ a: 1, b: { status: "absent", evidence: "" } }, { b: { status: "absent", evidence: "" }, a: 1 })).toBe(true);
    expect(sameAnswers({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameAnswers({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});
