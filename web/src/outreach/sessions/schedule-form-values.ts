/**
 * The schedule form's values and the request made of them: the pattern is chosen as weekly (on a
 * weekday, every N weeks) or monthly (the nth or last weekday), and problems with the request's
 * `recurrence` land on the box they are about.
 */
import type { OutreachScheduleView } from "../../../../core/api/outreach-sessions.js";
import type { FieldOf } from "./form-errors.js";

export interface ScheduleFormValues {
  partnerId: string;
  sessionType: string;
  topics: string[];
  startsOn: string;
  /** Empty while it runs on. */
  endsOn: string;
  time: string;
  durationMinutes: number | string;
  kind: "weekly" | "monthly";
  weekday: string;
  everyWeeks: number | string;
  /** "1" to "4", or "-1" for the last. */
  nth: string;
  staffIds: string[];
  skippedDays: string[];
}

export function scheduleValues(schedule: OutreachScheduleView | null, defaults: { startsOn: string; staffIds: string[] }): ScheduleFormValues {
  if (!schedule) return { partnerId: "", sessionType: "friday_mosque_presence", topics: [], startsOn: defaults.startsOn, endsOn: "", time: "13:00", durationMinutes: 90, kind: "weekly", weekday: "5", everyWeeks: 1, nth: "1", staffIds: defaults.staffIds, skippedDays: [] };
  const { recurrence } = schedule;
  return {
    partnerId: schedule.partner.id,
    sessionType: schedule.sessionType,
    topics: schedule.topics,
    startsOn: schedule.startsOn,
    endsOn: schedule.endsOn ?? "",
    time: schedule.time,
    durationMinutes: schedule.durationMinutes,
    kind: recurrence.kind,
    weekday: String(recurrence.weekday),
    everyWeeks: recurrence.kind === "weekly" ? recurrence.everyWeeks : 1,
    nth: recurrence.kind === "monthly" ? String(recurrence.nth) : "1",
    staffIds: schedule.staff.map((person) => person.id),
    skippedDays: schedule.skippedDays,
  };
}

const numberOf = (value: number | string) => (value === "" ? undefined : Number(value));

/** The schedule's fields as the request has them (checked by the caller with the request's schema). */
export function scheduleFieldsOf(values: ScheduleFormValues): Record<string, unknown> {
  const weekday = numberOf(values.weekday);
  return {
    partnerId: values.partnerId,
    sessionType: values.sessionType,
    topics: values.topics,
    startsOn: values.startsOn,
    endsOn: values.endsOn === "" ? null : values.endsOn,
    time: values.time,
    durationMinutes: numberOf(values.durationMinutes),
    recurrence: values.kind === "weekly" ? { kind: "weekly", weekday, everyWeeks: numberOf(values.everyWeeks) } : { kind: "monthly", weekday, nth: numberOf(values.nth) },
    skippedDays: values.skippedDays,
    staffIds: values.staffIds,
  };
}

/** A schedule as it is now, for a change of one thing (a day skipped, its last day) with the version seen. */
export const scheduleBodyOf = (schedule: OutreachScheduleView, change: Partial<Pick<OutreachScheduleView, "endsOn" | "skippedDays">>) => ({
  partnerId: schedule.partner.id,
  sessionType: schedule.sessionType,
  topics: schedule.topics,
  startsOn: schedule.startsOn,
  endsOn: schedule.endsOn,
  time: schedule.time,
  durationMinutes: schedule.durationMinutes,
  recurrence: schedule.recurrence,
  skippedDays: schedule.skippedDays,
  staffIds: schedule.staff.map((person) => person.id),
  ...change,
  version: schedule.version,
});

export const scheduleFieldOf: FieldOf = (path) => {
  const [head, part] = path.split(".");
  if (head === "recurrence") return part === "everyWeeks" || part === "nth" ? part : "weekday";
  if (head === "staffIds" || head === "topics") return head;
  if (head === "skippedDays" || head === "siteId" || head === "version" || head === undefined) return null;
  return head;
};
