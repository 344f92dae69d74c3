/**
 * Instruments as FHIR R4 `Questionnaire` resources, for exchange with other systems, and official
 * item wording brought in from one.
 *
 * Export maps sections to groups and items to questions: choices carry their scores as the
 * `ordinalValue` extension, numbers their limits as `minValue`/`maxValue`, conditional items
 * `enableWhen`, and a judgement is a present/absent/unknown choice with an evidence question
 * beneath it. Scores, bands and flags have no core FHIR form, so the full definition also travels
 * in an extension, which is what makes an export importable again unchanged.
 *
 * Importing wording never touches scoring: `applyQuestionnaireWording` takes a definition and a
 * Questionnaire whose `linkId`s and answer codes match it, and replaces only the texts.
 */
import { allItems, type InstrumentDefinition, type Item } from "./definition.js";

export const definitionExtensionUrl = "https://pathways.example/fhir/StructureDefinition/instrument-definition";
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

/** The definition as a FHIR R4 Questionnaire. */
export function toQuestionnaire(definition: InstrumentDefinition): Questionnaire {
  const items = new Map(allItems(definition).map((item) => [item.id, item]));
  return {
    resourceType: "Questionnaire",
    url: `https://pathways.example/fhir/Questionnaire/${definition.key}`,
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
