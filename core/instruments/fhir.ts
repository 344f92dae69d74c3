/**
 * Instruments as FHIR R4 `Questionnaire` resources, and completed assessments as
 * `QuestionnaireResponse`s, for exchange with other systems; official item wording brought in from one.
 *
 * Export maps sections to groups and items to questions: choices carry their scores as the
 * `ordinalValue` extension, numbers their limits as `minValue`/`maxValue`, conditional items
 * `enableWhen`, and a judgement is a present/absent/unknown choice with an evidence question
 * beneath it. Scores, bands and flags have no core FHIR form, so the full definition also travels
 * in an extension, which is what makes an export importable again unchanged.
 *
 * A response mirrors its Questionnaire (same groups, `linkId`s and answer codes), holds only the
 * answered items that were shown, names the client only by their pseudonymous reference, and
 * carries the computed scores and bands in an extension.
 *
 * Importing wording never touches scoring: `applyQuestionnaireWording` takes a definition and a
 * Questionnaire whose `linkId`s and answer codes match it, and replaces only the texts.
 */
import { allItems, type InstrumentDefinition, type Item } from "./definition.js";
import { checkAnswers, scoreInstrument, shownItems, type Answer, type Answers } from "./score.js";

export const definitionExtensionUrl = "https://pathways.example/fhir/StructureDefinition/instrument-definition";
export const scoresExtensionUrl = "https://pathways.example/fhir/StructureDefinition/instrument-scores";
export const clientReferenceSystem = "https://pathways.example/fhir/client-reference";
// A client reference as `core/references.ts` makes it: "C-", then 4 + 4 characters of Crockford's base32.
const clientReferencePattern = /^C-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
const ordinalValueUrl = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
const minValueUrl = "http://hl7.org/fhir/StructureDefinition/minValue";
const maxValueUrl = "http://hl7.org/fhir/StructureDefinition/maxValue";
const judgementStatuses = [
  { code: "present", display: "Present" },
  { code: "absent", display: "Absent" },
  { code: "unknown", display: "Unknown" },
];

type FhirItem = Record<string, unknown> & { linkId: string; text?: string; item?: FhirItem[]; answerOption?: { valueCoding?: { code?: string; display?: string } }[] };
export interface Questionnaire {
  resourceType: "Questionnaire";
  status: "active" | "draft" | "retired" | "unknown";
  item?: FhirItem[];
  [key: string]: unknown;
}

const limits = (min: number, max: number, isInteger: boolean) => [
  { url: minValueUrl, [isInteger ? "valueInteger" : "valueDecimal"]: min },
  { url: maxValueUrl, [isInteger ? "valueInteger" : "valueDecimal"]: max },
];

function enableWhen(item: Item, items: ReadonlyMap<string, Item>) {
  if (!item.showWhen) return {};
  const source = items.get(item.showWhen.itemId);
  const conditions = item.showWhen.anyOf.map((value) =>
    typeof value === "boolean"
      ? { question: item.showWhen!.itemId, operator: "=", answerBoolean: value }
      : source?.type === "choice"
        ? { question: item.showWhen!.itemId, operator: "=", answerCoding: { code: String(value) } }
        : typeof value === "number"
          ? { question: item.showWhen!.itemId, operator: "=", answerDecimal: value }
          : { question: item.showWhen!.itemId, operator: "=", answerString: value },
  );
  return { enableWhen: conditions, ...(conditions.length > 1 ? { enableBehavior: "any" } : {}) };
}

function questionOf(item: Item, items: ReadonlyMap<string, Item>): FhirItem {
  const common = { linkId: item.id, text: item.label, required: item.isRequired, ...enableWhen(item, items) };
  switch (item.type) {
    case "choice":
      return {
        ...common,
        type: "choice",
        answerOption: item.options.map((option) => ({
          valueCoding: { code: option.value, display: option.label },
          ...(option.score !== null ? { extension: [{ url: ordinalValueUrl, valueDecimal: option.score }] } : {}),
        })),
      };
    case "yes_no":
      return { ...common, type: "boolean" };
    case "number":
      return { ...common, type: item.isInteger ? "integer" : "decimal", extension: limits(item.min, item.max, item.isInteger) };
    case "days_in_28":
      return { ...common, type: "integer", extension: limits(0, 28, true) };
    case "rating_0_20":
      return { ...common, type: "integer", extension: limits(0, 20, true) };
    case "text":
      return { ...common, type: "text", maxLength: item.maxLength };
    case "judgement":
      return {
        ...common,
        type: "choice",
        answerOption: judgementStatuses.map((status) => ({ valueCoding: status })),
        item: [{ linkId: `${item.id}.evidence`, text: "Evidence", type: "text", required: false }],
      };
  }
}

