/**
 * A session as a form holds it (a day and a time where the worker is, minutes as typed, "planned"
 * for no attendance yet), turned into the request the core's schema checks, and problems, from
 * that check or from the server, put on the form's fields in the user's language.
 */
import type { TFunction } from "i18next";
import type { z } from "zod";
import type { Attendance, SessionMode } from "../../../core/api/sessions.js";
import { translateIssue, translateServerFieldMessage } from "../forms/validation.js";
import { localIsoDate } from "../i18n/format.js";

export type AttendanceChoice = "planned" | Attendance;

export interface SessionDraft {
  date: string;
  time: string;
  durationMinutes: string;
  mode: SessionMode | "";
  venue: string;
  interventionType: string;
  attendance: AttendanceChoice;
  notes: string;
}
export type DraftField = keyof SessionDraft | "workerIds" | "caseId";
export type DraftErrors = Partial<Record<DraftField, string>>;

const pad = (value: number) => String(value).padStart(2, "0");

/** A new session: today at the next full hour, an hour long, at the office, planned. */
export function newDraft(now: Date = new Date()): SessionDraft {
  const next = new Date(now.getTime() + 3_600_000);
  return { date: localIsoDate(now), time: `${pad(next.getHours())}:00`, durationMinutes: "60", mode: "office", venue: "", interventionType: "", attendance: "planned", notes: "" };
}

export function draftOf(session: { startsAt: string; durationMinutes: number; mode: SessionMode; venue: string | null; interventionType: string; attendance: Attendance | null }): SessionDraft {
  const startsAt = new Date(session.startsAt);
  return {
    date: localIsoDate(startsAt),
    time: `${pad(startsAt.getHours())}:${pad(startsAt.getMinutes())}`,
    durationMinutes: String(session.durationMinutes),
    mode: session.mode,
    venue: session.venue ?? "",
    interventionType: session.interventionType,
    attendance: session.attendance ?? "planned",
    notes: "",
  };
}

/** When the session starts, from the day and time where the worker is; empty if either is not filled in. */
export function startsAtOf(draft: Pick<SessionDraft, "date" | "time">): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date) || !/^\d{2}:\d{2}$/.test(draft.time)) return "";
  const moment = new Date(`${draft.date}T${draft.time}:00`);
  return Number.isNaN(moment.getTime()) ? "" : moment.toISOString();
}

/** The request's details. Notes go only with an attended session, and only when written. */
export function detailsOf(draft: SessionDraft) {
  const notes = draft.notes.trim();
  return {
    startsAt: startsAtOf(draft),
    durationMinutes: draft.durationMinutes.trim() === "" ? Number.NaN : Number(draft.durationMinutes),
    mode: draft.mode as SessionMode,
    venue: draft.mode === "partner_venue" ? draft.venue : null,
    interventionType: draft.interventionType,
    attendance: draft.attendance === "planned" ? null : draft.attendance,
    ...(draft.attendance !== "planned" && notes !== "" ? { notes } : {}),
  };
}

/** Where a field of the request is shown on the form: the start time under the day and time. */
function fieldOf(path: readonly PropertyKey[] | string): DraftField | null {
  const parts = typeof path === "string" ? path.split(".") : path.map(String);
  // `body.`, and a row of a day's sessions (`sessions.2.`), name the place, not the field.
  while (parts[0] === "body" || parts[0] === "sessions" || /^\d+$/.test(parts[0] ?? "")) parts.shift();
  const field = parts[0];
  if (field === "startsAt") return "date";
  const known: readonly DraftField[] = ["durationMinutes", "mode", "venue", "interventionType", "attendance", "notes", "workerIds", "caseId"];
  return known.find((candidate) => candidate === field) ?? null;
}

/** Messages the server gives for rules only it can check, in the user's language. */
const serverMessages: [RegExp, string][] = [
  [/^A session in the future has not happened yet/, "sessions.errors.future"],
  [/^Notes are for a session that has happened/, "sessions.errors.notesNeedAttended"],
  [/^This session has notes, so it is no longer planned/, "sessions.errors.hasNotes"],
  [/^Not a type of support your organisation uses/, "sessions.errors.unknownType"],
  [/^Not someone who can see this case/, "sessions.errors.workerCannotSee"],
  [/^Include yourself/, "sessions.errors.includeYourself"],
  [/^Must be within a year of today/, "sessions.errors.withinYear"],
  [/^Name the venue/, "sessions.errors.venueRequired"],
  [/^Only for a partner venue/, "sessions.errors.venueOnlyPartner"],
  [/^Not a case you can see/, "sessions.errors.caseNotSeen"],
  [/^This case is closed/, "sessions.errors.caseClosed"],
  [/^You cannot record sessions on this case/, "sessions.errors.cannotRecord"],
  [/^At (least 5|most 600) minutes/, "sessions.errors.duration"],
];

export function translateSessionMessage(message: string, t: TFunction): string {
  const known = serverMessages.find(([pattern]) => pattern.test(message));
  return known ? t(known[1]) : translateServerFieldMessage(message, t);
}

/** The server's field errors on the form's fields; for a day's sessions, by row. */
export function errorsFromServer(fields: readonly { path: string; message: string }[], t: TFunction): { row: number | null; field: DraftField; message: string }[] {
  return fields.flatMap((item) => {
    const field = fieldOf(item.path);
    if (!field) return [];
    const row = item.path.match(/(?:^|\.)sessions\.(\d+)\./);
    return [{ row: row ? Number(row[1]) : null, field, message: translateSessionMessage(item.message, t) }];
  });
}

/** The core schema's verdict on a request, on the form's fields (the first problem of each). */
export function errorsFromSchema(result: z.ZodSafeParseResult<unknown>, t: TFunction): DraftErrors {
  if (result.success) return {};
  const errors: DraftErrors = {};
  for (const issue of result.error.issues) {
    const field = fieldOf(issue.path);
    if (!field || errors[field]) continue;
    if (field === "venue") errors.venue = t("sessions.errors.venueRequired");
    else if (field === "durationMinutes") errors.durationMinutes = t("sessions.errors.duration");
    else if (field === "date") errors.date = t("sessions.errors.dateTime");
    else if (field === "interventionType") errors.interventionType = t("sessions.errors.chooseType");
    else if (field === "caseId") errors.caseId = t("sessions.errors.chooseCase");
    else errors[field] = issue.code === "custom" ? translateSessionMessage(issue.message, t) : translateIssue(issue, t);
  }
  return errors;
}

/** Checks the form can make before sending: a session still to come cannot have been attended. */
export function draftProblems(draft: SessionDraft, t: TFunction, now: Date = new Date()): DraftErrors {
  const startsAt = startsAtOf(draft);
  if (startsAt !== "" && draft.attendance !== "planned" && new Date(startsAt) > now) return { attendance: t("sessions.errors.future") };
  return {};
}
