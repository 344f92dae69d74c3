import { describe, expect, it } from "vitest";
import { audit } from "./built-in/audit.js";
import { extremismVulnerability } from "./built-in/cross-vulnerability.js";
import { craving } from "./built-in/gad7-sds-craving.js";
import { builtInInstruments } from "./built-in/index.js";
import { phq9 } from "./built-in/phq9-dast10.js";
import { top } from "./built-in/top.js";
import { allItems, loadInstrumentDefinition, type InstrumentDefinition, type Item } from "./definition.js";
import {
  applyQuestionnaireWording,
  definitionCarriedBy,
  toQuestionnaire,
  toQuestionnaireResponse,
  type Questionnaire,
  type QuestionnaireResponse,
  type QuestionnaireResponseMeta,
} from "./fhir.js";
import { scoreInstrument, type Answer, type Answers } from "./score.js";
import { fhirValidator } from "../../test/fhir-schema.js";

const validate = fhirValidator();

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

describe("instruments.fhir responses", () => {
  const meta: QuestionnaireResponseMeta = {
    id: "3f1c9a52-7d4e-4b8a-9c2e-1a6b5d7e8f90",
    status: "completed",
    authored: "2026-03-14T10:30:00.000Z",
    subjectReference: "C-7KQ4-M2XD",
    authorDisplay: "Keyworker",
  };

  /** Every item answered: the first or last option, yes, the lowest number, some text, a judgement with evidence. */
  const fullAnswers = (definition: InstrumentDefinition, option: "first" | "last"): Answers => {
    const answerTo = (item: Item): Answer => {
      switch (item.type) {
        case "choice":
          return (option === "first" ? item.options[0] : item.options.at(-1))!.value;
        case "yes_no":
          return true;
        case "number":
          return item.min;
        case "days_in_28":
        case "rating_0_20":
          return 0;
        case "text":
          return "text";
        case "judgement":
          return { status: "present", evidence: "seen at school" };
      }
    };
    return Object.fromEntries(allItems(definition).map((item) => [item.id, answerTo(item)]));
  };
  const expectValid = (resource: unknown) => {
    const isValid = validate(resource);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(isValid).toBe(true);
  };
  const linkIds = (response: QuestionnaireResponse) => response.item?.flatMap((group) => group.item?.map((item) => item.linkId) ?? []) ?? [];

  it.each(builtInInstruments.flatMap((definition) => (["first", "last"] as const).map((option) => [definition.key, option, definition] as const)))(
    "exports a full %s response (%s options) as a valid FHIR R4 QuestionnaireResponse",
    (_key, option, definition) => {
      expectValid(toQuestionnaireResponse(definition, fullAnswers(definition, option), meta));
    },
  );

  it.each(builtInInstruments.map((definition) => [definition.key, definition] as const))("mirrors the %s Questionnaire: its canonical, groups and questions in order", (_key, definition) => {
    const questionnaire = toQuestionnaire(definition);
    const response = toQuestionnaireResponse(definition, fullAnswers(definition, "last"), meta);
    expect(response.questionnaire).toBe(`${questionnaire.url as string}|${questionnaire.version as string}`);
    // Each answered question sits in the group it sits in in the Questionnaire, in the same order.
    const questionPaths = (questionnaire.item ?? []).flatMap((group) => (group.item ?? []).map((item) => `${group.linkId}/${item.linkId}`));
    const answerPaths = (response.item ?? []).flatMap((group) => (group.item ?? []).map((item) => `${group.linkId}/${item.linkId}`));
    expect(answerPaths.length).toBeGreaterThan(0);
    expect(answerPaths).toEqual(questionPaths.filter((path) => answerPaths.includes(path)));
  });

  it("names the Questionnaire by its canonical URL and version", () => {
    expect(toQuestionnaireResponse(audit, { q1: "never" }, meta).questionnaire).toBe("https://pathways.example/fhir/Questionnaire/audit|1");
  });

  it("leaves out questions hidden by an earlier answer, even if they hold an old answer", () => {
    // Someone who never drinks skips questions 2 to 8; answers left from an earlier draft do not count.
    const answers = { q1: "never", q2: "ten_plus", q3: "daily", q4: "daily", q5: "daily", q6: "daily", q7: "daily", q8: "daily", q9: "yes_last_year", q10: "yes_not_last_year" };
    const response = toQuestionnaireResponse(audit, answers, meta);
    expect(linkIds(response)).toEqual(["q1", "q9", "q10"]);
    expect(response.extension).toEqual([
      {
        url: "https://pathways.example/fhir/StructureDefinition/instrument-scores",
        extension: [
          { url: "id", valueString: "total" },
          { url: "value", valueDecimal: 6 },
          { url: "band", valueString: "Lower risk" },
        ],
      },
    ]);
    expectValid(response);
  });

  it("sends a choice as its code and label, and a question without an answer not at all", () => {
    const response = toQuestionnaireResponse(audit, { q1: "monthly_or_less", q2: "three_four" }, meta);
    expect(response.item).toEqual([
      {
        linkId: "drinking",
        text: "Drinking",
        item: [
          { linkId: "q1", text: "How often they have a drink with alcohol in it", answer: [{ valueCoding: { code: "monthly_or_less", display: "Once a month or less" } }] },
          { linkId: "q2", text: "On a day when they drink, how many units they usually have", answer: [{ valueCoding: { code: "three_four", display: "3 or 4 units" } }] },
        ],
      },
    ]);
    // A score missing an answer has no value and no band, only its id.
    expect(response.extension?.[0]?.extension).toEqual([{ url: "id", valueString: "total" }]);
    expectValid({ ...response, status: "in-progress" });
  });

  it("sends each kind of answer in the FHIR type its question has", () => {
    const answerOf = (response: QuestionnaireResponse, linkId: string) => response.item?.flatMap((group) => group.item ?? []).find((item) => item.linkId === linkId)?.answer;
    const cravingResponse = toQuestionnaireResponse(craving, { strength: 7, trigger: "Walked past the old flat" }, meta);
    expect(answerOf(cravingResponse, "strength")).toEqual([{ valueInteger: 7 }]);
    expect(answerOf(cravingResponse, "trigger")).toEqual([{ valueString: "Walked past the old flat" }]);

    const topResponse = toQuestionnaireResponse(top, { opioid_days: 12, psychological_health: 9, shared_needles: false, alcohol_units: 14 }, meta);
    expect(answerOf(topResponse, "opioid_days")).toEqual([{ valueInteger: 12 }]);
    expect(answerOf(topResponse, "psychological_health")).toEqual([{ valueInteger: 9 }]);
    expect(answerOf(topResponse, "shared_needles")).toEqual([{ valueBoolean: false }]);
    expect(answerOf(topResponse, "alcohol_units")).toEqual([{ valueInteger: 14 }]);

    const withDecimal: InstrumentDefinition = {
      ...craving,
      sections: [{ id: "weight", title: "Weight", items: [{ id: "kilograms", label: "Weight in kilograms", type: "number", isRequired: true, min: 20, max: 300, isInteger: false, isScored: false }] }],
      scores: [],
    };
    const decimalResponse = toQuestionnaireResponse(withDecimal, { kilograms: 71.5 }, meta);
    expect(answerOf(decimalResponse, "kilograms")).toEqual([{ valueDecimal: 71.5 }]);
    expectValid(decimalResponse);
  });

  it("sends a judgement as present, absent or unknown, with its evidence nested under the answer", () => {
    const response = toQuestionnaireResponse(
      extremismVulnerability,
      { engagement_grievance: { status: "present", evidence: "Says the council took his family's home" }, engagement_threat: { status: "unknown", evidence: "" } },
      meta,
    );
    expect(response.item).toEqual([
      {
        linkId: "engagement",
        text: "Engagement with a group, cause or ideology",
        item: [
          {
            linkId: "engagement_grievance",
            text: "Feels a grievance or injustice",
            answer: [
              {
                valueCoding: { code: "present", display: "Present" },
                item: [{ linkId: "engagement_grievance.evidence", text: "Evidence", answer: [{ valueString: "Says the council took his family's home" }] }],
              },
            ],
          },
          { linkId: "engagement_threat", text: "Feels under threat", answer: [{ valueCoding: { code: "unknown", display: "Unknown" } }] },
        ],
      },
    ]);
    // The factors are never summed, so there are no scores to carry.
    expect(response.extension).toBeUndefined();
    expectValid(response);
  });

  it("leaves out a section with no answers, and has no items at all before anything is answered", () => {
    const response = toQuestionnaireResponse(extremismVulnerability, { summary: "Engaged with the mentor; no intent seen." }, meta);
    expect(response.item?.map((group) => group.linkId)).toEqual(["summary"]);
    const empty = toQuestionnaireResponse(phq9, {}, { ...meta, status: "in-progress" });
    expect(empty.item).toBeUndefined();
    expectValid(empty);
  });

  it("carries each score with its value and band", () => {
    const answers = { q1: "nearly_every_day", q2: "nearly_every_day", q3: "nearly_every_day", q4: "several_days", q5: "not_at_all", q6: "not_at_all", q7: "not_at_all", q8: "not_at_all", q9: "not_at_all" };
    expect(toQuestionnaireResponse(phq9, answers, meta).extension).toEqual([
      {
        url: "https://pathways.example/fhir/StructureDefinition/instrument-scores",
        extension: [
          { url: "id", valueString: "total" },
          { url: "value", valueDecimal: 10 },
          { url: "band", valueString: "Moderate" },
        ],
      },
    ]);
  });

  it("identifies the client only by their reference, and says who recorded it only when told", () => {
    const response = toQuestionnaireResponse(phq9, {}, meta);
    expect(response.subject).toEqual({ identifier: { system: "https://pathways.example/fhir/client-reference", value: "C-7KQ4-M2XD" } });
    expect(response).toMatchObject({ resourceType: "QuestionnaireResponse", id: meta.id, status: "completed", authored: "2026-03-14T10:30:00.000Z", author: { display: "Keyworker" } });
    const { authorDisplay: _authorDisplay, ...withoutAuthor } = meta;
    expect(toQuestionnaireResponse(phq9, {}, withoutAuthor)).not.toHaveProperty("author");
  });

  it("refuses a subject that is not a client reference, without repeating it", () => {
    expect(() => toQuestionnaireResponse(phq9, {}, { ...meta, subjectReference: "Jane Smith" })).toThrow(/client reference/);
    expect(() => toQuestionnaireResponse(phq9, {}, { ...meta, subjectReference: "Jane Smith" })).not.toThrow(/Jane/);
    expect(() => toQuestionnaireResponse(phq9, {}, { ...meta, subjectReference: "C-7KQ4-M2XDX" })).toThrow(/client reference/);
  });

  it("refuses answers that do not fit the definition", () => {
    expect(() => toQuestionnaireResponse(phq9, { q1: "sometimes" }, meta)).toThrow(/q1: Choose one of the options/);
    expect(() => toQuestionnaireResponse(phq9, { q10: "not_at_all" }, meta)).toThrow(/q10: This is not a question/);
  });

  it("refuses a response that is not a QuestionnaireResponse, so the validation can fail", () => {
    const response = toQuestionnaireResponse(audit, fullAnswers(audit, "last"), meta);
    expect(validate({ ...response, status: "done" })).toBe(false);
    expect(validate({ ...response, subject: { name: "Jane Smith" } })).toBe(false);
    expect(validate({ ...response, item: [{ linkId: "q1", answer: [{ valueCoding: { code: "never" }, valueText: "Never" }] }] })).toBe(false);
  });
});
