/**
 * Words for schedules and sessions in the user's language: how a schedule recurs ("Every Friday",
 * "The last Saturday of each month"), and the server's and core's messages about outreach, which
 * arrive in English and are put into the user's language here (anything else as the app's own
 * validation messages do).
 */
import type { TFunction } from "i18next";
import type { Recurrence } from "../../../../core/outreach/schedule.js";
import { translateServerFieldMessage } from "../../forms/validation.js";

export function recurrenceText(t: TFunction, recurrence: Recurrence): string {
  const weekday = t(`outreach.weekdays.${recurrence.weekday}`);
  if (recurrence.kind === "weekly") return recurrence.everyWeeks === 1 ? t("outreachSessions.recurrence.weekly", { weekday }) : t("outreachSessions.recurrence.everyWeeks", { weekday, count: recurrence.everyWeeks });
  return recurrence.nth === -1 ? t("outreachSessions.recurrence.lastOfMonth", { weekday }) : t(`outreachSessions.recurrence.nthOfMonth.${recurrence.nth}`, { weekday });
}

const patterns: [RegExp, (match: RegExpMatchArray, t: TFunction) => string][] = [
  [/^Only (\d+) in stock; (\d+) asked for\.$/, (m, t) => t("outreachSessions.errors.notEnoughStock", { available: Number(m[1]), asked: Number(m[2]) })],
  [/^This site does not stock this item\.$/, (_, t) => t("outreachSessions.errors.notStocked")],
  [/^These add up to (\d+), more than the (\d+) people counted\.$/, (m, t) => t("outreachSessions.errors.bandsOverTotal", { sum: Number(m[1]), total: Number(m[2]) })],
  [/^This session has not started yet; log it once it has\.$/, (_, t) => t("outreachSessions.errors.notYet")],
  [/^That day is not one of this schedule's days\.$/, (_, t) => t("outreachSessions.errors.notItsDay")],
  [/^Not one of this site's outreach staff\.$/, (_, t) => t("outreachSessions.errors.notStaff")],
  [/^Choose one of this site's partners\.$/, (_, t) => t("outreachSessions.errors.notPartner")],
  [/^Choose a partner or name the venue\.$/, (_, t) => t("outreachSessions.errors.partnerOrVenue")],
  [/^Name at least one person who was there\.$/, (_, t) => t("outreachSessions.errors.noStaff")],
  [/^The last day cannot be before the first\.$/, (_, t) => t("outreachSessions.errors.endsBeforeStart")],
  [/^At least 15 minutes\.$/, (_, t) => t("outreachSessions.errors.tooShort")],
  [/^At most 12 hours\.$/, (_, t) => t("outreachSessions.errors.tooLong")],
  [/^The time must be HH:MM, 24-hour\.$/, (_, t) => t("outreachSessions.errors.time")],
  [/^Choose the kind of session\.$/, (_, t) => t("outreachSessions.errors.chooseType")],
  [/^Say when it started\.$/, (_, t) => t("outreachSessions.errors.when")],
  [/^Say how long it ran\.$/, (_, t) => t("outreachSessions.errors.howLong")],
  [/^At least 5 minutes\.$/, (_, t) => t("outreachSessions.errors.atLeastFive")],
  [/^Each (topic|person|item|day) once\.$/, (_, t) => t("outreachSessions.errors.once")],
  [/cannot be negative\.$/, (_, t) => t("outreachSessions.errors.negative")],
  [/must be a whole number\.$|^Must be a whole number\.$/, (_, t) => t("outreachSessions.errors.whole")],
];

/** One of outreach's own messages in the user's language, or null when it is not one of them. */
export function ownMessage(message: string, t: TFunction): string | null {
  for (const [pattern, translate] of patterns) {
    const match = message.match(pattern);
    if (match) return translate(match, t);
  }
  return null;
}

/** An outreach message from the server or the core's schemas, in the user's language. */
export const outreachMessage = (message: string, t: TFunction): string => ownMessage(message, t) ?? translateServerFieldMessage(message, t);
