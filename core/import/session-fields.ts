/**
 * Importing sessions from a spreadsheet: the fields, the headers a sheet would use, and the check
 * of one row, by the rules the session form applies: a type of support the organisation uses,
 * attendance only once the session has happened, notes only for one that happened, a venue only
 * (and always) for a partner venue, and no more than a year ahead. Unlike the form, a session may
 * be dated further back than a year: the sheet is the record of past work. A row names its case by
 * the case sheet's own reference; a time left empty is read as 09:00 (London).
 */
import { z } from "zod";
import { displayTextSchema } from "../api/common.js";
import { londonInstant } from "../london-time.js";
import { attendances, sessionModes } from "../support/vocabulary.js";
import { cellReader, type ImportKindDefinition } from "./cells.js";

export const sessionImportFields = ["caseReference", "date", "time", "durationMinutes", "mode", "venue", "interventionType", "attendance", "notes"] as const;
export type SessionImportField = (typeof sessionImportFields)[number];

const required: readonly SessionImportField[] = ["caseReference", "date", "durationMinutes", "mode", "interventionType"];

const headerWords: Record<SessionImportField, readonly string[]> = {
  caseReference: ["case reference", "case ref", "case id", "case number", "case"],
  date: ["date", "session date", "date of session", "contact date", "appointment date"],
  time: ["time", "start time", "session time", "appointment time", "start"],
  durationMinutes: ["duration", "duration minutes", "duration mins", "minutes", "length", "length minutes", "mins"],
  mode: ["mode", "type of contact", "contact type", "how", "session mode", "setting"],
  venue: ["venue", "partner venue", "location", "place"],
  interventionType: ["intervention", "intervention type", "type of support", "support type", "activity", "session type"],
  attendance: ["attendance", "attended", "outcome", "did they attend"],
  notes: ["notes", "session notes", "case notes", "summary", "write up"],
};

/** A session row that passed its checks. */
export interface ImportedSession {
  caseReference: string;
  /** ISO instant the session started. */
  startsAt: string;
  day: string;
  durationMinutes: number;
  mode: (typeof sessionModes)[number];
  venue: string | null;
  interventionType: string;
  attendance: (typeof attendances)[number] | null;
  notes: string | null;
}

/** The day a year (366 days) after `day`: a diary runs no further ahead. */
const yearAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 366 * 86_400_000).toISOString().slice(0, 10);

const schemas = { reference: displayTextSchema(50), venue: displayTextSchema(120), notes: z.string().max(20_000) };

export const sessionImport: ImportKindDefinition<SessionImportField, ImportedSession> = {
  kind: "sessions",
  fields: sessionImportFields,
  required,
  headerWords,
  check(cells, context) {
    const read = cellReader(cells, required);
    const caseReference = read.text("caseReference", schemas.reference);
    const day = read.day("date", yearAfter(context.today));
    const time = read.time("time") ?? "09:00";
    const durationMinutes = read.wholeNumber("durationMinutes", 5, 600);
    const mode = read.code("mode", sessionModes, "office");
    const venue = read.text("venue", schemas.venue);
    const interventionType = read.code("interventionType", context.interventionTypes, "");
    const attendance = read.value("attendance") === null ? null : read.code("attendance", attendances, "attended");
    const notes = read.text("notes", schemas.notes, "too_long");
    if (mode === "partner_venue" && read.value("venue") === null) read.problem("venue", "required");
    if (mode !== "partner_venue" && read.value("venue") !== null) read.problem("venue", "not_allowed");
    if (day !== null && day > context.today && attendance !== null) read.problem("attendance", "not_allowed");
    if (notes !== null && attendance === null && read.value("attendance") === null) read.problem("notes", "not_allowed");
    if (read.problems.length > 0 || caseReference === null || day === null || durationMinutes === null) return { row: null, problems: read.problems };
    return {
      row: { caseReference, startsAt: londonInstant(day, time).toISOString(), day, durationMinutes, mode, venue, interventionType, attendance, notes },
      problems: [],
    };
  },
};