const questionnaireUrl = (definition: InstrumentDefinition) => `https://pathways.example/fhir/Questionnaire/${definition.key}`;

/** The definition as a FHIR R4 Questionnaire. */
export function toQuestionnaire(definition: InstrumentDefinition): Questionnaire {
  const items = new Map(allItems(definition).map((item) => [item.id, item]));
  return {
    resourceType: "Questionnaire",
    url: questionnaireUrl(definition),
    version: String(definition.version),
    name: definition.key.replace(/(^|_)([a-z0-9])/g, (_match, _separator: string, letter: string) => letter.toUpperCase()),
    title: definition.title,
    status: "active",
    ...(definition.description ? { description: definition.description } : {}),
    ...(definition.licence ? { copyright: definition.licence.summary } : {}),
    extension: [{ url: definitionExtensionUrl, valueString: JSON.stringify(definition) }],
    item: definition.sections.map((section) => ({
      linkId: section.id,
      text: section.title,
      type: "group",
      item: section.items.map((item) => questionOf(item, items)),
    })),
  };
}

type ResponseValue =
  | { valueCoding: { code: string; display: string } }
  | { valueBoolean: boolean }
  | { valueInteger: number }
  | { valueDecimal: number }
  | { valueString: string };
/** One answer; a judgement's evidence is an item nested under its answer, as FHIR R4 places it. */
export type QuestionnaireResponseAnswer = ResponseValue & { item?: QuestionnaireResponseItem[] };
export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}
export interface FhirExtension {
  url: string;
  valueString?: string;
  valueDecimal?: number;
  extension?: FhirExtension[];
}
export interface QuestionnaireResponse {
  resourceType: "QuestionnaireResponse";
  id: string;
  /** The Questionnaire's canonical URL and version, `url|version`. */
  questionnaire: string;
  status: QuestionnaireResponseMeta["status"];
  subject: { identifier: { system: string; value: string } };
  authored: string;
  author?: { display: string };
  /** One `instrument-scores` extension per score: `id`, `value` (when there is one), `band` (when there is one). */
  extension?: FhirExtension[];
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponseMeta {
  /** A FHIR id (letters, digits, "-" and ".", at most 64), such as the assessment's UUID. */
  id: string;
  status: "in-progress" | "completed" | "amended" | "entered-in-error";
  /** An ISO 8601 date-time with its offset, such as `Date.prototype.toISOString()` gives. */
  authored: string;
  /** The client's pseudonymous reference, such as "C-7KQ4-M2XD": never a name. */
  subjectReference: string;
  authorDisplay?: string;
}

/** An answer in the FHIR type its question has in `toQuestionnaire`, or null when there is nothing to send. */
function responseAnswer(item: Item, answer: Answer): QuestionnaireResponseAnswer | null {
  switch (item.type) {
    case "choice": {
      const option = item.options.find((candidate) => candidate.value === answer);
      return option ? { valueCoding: { code: option.value, display: option.label } } : null;
    }
    case "yes_no":
      return typeof answer === "boolean" ? { valueBoolean: answer } : null;
    case "number":
      if (typeof answer !== "number") return null;
      return item.isInteger ? { valueInteger: answer } : { valueDecimal: answer };
    case "days_in_28":
    case "rating_0_20":
      return typeof answer === "number" ? { valueInteger: answer } : null;
    case "text":
      // A FHIR string cannot be empty, so an empty text is sent as no answer.
      return typeof answer === "string" && answer !== "" ? { valueString: answer } : null;
    case "judgement": {
      if (typeof answer !== "object") return null;
      const status = judgementStatuses.find((candidate) => candidate.code === answer.status)!;
      const hasEvidence = answer.evidence.trim() !== "";
      return {
        valueCoding: status,
        ...(hasEvidence ? { item: [{ linkId: `${item.id}.evidence`, text: "Evidence", answer: [{ valueString: answer.evidence }] }] } : {}),
      };
    }
  }
}

function scoresExtension(definition: InstrumentDefinition, answers: Answers): FhirExtension[] {
  return scoreInstrument(definition, answers).scores.map((score) => ({
    url: scoresExtensionUrl,
    extension: [
      { url: "id", valueString: score.id },
      ...(score.value !== null ? [{ url: "value", valueDecimal: score.value }] : []),
      ...(score.band ? [{ url: "band", valueString: score.band.label }] : []),
    ],
  }));
}

/**
 * Answers to a definition as a FHIR R4 QuestionnaireResponse to the Questionnaire `toQuestionnaire`
 * makes of it. Items hidden by an earlier answer and unanswered items are left out, and so is a
 * section with no answers. Throws if the answers do not fit the definition (check them with
 * `checkAnswers` first), or if the subject is not a client reference: a response leaves the
 * service, so it must never carry a name.
 */
export function toQuestionnaireResponse(definition: InstrumentDefinition, answers: Answers, meta: QuestionnaireResponseMeta): QuestionnaireResponse {
  if (!clientReferencePattern.test(meta.subjectReference)) {
    // The value is left out of the message on purpose: it may be the very name that must not leave.
    throw new Error('The subject of a QuestionnaireResponse must be a client reference such as "C-7KQ4-M2XD".');
  }
  const problems = checkAnswers(definition, answers, { isSubmitting: false });
  if (problems.length > 0) {
    throw new Error(`The answers do not fit ${definition.key} version ${definition.version}: ${problems.map((problem) => `${problem.itemId}: ${problem.message}`).join(" ")}`);
  }
  const shown = new Set(shownItems(definition, answers).map((item) => item.id));
  const groups = definition.sections.flatMap((section): QuestionnaireResponseItem[] => {
    const answered = section.items.flatMap((item) => {
      const answer = answers[item.id];
      const encoded = shown.has(item.id) && answer !== undefined ? responseAnswer(item, answer) : null;
      return encoded ? [{ linkId: item.id, text: item.label, answer: [encoded] }] : [];
    });
    return answered.length > 0 ? [{ linkId: section.id, text: section.title, item: answered }] : [];
  });
  const extension = scoresExtension(definition, answers);
  return {
    resourceType: "QuestionnaireResponse",
    id: meta.id,
    questionnaire: `${questionnaireUrl(definition)}|${definition.version}`,
    status: meta.status,
    subject: { identifier: { system: clientReferenceSystem, value: meta.subjectReference } },
    authored: meta.authored,
    ...(meta.authorDisplay ? { author: { display: meta.authorDisplay } } : {}),
    ...(extension.length > 0 ? { extension } : {}),
    // FHIR allows no empty arrays: a response with no answers yet has no items.
    ...(groups.length > 0 ? { item: groups } : {}),
  };
}

/** The definition carried by a Questionnaire this app exported, if it carries one. */
export function definitionCarriedBy(questionnaire: Questionnaire): unknown {
  const extensions = (questionnaire.extension ?? []) as { url?: string; valueString?: string }[];
  const carried = extensions.find((extension) => extension.url === definitionExtensionUrl)?.valueString;
  if (carried === undefined) return undefined;
  try {
    return JSON.parse(carried) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The definition with its section titles, item labels and option labels taken from the
 * Questionnaire, matched by `linkId` and answer code; scores, bands and flags are left exactly as
 * they were. Returns the texts it could not place, so an import can be refused or reviewed.
 */
export function applyQuestionnaireWording(
  definition: InstrumentDefinition,
  questionnaire: Questionnaire,
): { definition: InstrumentDefinition; unmatched: string[] } {
  const byLinkId = new Map<string, FhirItem>();
  const collect = (items: readonly FhirItem[] = []) => {
    for (const item of items) {
      byLinkId.set(item.linkId, item);
      collect(item.item);
    }
  };
  collect(questionnaire.item);
  const known = new Set([...definition.sections.map((section) => section.id), ...allItems(definition).map((item) => item.id)]);
  const unmatched = [...byLinkId.keys()].filter((linkId) => !known.has(linkId) && !linkId.endsWith(".evidence"));
  const text = (linkId: string, fallback: string) => {
    const found = byLinkId.get(linkId)?.text?.trim();
    return found ? found : fallback;
  };
  const reworded: InstrumentDefinition = {
    ...definition,
    sections: definition.sections.map((section) => ({
      ...section,
      title: text(section.id, section.title),
      items: section.items.map((item): Item => {
        const label = text(item.id, item.label);
        if (item.type !== "choice") return { ...item, label };
        const options = byLinkId.get(item.id)?.answerOption ?? [];
        return {
          ...item,
          label,
          options: item.options.map((option) => {
            const display = options.find((candidate) => candidate.valueCoding?.code === option.value)?.valueCoding?.display?.trim();
            return display ? { ...option, label: display } : option;
          }),
        };
      }),
    })),
  };
  return { definition: reworded, unmatched };
}
