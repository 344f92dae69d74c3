/**
 * Request and response shapes for programmes: the organisation's programme definitions (built in
 * and its own, configured by administrators), a client's enrolments on a case moving through the
 * phases, and a site's group sessions with their attendees.
 */
import { z } from "zod";
import {
  enrolmentEventSchema,
  programmeKinds,
  stepBackReasons,
  withdrawalReasons,
  type EnrolmentEventType,
  type EnrolmentState,
} from "../programmes/programme.js";
import { displayTextSchema, idSchema } from "./common.js";

const keySchema = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { message: "Not a programme key." });
const dateSchema = z.iso.date({ message: "Must be a date (YYYY-MM-DD)." });

// ───────────────────────────── definitions ─────────────────────────────

export const programmeKeyParamsSchema = z.strictObject({ key: keySchema });
export const programmeVersionParamsSchema = z.strictObject({ key: keySchema, version: z.coerce.number().int().min(1).max(100_000) });

export const criterionSchema = z.object({ id: z.string(), label: z.string() });
export const phaseSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  expectedWeeks: z.number().int(),
  criteria: z.array(criterionSchema),
});

/** A programme at one stored version. Titles and labels are the definition's own words, shown as given. */
export const programmeSummarySchema = z.object({
  versionId: idSchema,
  key: z.string(),
  version: z.number().int(),
  title: z.string(),
  description: z.string(),
  kind: z.enum(programmeKinds),
  /** One of the programmes every organisation starts with, rather than the organisation's own. */
  isBuiltIn: z.boolean(),
  /** Retired programmes take no new enrolments or group sessions; existing enrolments carry on. */
  isRetired: z.boolean(),
  phases: z.array(phaseSchema),
});
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;

export const programmeListSchema = z.object({
  /** Each programme at its latest version, by title. */
  items: z.array(programmeSummarySchema),
  /** Whether the caller may import versions and retire programmes. */
  canManage: z.boolean(),
});

export const programmeVersionSchema = programmeSummarySchema.extend({
  /** The definition as stored (core/programmes/programme.ts), for export and for a new version. */
  definition: z.record(z.string(), z.unknown()),
  /** Every stored version of this programme, newest first. */
  versions: z.array(z.object({ versionId: idSchema, version: z.number().int(), isBuiltIn: z.boolean(), createdAt: z.iso.datetime() })),
});

/** A new programme, or a new version of one (a higher version number), as a definition in JSON. */
export const importProgrammeBodySchema = z.strictObject({ definition: z.record(z.string(), z.unknown()) });
export const importProgrammeResultSchema = z.object({ versionId: idSchema, key: z.string(), version: z.number().int() });

export const programmeRetirementBodySchema = z.strictObject({ isRetired: z.boolean() });

// ───────────────────────────── enrolments ─────────────────────────────

export const enrolmentStates = ["in_phase", "completed", "withdrawn"] as const satisfies readonly EnrolmentState[];
export const enrolmentEventTypes = ["advance", "step_back", "complete", "withdraw", "rejoin"] as const satisfies readonly EnrolmentEventType[];
export const enrolmentParamsSchema = z.strictObject({ enrolmentId: idSchema });

export const enrolmentSummarySchema = z.object({
  id: idSchema,
  caseId: idSchema,
  /** The version the client was enrolled on: its phases never change under them. */
  programme: z.object({ versionId: idSchema, key: z.string(), version: z.number().int(), title: z.string(), kind: z.enum(programmeKinds) }),
  state: z.enum(enrolmentStates),
  /** The phase the client is in, or left from when withdrawn; null once completed. */
  currentPhase: z.object({ index: z.number().int(), id: z.string(), title: z.string() }).nullable(),
  phaseCount: z.number().int(),
  enrolledOn: dateSchema,
  enrolledAt: z.iso.datetime(),
  enrolledByName: z.string().nullable(),
  /** Incremented on every event, so two people cannot both move the client on from the same page. */
  version: z.number().int(),
});
export type EnrolmentSummary = z.infer<typeof enrolmentSummarySchema>;

export const caseEnrolmentListSchema = z.object({
  items: z.array(enrolmentSummarySchema),
  /** Whether the caller may enrol the client on this case in a programme. */
  canEnrol: z.boolean(),
});
export type CaseEnrolmentList = z.infer<typeof caseEnrolmentListSchema>;

export const enrolBodySchema = z.strictObject({ programmeKey: keySchema });

