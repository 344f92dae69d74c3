/**
 * The meeting form's arithmetic and messages, apart from React: local wall-clock times to instants
 * and back, hours to the API's minutes, and every complaint about a meeting (the core's schema on
 * this side, the server's field errors on the other) put on the form's own field in the user's
 * language.
 */
import type { TFunction } from "i18next";
import type { z } from "zod";
import { ApiError } from "../api/api-error.js";
import { formPathOf, translateIssue } from "../forms/validation.js";

export interface MeetingFormValues {
  startsAt: string;
  endsAt: string;
  location: string;
  hoursBefore: number | string;
  hoursAfter: number | string;
  attendeeIds: string[];
}

/** "2026-05-04T18:00" typed in the browser, as an instant with its offset. */
export const instantOf = (local: string): string => {
  const moment = new Date(local);
  return Number.isNaN(moment.getTime()) ? local : moment.toISOString();
};

/** An instant as the browser's local "2026-05-04T18:00", for a datetime-local field. */
export const localInputOf = (instant: string): string => {
  const moment = new Date(instant);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}T${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
};

export const minutesOf = (hours: number | string): number => (typeof hours === "number" ? Math.round(hours * 60) : Number.NaN);
/** Minutes as hours for the form, to two places (a window set through the API need not be whole hours). */
export const hoursOf = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;

/** The window is asked in hours, so an answer about minutes belongs on the hours field. */
const formFields: Record<string, string> = { minutesBefore: "hoursBefore", minutesAfter: "hoursAfter" };
const formFieldOf = (path: string): string => formFields[path] ?? path;

/** The core's and the server's own words for a meeting's rules (core/api/panel.ts, server/panel/meetings), in the user's language. */
function meetingMessage(message: string, t: TFunction): string | null {
  if (message === "The meeting must end after it starts.") return t("panel.meetingForm.endAfterStart");
  if (message === "A meeting lasts at most 12 hours.") return t("panel.meetingForm.atMost12Hours");
  if (message.includes("must be at most a week")) return t("panel.meetingForm.atMostWeek");
  if (message.includes("cannot be negative")) return t("panel.meetingForm.notNegative");
  if (message.includes("must be a number of minutes")) return t("panel.meetingForm.wholeHours");
  if (message === "Every attendee must be a member of this site's panel.") return t("panel.meetingForm.notMember");
  const most = /^At most (\d+) attendees\.$/.exec(message);
  if (most) return t("validation.tooMany", { count: Number(most[1]) });
  return null;
}

/** The schema's complaints about a body made from `values`, keyed by the form's field. */
export function meetingFormErrors(schema: z.ZodType, body: unknown, values: MeetingFormValues, t: TFunction): Record<string, string> {
  const result = schema.safeParse(body);
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const path = formFieldOf(issue.path.map(String).join("."));
    const value: unknown = values[path as keyof MeetingFormValues];
    errors[path] ??= value === "" ? t("validation.required") : (meetingMessage(issue.message, t) ?? translateIssue(issue, t));
  }
  return errors;
}

/** A server failure with its fields moved onto the form's fields and, where known, put in the user's language. */
export function onFormFields(error: unknown, t: TFunction): unknown {
  if (!(error instanceof ApiError) || error.fields.length === 0) return error;
  const fields = error.fields.map((field) => ({ path: formFieldOf(formPathOf(field.path)), message: meetingMessage(field.message, t) ?? field.message }));
  return new ApiError(error.code, error.message, error.status, fields);
}
