import { describe, expect, it } from "vitest";
import { readDocument, splitProblem } from "./import-document.js";

describe("instruments.import-document", () => {
  it("accepts one JSON object and recognises a FHIR Questionnaire", () => {
    expect(readDocument('{"key":"x"}')).toEqual({ ok: true, document: { key: "x" }, isQuestionnaire: false });
    expect(readDocument('{"resourceType":"Questionnaire"}')).toMatchObject({ ok: true, isQuestionnaire: true });
  });

  it("says why anything else cannot be imported", () => {
    expect(readDocument("  ")).toEqual({ ok: false, problem: "empty" });
    expect(readDocument("[1,2]")).toEqual({ ok: false, problem: "not_object" });
    expect(readDocument("{key: 1}")).toMatchObject({ ok: false, problem: "not_json" });
  });

  it("separates the part of the definition a problem names from what is wrong with it", () => {
    expect(splitProblem('sections.0.items.1.id: Item id "q1" is used twice.')).toEqual({ part: "sections.0.items.1.id", text: 'Item id "q1" is used twice.' });
    expect(splitProblem("(definition): Required")).toEqual({ part: "(definition)", text: "Required" });
    expect(splitProblem("To use its wording, choose that instrument (wordingFor).")).toEqual({ part: null, text: "To use its wording, choose that instrument (wordingFor)." });
  });
});
