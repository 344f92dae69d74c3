/**
 * Recurring outreach: "every Friday at 13:00 at Green Lane Mosque", "every other Tuesday at the
 * college", "the first Saturday of the month at the community centre". A schedule makes the
 * occurrences a site's outreach calendar shows and the sessions staff log against. Days are London
 * calendar days (`YYYY-MM-DD`) and times London wall-clock times (`HH:MM`), so a Friday 13:00
 * session stays at 13:00 across the clock changes. Pure: the caller gives the window asked for.
 */
import { z } from "zod";
import { addDays } from "../instruments/reassessment.js";
import { londonInstant } from "../london-time.js";

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof weekdays)[number];

const day = (field: string) => z.iso.date({ message: `${field} must be a date as YYYY-MM-DD.` });

export const recurrenceSchema = z.discriminatedUnion("kind", [
  /** Every week, or every `everyWeeks` weeks counted from the schedule's first day. */
  z.strictObject({ kind: z.literal("weekly"), weekday: z.union(weekdays.map((value) => z.literal(value))), everyWeeks: z.number().int().min(1).max(8) }),
  /** The `nth` (1 to 4, or -1 for the last) given weekday of each month. */
  z.strictObject({ kind: z.literal("monthly"), weekday: z.union(weekdays.map((value) => z.literal(value))), nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]) }),
]);
export type Recurrence = z.infer<typeof recurrenceSchema>;

export const scheduleSchema = z
  .strictObject({
    startsOn: day("The first day"),
    /** Null while it runs on. */
    endsOn: day("The last day").nullable(),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "The time must be HH:MM, 24-hour." }),
    durationMinutes: z.number().int().min(15, { message: "At least 15 minutes." }).max(12 * 60, { message: "At most 12 hours." }),
    recurrence: recurrenceSchema,
    /** Days it does not happen (Eid, a school holiday), each one of its own days. */
    skippedDays: z.array(day("A skipped day")).max(200),
  })
  .superRefine((schedule, context) => {
    if (schedule.endsOn !== null && schedule.endsOn < schedule.startsOn) context.addIssue({ code: "custom", path: ["endsOn"], message: "The last day cannot be before the first." });
  });
export type OutreachSchedule = z.infer<typeof scheduleSchema>;

export interface Occurrence {
  /** The London day. */
  day: string;
  startsAt: Date;
  endsAt: Date;
}

const dayNumber = (value: string): number => Date.parse(`${value}T00:00:00Z`) / 86_400_000;

/** The ISO weekday of a `YYYY-MM-DD` day. */
export function weekdayOf(value: string): Weekday {
  const sunday0 = new Date(`${value}T00:00:00Z`).getUTCDay();
  return (sunday0 === 0 ? 7 : sunday0) as Weekday;
}

function matches(recurrence: Recurrence, startsOn: string, candidate: string): boolean {
  if (weekdayOf(candidate) !== recurrence.weekday) return false;
  if (recurrence.kind === "weekly") {
    // Weeks counted from the week of the first occurrence on or after the start.
    const first = addDays(startsOn, (recurrence.weekday - weekdayOf(startsOn) + 7) % 7);
    const weeks = Math.round((dayNumber(candidate) - dayNumber(first)) / 7);
    return weeks >= 0 && weeks % recurrence.everyWeeks === 0;
  }
  const dayOfMonth = Number(candidate.slice(8, 10));
  if (recurrence.nth > 0) return Math.ceil(dayOfMonth / 7) === recurrence.nth;
  // The last such weekday: a week later falls in the next month.
  return addDays(candidate, 7).slice(0, 7) !== candidate.slice(0, 7);
}

/** The schedule's occurrences on the days `from` to `to` (both London days, inclusive), in order. At most 400 days are looked at. */
export function occurrences(schedule: OutreachSchedule, from: string, to: string): Occurrence[] {
  const first = from > schedule.startsOn ? from : schedule.startsOn;
  const last = schedule.endsOn !== null && schedule.endsOn < to ? schedule.endsOn : to;
  if (last < first) return [];
  if (dayNumber(last) - dayNumber(first) > 400) throw new RangeError("Ask for at most 400 days of a schedule at once.");
  const skipped = new Set(schedule.skippedDays);
  const found: Occurrence[] = [];
  for (let candidate = first; candidate <= last; candidate = addDays(candidate, 1)) {
    if (skipped.has(candidate) || !matches(schedule.recurrence, schedule.startsOn, candidate)) continue;
    const startsAt = londonInstant(candidate, schedule.time);
    found.push({ day: candidate, startsAt, endsAt: new Date(startsAt.getTime() + schedule.durationMinutes * 60_000) });
  }
  return found;
}

/** The next occurrence on or after `today`, looking a year ahead; null when the schedule has ended. */
export function nextOccurrence(schedule: OutreachSchedule, today: string): Occurrence | null {
  return occurrences(schedule, today, addDays(today, 366))[0] ?? null;
}
