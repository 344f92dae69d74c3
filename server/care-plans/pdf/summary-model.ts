/**
 * What the client's printed summary says, as a list of blocks in reading order: their goals (in
 * their own words when they gave them) with target dates, the support they will get (in plain
 * words, who gives it and how often), what might get in the way and what will be done, the next
 * review and the organisation's name. Nothing else from the record: no case reference, no scores,
 * no risk. Pure, so the words can be tested without drawing a page.
 */
import type { InterventionType } from "../../../core/api/support-vocabulary.js";
import type { CarePlanContent, CarePlanIntervention } from "../../../core/support/care-plan.js";
import { fallbackNotice, fill, hasSummaryText, summaryTexts, type SummaryLanguage, type SummaryText } from "./summary-text.js";

export type BlockKind = "organisation" | "title" | "intro" | "notice" | "heading" | "item" | "detail" | "text" | "footer";

export interface Block {
  kind: BlockKind;
  text: string;
  /** Words a person typed (a goal, a barrier): drawn in their own direction. */
  isTyped?: boolean;
}

export interface SummaryInput {
  /** The language asked for; one without a catalogue prints in English, saying so. */
  language: string;
  organisationName: string;
  today: string;
  agreedOn: string;
  nextReviewOn: string;
  content: CarePlanContent;
  workerNames: ReadonlyMap<string, string>;
  /** The organisation's types, for the labels of types it added. */
  interventionTypes: readonly InterventionType[];
}

export interface SummaryModel {
  language: SummaryLanguage;
  direction: "ltr" | "rtl";
  isFallback: boolean;
  title: string;
  blocks: Block[];
}

export function formatDate(date: string, text: SummaryText): string {
  return new Intl.DateTimeFormat(text.locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

function frequencyOf(frequency: CarePlanIntervention["frequency"], text: SummaryText): string {
  if (frequency === "as_needed") return text.asNeeded;
  if (frequency.every === 1) return text.every[frequency.unit];
  const forms = text.everyN[frequency.unit];
  const rule = new Intl.PluralRules(text.locale).select(frequency.every);
  return fill(forms[rule] ?? forms.other, { n: new Intl.NumberFormat(text.locale).format(frequency.every) });
}

function typeLabel(code: string, text: SummaryText, types: readonly InterventionType[]): string {
  const own = types.find((type) => type.code === code);
  return (own?.label ?? text.interventionTypes[code] ?? own?.code ?? code).trim();
}

export function summaryModel(input: SummaryInput): SummaryModel {
  const isFallback = !hasSummaryText(input.language);
  const language: SummaryLanguage = hasSummaryText(input.language) ? input.language : "en";
  const text = summaryTexts[language];
  const date = (value: string) => formatDate(value, text);
  const number = (value: number) => new Intl.NumberFormat(text.locale).format(value);
  const { goals, interventions, barriers } = input.content;
  const goalNumber = new Map(goals.map((goal, index) => [goal.id, index + 1]));

  const blocks: Block[] = [
    { kind: "organisation", text: input.organisationName },
    { kind: "title", text: text.title },
    ...(isFallback ? [{ kind: "notice" as const, text: fallbackNotice }] : []),
    { kind: "intro", text: text.intro },
    { kind: "text", text: fill(text.agreedOn, { date: date(input.agreedOn) }) },
    { kind: "heading", text: text.goalsHeading },
  ];
  goals.forEach((goal, index) => {
    blocks.push({ kind: "item", text: `${number(index + 1)}. ${goal.clientWords ?? goal.what}`, isTyped: true });
    blocks.push({ kind: "detail", text: fill(text.goalBy, { date: date(goal.targetDate) }) });
  });

  blocks.push({ kind: "heading", text: text.supportHeading });
  if (interventions.length === 0) blocks.push({ kind: "text", text: text.noSupport });
  for (const intervention of interventions) {
    blocks.push({ kind: "item", text: typeLabel(intervention.typeCode, text, input.interventionTypes) });
    const who = "workerId" in intervention.deliveredBy ? input.workerNames.get(intervention.deliveredBy.workerId) : intervention.deliveredBy.partnerOrganisation;
    if (who) blocks.push({ kind: "detail", text: fill(text.supportWith, { who }), isTyped: true });
    blocks.push({ kind: "detail", text: fill(text.supportHowOften, { often: frequencyOf(intervention.frequency, text) }) });
    blocks.push({
      kind: "detail",
      text: intervention.endDate
        ? fill(text.supportFromTo, { start: date(intervention.startDate), end: date(intervention.endDate) })
        : fill(text.supportStarts, { date: date(intervention.startDate) }),
    });
    const numbers = intervention.goalIds
      .flatMap((goalId) => {
        const found = goalNumber.get(goalId);
        return found === undefined ? [] : [found];
      })
      .sort((a, b) => a - b);
    if (numbers.length > 0) blocks.push({ kind: "detail", text: fill(text.supportForGoals, { goals: new Intl.ListFormat(text.locale, { type: "conjunction" }).format(numbers.map(number)) }) });
  }

  if (barriers.length > 0) {
    blocks.push({ kind: "heading", text: text.barriersHeading });
    for (const barrier of barriers) {
      blocks.push({ kind: "item", text: text.barrierKinds[barrier.kind] });
      blocks.push({ kind: "detail", text: barrier.description, isTyped: true });
      blocks.push({ kind: "detail", text: fill(text.barrierAction, { how: barrier.howAddressed }), isTyped: true });
    }
  }

  blocks.push({ kind: "heading", text: text.reviewHeading });
  blocks.push({ kind: "text", text: fill(text.reviewOn, { date: date(input.nextReviewOn) }) });
  blocks.push({ kind: "text", text: fill(text.questions, { organisation: input.organisationName }) });
  blocks.push({ kind: "footer", text: fill(text.footer, { organisation: input.organisationName, date: date(input.today) }) });
  return { language, direction: text.direction, isFallback, title: text.title, blocks };
}