export const enrolmentHistoryEntrySchema = z.object({
  at: z.iso.datetime(),
  type: z.enum(enrolmentEventTypes),
  actorName: z.string().nullable(),
  fromPhase: z.object({ id: z.string(), title: z.string() }).nullable(),
  toPhase: z.object({ id: z.string(), title: z.string() }).nullable(),
  /** The criteria marked met when moving on. */
  criteriaMet: z.array(z.string()),
  isOverride: z.boolean(),
  /** A step back's or a withdrawal's reason code. */
  reason: z.enum([...stepBackReasons, ...withdrawalReasons]).nullable(),
  /** The override reason or the note, decrypted for the reader. */
  note: z.string().nullable(),
});

export const enrolmentDetailSchema = enrolmentSummarySchema.extend({
  /** Each phase of the version enrolled on, with the days spent in it so far and how often it was entered. */
  phases: z.array(phaseSchema.extend({ days: z.number(), visits: z.number().int() })),
  /** Days in the current phase this time; null unless in a phase. */
  daysThisVisit: z.number().nullable(),
  totalDays: z.number(),
  daysWithdrawn: z.number(),
  stepBacks: z.number().int(),
  /** Oldest first. */
  history: z.array(enrolmentHistoryEntrySchema),
  /** The events the caller may record now (criteria are checked on the event itself). */
  availableEvents: z.array(z.enum(enrolmentEventTypes)),
});
export type EnrolmentDetail = z.infer<typeof enrolmentDetailSchema>;

export const enrolmentEventBodySchema = z.strictObject({
  event: enrolmentEventSchema,
  /** The version the caller saw; a stale one is refused. */
  version: z.number().int().min(1),
});
export type EnrolmentEventBody = z.infer<typeof enrolmentEventBodySchema>;

// ───────────────────────────── group sessions ─────────────────────────────

export const siteParamsSchema = z.strictObject({ siteId: idSchema });
export const groupSessionParamsSchema = z.strictObject({ groupSessionId: idSchema });

/** Both dates inclusive; without them, the last 30 days and the next 60. */
export const groupSessionListQuerySchema = z.strictObject({ from: dateSchema.optional(), to: dateSchema.optional() });
export const groupSessionOptionsQuerySchema = z.strictObject({ programmeKey: keySchema });

const attendeeIdsSchema = z.array(idSchema).max(200, { message: "At most 200 registered attendees." });
const headcountSchema = z.number().int().min(0, { message: "Cannot be negative." }).max(10_000);

export const recordGroupSessionBodySchema = z.strictObject({
  programmeKey: keySchema,
  startsAt: z.iso.datetime({ offset: true, message: "Must be a date and time." }),
  durationMinutes: z.number().int().min(5).max(720),
  /** A place: a partner such as a mosque or a college, or the office. Never a client's address. */
  venue: displayTextSchema(200),
  topic: z.string().trim().max(500).nullable().optional(),
  facilitatorIds: z.array(idSchema).min(1, { message: "Name at least one facilitator." }).max(20),
  /** Enrolments (active, on this programme, at this site) of the registered clients who came. */
  attendeeEnrolmentIds: attendeeIdsSchema,
  /** People who came but are not registered clients, counted without names. */
  anonymousHeadcount: headcountSchema,
});

export const updateGroupSessionBodySchema = z.strictObject({ attendeeEnrolmentIds: attendeeIdsSchema, anonymousHeadcount: headcountSchema });

export const groupSessionSummarySchema = z.object({
  id: idSchema,
  siteId: idSchema,
  programme: z.object({ key: z.string(), title: z.string() }),
  startsAt: z.iso.datetime(),
  durationMinutes: z.number().int(),
  venue: z.string(),
  topic: z.string().nullable(),
  facilitators: z.array(z.object({ userId: idSchema, name: z.string() })),
  registeredCount: z.number().int(),
  anonymousHeadcount: z.number().int(),
});
export const groupSessionListSchema = z.object({ items: z.array(groupSessionSummarySchema), canRecord: z.boolean() });

/** A registered attendee whose case the reader can see, by name (an audited read). */
export const namedAttendeeSchema = z.object({ enrolmentId: idSchema, caseId: idSchema, caseReference: z.string(), name: z.string() });

export const groupSessionDetailSchema = groupSessionSummarySchema.extend({
  attendees: z.array(namedAttendeeSchema),
  /** Registered attendees on cases the reader cannot see: counted, never named. */
  otherRegisteredCount: z.number().int(),
  canEdit: z.boolean(),
});
export type GroupSessionDetail = z.infer<typeof groupSessionDetailSchema>;

/** What recording a group session of a programme at a site can offer: facilitators and enrolled clients the caller can see. */
export const groupSessionOptionsSchema = z.object({
  facilitators: z.array(z.object({ userId: idSchema, name: z.string() })),
  enrolments: z.array(namedAttendeeSchema),
});
