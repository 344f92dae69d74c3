/**
 * Request and response shapes for sessions (contacts) with a client on a case: recording one,
 * planned or held; a case's list (without notes); one session with its notes (an audited read);
 * recording attendance and writing notes up; a worker's day entered in one go; and the signed-in
 * worker's calendar. The web forms validate with the same schemas.
 */
import { z } from "zod";
import { attendances, sessionModes } from "../support/vocabulary.js";
import { idSchema, displayTextSchema, pageOf, pageQuerySchema } from "./common.js";
import { interventionTypeSchema, vocabularyCodeSchema } from "./support-vocabulary.js";

export { attendances, sessionModes };
export type SessionMode = (typeof sessionModes)[number];
export type Attendance = (typeof attendances)[number];

export const sessionParamsSchema = z.strictObject({ sessionId: idSchema });

/** The longest a calendar window may be, in days (two months of a worker's diary). */
export const maxCalendarDays = 62;
/** The most sessions a worker's day may hold in one quick entry. */
export const maxSessionsPerDay = 20;
/** The most workers at one session. */
export const maxWorkersPerSession = 5;

const notesSchema = z
  .string()
  .trim()
  .min(1, { message: "Write the notes, or leave them out." })
  .max(20_000, { message: "At most 20,000 characters." });

/** What every way of recording a session asks for (checked again on the server against the organisation and the clock). */
const sessionShape = {
  startsAt: z.iso.datetime({ offset: true, message: "Must be a date and time." }),
  durationMinutes: z.number({ message: "Must be a number of minutes." }).int({ message: "Must be whole minutes." }).min(5, { message: "At least 5 minutes." }).max(600, { message: "At most 600 minutes (10 hours)." }),
  mode: z.enum(sessionModes, { message: "Choose how the session happened." }),
  /** For a partner venue only: the place (a mosque, a college), never the client's address. */
  venue: displayTextSchema(120).nullish(),
  interventionType: vocabularyCodeSchema,
  /** Null while the session is planned. */
  attendance: z.enum(attendances, { message: "Choose attended, did not attend or cancelled." }).nullable(),
  /** Only for a session that took place. */
  notes: notesSchema.optional(),
};

const workerIdsSchema = z
  .array(idSchema)
  .min(1, { message: "Name at least one worker." })
  .max(maxWorkersPerSession, { message: `At most ${maxWorkersPerSession} workers.` })
  .refine((ids) => new Set(ids).size === ids.length, { message: "Each worker once." });

/** A venue belongs with a partner venue, and a partner venue needs one. */
function venueRule(value: { mode: SessionMode; venue?: string | null | undefined }, context: z.RefinementCtx): void {
  if (value.mode === "partner_venue" && !value.venue) context.addIssue({ code: "custom", path: ["venue"], message: "Name the venue." });
  if (value.mode !== "partner_venue" && value.venue) context.addIssue({ code: "custom", path: ["venue"], message: "Only for a partner venue." });
}

export const recordSessionBodySchema = z.strictObject({ ...sessionShape, workerIds: workerIdsSchema }).superRefine(venueRule);
export type RecordSessionBody = z.infer<typeof recordSessionBodySchema>;

/** Record attendance, write the notes up, or correct the details: the whole session as it should be, with the version seen. */
export const updateSessionBodySchema = z
  .strictObject({ ...sessionShape, workerIds: workerIdsSchema, version: z.number().int().min(1) })
  .superRefine(venueRule);
export type UpdateSessionBody = z.infer<typeof updateSessionBodySchema>;

/** One row of a worker's day: a session on one of their cases, with the signed-in worker as its worker. */
export const dayRowSchema = z.strictObject({ caseId: idSchema, ...sessionShape }).superRefine(venueRule);
export const recordDayBodySchema = z.strictObject({
  sessions: z.array(dayRowSchema).min(1, { message: "Add at least one session." }).max(maxSessionsPerDay, { message: `At most ${maxSessionsPerDay} sessions at once.` }),
});
export type RecordDayBody = z.infer<typeof recordDayBodySchema>;

export const sessionWorkerSchema = z.object({ userId: idSchema, name: z.string() });

export const sessionSummarySchema = z.object({
  id: idSchema,
  caseId: idSchema,
  startsAt: z.iso.datetime(),
  durationMinutes: z.number().int(),
  mode: z.enum(sessionModes),
  venue: z.string().nullable(),
  interventionType: z.string(),
  attendance: z.enum(attendances).nullable(),
  workers: z.array(sessionWorkerSchema),
  /** Whether notes exist; the notes themselves only come with one session's audited read. */
  hasNotes: z.boolean(),
  notesWrittenAt: z.iso.datetime().nullable(),
  /** Held (or not yet marked) more than 48 hours ago and not written up. */
  isWriteUpDue: z.boolean(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean() }),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const caseSessionListQuerySchema = pageQuerySchema;

export const caseSessionListSchema = pageOf(sessionSummarySchema).extend({
  /** Whether the caller may record a session on this case now. */
  canRecord: z.boolean(),
  /** The people who may be named as a session's workers (they can see the case); empty unless `canRecord`. */
  workerOptions: z.array(sessionWorkerSchema),
  /** The organisation's intervention types (retired ones too, to label old sessions). */
  interventionTypes: z.array(interventionTypeSchema),
});
export type CaseSessionList = z.infer<typeof caseSessionListSchema>;

export const sessionDetailSchema = sessionSummarySchema.extend({
  caseReference: z.string(),
  notes: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The people who may be named as its workers, for correcting them; empty unless it may be edited. */
  workerOptions: z.array(sessionWorkerSchema),
  interventionTypes: z.array(interventionTypeSchema),
});
export type SessionDetail = z.infer<typeof sessionDetailSchema>;

export const recordedDaySchema = z.object({ items: z.array(sessionSummarySchema) });

/** The calendar's window, as London days; by default the coming week. */
export const myCalendarQuerySchema = z.strictObject({
  from: z.iso.date({ message: "Must be a date (YYYY-MM-DD)." }).optional(),
  to: z.iso.date({ message: "Must be a date (YYYY-MM-DD)." }).optional(),
});

export const calendarEntrySchema = z.object({
  sessionId: idSchema,
  caseId: idSchema,
  caseReference: z.string(),
  siteId: idSchema,
  siteName: z.string(),
  startsAt: z.iso.datetime(),
  durationMinutes: z.number().int(),
  mode: z.enum(sessionModes),
  venue: z.string().nullable(),
  interventionType: z.string(),
  attendance: z.enum(attendances).nullable(),
  hasNotes: z.boolean(),
  isWriteUpDue: z.boolean(),
  /** Whether the worker can open the case now (they may have been taken off it since). */
  canOpenCase: z.boolean(),
  /** Given name and the family name's initial, only where the worker can open the case (the read is audited). */
  clientName: z.string().nullable(),
});
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;

export const myCalendarSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  /** Oldest first. */
  items: z.array(calendarEntrySchema),
  interventionTypes: z.array(interventionTypeSchema),
});
export type MyCalendar = z.infer<typeof myCalendarSchema>;
