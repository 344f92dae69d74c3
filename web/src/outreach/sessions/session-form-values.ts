/**
 * The log-a-session form's values and the request made of them. Numbers are kept as typed (an
 * empty box is ""), bands left empty are left out, and only items with a quantity are sent, in the
 * stock list's order — which is how a server problem on `resources.1` finds its item again.
 */
import type { TFunction } from "i18next";
import { londonInstant } from "../../../../core/london-time.js";
import { headcountAgeBands, headcountGenders } from "../../../../core/outreach/vocabulary.js";
import type { Headcount } from "../../../../core/outreach/session-log.js";
import type { FieldOf } from "./form-errors.js";

type Typed = number | string;

export interface SessionFormValues {
  headcount: { total: Typed; byAgeBand: Record<string, Typed>; byGender: Record<string, Typed> };
  followUpContacts: Typed;
  /** Quantity handed out by stock item id. */
  resources: Record<string, Typed>;
  topics: string[];
  staffIds: string[];
  notes: string;
  /** A one-off's own where, what and when (a schedule's come from the schedule). */
  partnerId: string | null;
  venue: string;
  sessionType: string | null;
  day: string;
  time: string;
  durationMinutes: Typed;
}

const numberOf = (value: Typed): number | undefined => (value === "" ? undefined : Number(value));

const bandsOf = (bands: Record<string, Typed>) => {
  const given = Object.entries(bands).filter(([, value]) => value !== "");
  return given.length > 0 ? Object.fromEntries(given.map(([band, value]) => [band, Number(value)])) : undefined;
};

const emptyBands = (names: readonly string[], from: Partial<Record<string, number>> = {}) => Object.fromEntries(names.map((name) => [name, from[name] ?? ""])) as Record<string, Typed>;

export function initialValues(start: { headcount?: Headcount; followUpContacts?: number; resources?: Record<string, number>; topics: string[]; staffIds: string[]; notes?: string; day?: string }): SessionFormValues {
  return {
    headcount: { total: start.headcount?.total ?? "", byAgeBand: emptyBands(headcountAgeBands, start.headcount?.byAgeBand), byGender: emptyBands(headcountGenders, start.headcount?.byGender) },
    followUpContacts: start.followUpContacts ?? 0,
    resources: start.resources ?? {},
    topics: start.topics,
    staffIds: start.staffIds,
    notes: start.notes ?? "",
    partnerId: null,
    venue: "",
    sessionType: null,
    day: start.day ?? "",
    time: "",
    durationMinutes: 60,
  };
}

/** What every session request carries, and the item id behind each line of `resources`. */
export function recordOf(values: SessionFormValues, itemOrder: readonly string[]) {
  const lines = itemOrder.flatMap((itemId) => {
    const quantity = numberOf(values.resources[itemId] ?? "");
    return quantity !== undefined && quantity !== 0 ? [{ itemId, quantity }] : [];
  });
  const byAgeBand = bandsOf(values.headcount.byAgeBand);
  const byGender = bandsOf(values.headcount.byGender);
  return {
    record: {
      topics: values.topics,
      staffIds: values.staffIds,
      headcount: { total: numberOf(values.headcount.total), ...(byAgeBand ? { byAgeBand } : {}), ...(byGender ? { byGender } : {}) },
      followUpContacts: numberOf(values.followUpContacts),
      resources: lines,
      notes: values.notes,
    },
    lineItems: lines.map((line) => line.itemId),
  };
}

/** The request for a schedule's occurrence, a one-off at the site, or a correction, as typed: the caller checks it with the request's schema. */
export const occurrenceBody = (values: SessionFormValues, itemOrder: readonly string[], scheduleId: string, occurrenceDay: string): Record<string, unknown> => ({ ...recordOf(values, itemOrder).record, scheduleId, occurrenceDay });

export function oneOffBody(values: SessionFormValues, itemOrder: readonly string[], siteId: string): Record<string, unknown> {
  const hasWhen = /^\d{4}-\d{2}-\d{2}$/.test(values.day) && /^\d{2}:\d{2}$/.test(values.time);
  return {
    ...recordOf(values, itemOrder).record,
    siteId,
    ...(values.partnerId ? { partnerId: values.partnerId } : {}),
    ...(values.venue.trim() ? { venue: values.venue } : {}),
    sessionType: values.sessionType ?? undefined,
    // The day and time are London's, wherever the phone thinks it is.
    startsAt: hasWhen ? londonInstant(values.day, values.time).toISOString() : undefined,
    durationMinutes: numberOf(values.durationMinutes),
  };
}

export const correctionBody = (values: SessionFormValues, itemOrder: readonly string[], version: number): Record<string, unknown> => ({ ...recordOf(values, itemOrder).record, version });

/** The form field for a request path; `lineItems` says which item each line of `resources` was. */
export function fieldOfFor(lineItems: readonly string[]): FieldOf {
  return (path) => {
    const [head, index] = path.split(".");
    if (head === "resources") return index !== undefined && lineItems[Number(index)] ? `resources.${lineItems[Number(index)]}` : null;
    if (head === "staffIds" || head === "topics") return head;
    if (head === "startsAt") return "time";
    if (head === "headcount") return path.split(".").slice(0, 3).join(".");
    if (head === "followUpContacts" || head === "notes" || head === "partnerId" || head === "venue" || head === "sessionType" || head === "durationMinutes") return head;
    return null;
  };
}

/** Lines asking for more than the stock holds (the server checks again, under a lock). */
export function stockProblems(values: SessionFormValues, available: Readonly<Record<string, number>>, t: TFunction): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [itemId, typed] of Object.entries(values.resources)) {
    const asked = numberOf(typed) ?? 0;
    const held = available[itemId];
    if (held !== undefined && asked > held) problems[`resources.${itemId}`] = t("outreachSessions.errors.notEnoughStock", { available: held, asked });
  }
  return problems;
}
