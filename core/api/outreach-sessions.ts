/**
 * Request and response shapes for recurring outreach schedules, a site's outreach calendar, and the
 * outreach sessions logged (from a schedule's occurrence or as a one-off), with the headcount and
 * the resources handed out. The web forms validate with the same schemas.
 */
import { z } from "zod";
import { addDays } from "../instruments/reassessment.js";
import { occurrences, recurrenceSchema, scheduleSchema } from "../outreach/schedule.js";
import { headcountSchema } from "../outreach/session-log.js";
import { outreachSessionTypes, outreachTopics, partnerTypes, resourceKinds } from "../outreach/vocabulary.js";
import { idSchema, pageOf, pageQuerySchema } from "./common.js";
import { outreachSiteQuerySchema, staffOptionSchema } from "./outreach.js";

/** The longest calendar window, in days: two months. */
export const maxOutreachCalendarDays = 62;
/** The most staff named on a schedule or a session. */
export const maxOutreachStaff = 20;
/** The most different items handed out at one session. */
export const maxResourceLines = 50;

const londonDaySchema = z.iso.date({ message: "Must be a date (YYYY-MM-DD)." });

const topicsSchema = z
  .array(z.enum(outreachTopics, { message: "Choose a topic from the list." }))
  .max(outreachTopics.length)
  .refine((topics) => new Set(topics).size === topics.length, { message: "Each topic once." });

const staffIdsSchema = z
  .array(idSchema)
  .max(maxOutreachStaff, { message: `At most ${maxOutreachStaff} people.` })
  .refine((ids) => new Set(ids).size === ids.length, { message: "Each person once." });

const sessionTypeSchema = z.enum(outreachSessionTypes, { message: "Choose the kind of session." });

/* ------------------------------------------------------------------ schedules */

export const scheduleParamsSchema = z.strictObject({ scheduleId: idSchema });

/** A schedule's fields other than its site: where, what, when, and who usually goes. */
const scheduleFields = {
  ...scheduleSchema.shape,
  partnerId: idSchema,
  sessionType: sessionTypeSchema,
  topics: topicsSchema,
  staffIds: staffIdsSchema,
};

/** The last day not before the first, and each skipped day one of the schedule's own days. */
function scheduleRules(value: z.infer<typeof scheduleSchema>, context: z.RefinementCtx): void {
  if (value.endsOn !== null && value.endsOn < value.startsOn) context.addIssue({ code: "custom", path: ["endsOn"], message: "The last day cannot be before the first." });
  const unskipped = { ...value, skippedDays: [], endsOn: null };
  value.skippedDays.forEach((day, index) => {
    if (day < value.startsOn || occurrences(unskipped, day, day).length === 0) context.addIssue({ code: "custom", path: ["skippedDays", index], message: "That day is not one of this schedule's days." });
  });
  if (new Set(value.skippedDays).size !== value.skippedDays.length) context.addIssue({ code: "custom", path: ["skippedDays"], message: "Each day once." });
}

export const createScheduleBodySchema = z.strictObject({ siteId: idSchema, ...scheduleFields }).superRefine(scheduleRules);
export type CreateScheduleBody = z.infer<typeof createScheduleBodySchema>;

/** The whole schedule as it should be, with the version seen: skipping a day adds it to `skippedDays`; ending it sets `endsOn`. */
export const updateScheduleBodySchema = z.strictObject({ ...scheduleFields, version: z.number().int().min(1) }).superRefine(scheduleRules);
export type UpdateScheduleBody = z.infer<typeof updateScheduleBodySchema>;

export const outreachPartnerRefSchema = z.object({ id: idSchema, name: z.string(), type: z.enum(partnerTypes) });
export type OutreachPartnerRef = z.infer<typeof outreachPartnerRefSchema>;

export const occurrenceSchema = z.object({ day: z.iso.date(), startsAt: z.iso.datetime(), endsAt: z.iso.datetime() });

export const outreachScheduleSchema = z.object({
  id: idSchema,
  siteId: idSchema,
  partner: outreachPartnerRefSchema,
  sessionType: z.enum(outreachSessionTypes),
  topics: z.array(z.enum(outreachTopics)),
  startsOn: z.iso.date(),
  endsOn: z.iso.date().nullable(),
  time: z.string(),
  durationMinutes: z.number().int(),
  recurrence: recurrenceSchema,
  skippedDays: z.array(z.iso.date()),
  staff: z.array(staffOptionSchema),
  /** On or after today (London); null once it has ended. */
  nextOccurrence: occurrenceSchema.nullable(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean() }),
});
export type OutreachScheduleView = z.infer<typeof outreachScheduleSchema>;

export const scheduleListQuerySchema = outreachSiteQuerySchema;

export const scheduleListSchema = z.object({
  siteId: idSchema,
  /** Running schedules first, by their next occurrence; ended ones after. */
  items: z.array(outreachScheduleSchema),
  abilities: z.object({ create: z.boolean() }),
});
export type ScheduleList = z.infer<typeof scheduleListSchema>;

/* ------------------------------------------------------------------- calendar */

/** London days, `from` to `to` inclusive, at most two months. */
export const outreachCalendarQuerySchema = z
  .strictObject({ siteId: idSchema.optional(), from: londonDaySchema, to: londonDaySchema })
  .superRefine((query, context) => {
    if (query.to < query.from) context.addIssue({ code: "custom", path: ["to"], message: "The end cannot be before the start." });
    else if (addDays(query.from, maxOutreachCalendarDays - 1) < query.to) context.addIssue({ code: "custom", path: ["to"], message: `At most ${maxOutreachCalendarDays} days at once.` });
  });
export type OutreachCalendarQuery = z.infer<typeof outreachCalendarQuerySchema>;

export const calendarEntrySchema = z.object({
  /** A schedule's occurrence (logged or not), or a session logged on its own. */
  kind: z.enum(["occurrence", "one_off"]),
  scheduleId: idSchema.nullable(),
  day: z.iso.date(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  partner: outreachPartnerRefSchema.nullable(),
  venue: z.string(),
  sessionType: z.enum(outreachSessionTypes),
  topics: z.array(z.enum(outreachTopics)),
  staff: z.array(staffOptionSchema),
  /** The session logged for it, with how many people it reached. */
  session: z.object({ id: idSchema, headcountTotal: z.number().int() }).nullable(),
  /** Not yet logged, already started, and the user records outreach here. */
  canLog: z.boolean(),
});
export type OutreachCalendarEntry = z.infer<typeof calendarEntrySchema>;

export const outreachCalendarSchema = z.object({
  siteId: idSchema,
  from: z.iso.date(),
  to: z.iso.date(),
  /** Today in London, for the page to mark it. */
  today: z.iso.date(),
  /** By start. */
  items: z.array(calendarEntrySchema),
  abilities: z.object({ log: z.boolean() }),
});
export type OutreachCalendar = z.infer<typeof outreachCalendarSchema>;

/* ------------------------------------------------------------------- sessions */

export const outreachSessionParamsSchema = z.strictObject({ sessionId: idSchema });

export const resourceLineSchema = z.strictObject({
  itemId: idSchema,
  quantity: z.number({ message: "Must be a number." }).int({ message: "Must be a whole number." }).min(1, { message: "At least 1." }).max(100_000, { message: "That is too many." }),
});

const resourcesSchema = z
  .array(resourceLineSchema)
  .max(maxResourceLines)
  .refine((lines) => new Set(lines.map((line) => line.itemId)).size === lines.length, { message: "Each item once." });

const followUpSchema = z.number({ message: "Must be a number." }).int({ message: "Must be a whole number." }).min(0, { message: "Cannot be negative." }).max(100_000, { message: "That is too many." });

/** About the session, never about a named person. */
const notesSchema = z.string().trim().max(4_000, { message: "At most 4,000 characters." });

/** What staff record about any session they log or correct. */
const sessionRecordFields = {
  topics: topicsSchema,
  staffIds: staffIdsSchema.min(1, { message: "Name at least one person who was there." }),
  headcount: headcountSchema,
  followUpContacts: followUpSchema,
  resources: resourcesSchema,
  notes: notesSchema,
};

/**
 * Logging a session: either a schedule's occurrence (`scheduleId` and `occurrenceDay`; where,
 * what and when come from the schedule) or a one-off (`siteId`, a partner or a venue, the kind of
 * session, when it started and how long it ran).
 */
export const logSessionBodySchema = z
  .strictObject({
    ...sessionRecordFields,
    scheduleId: idSchema.optional(),
    occurrenceDay: londonDaySchema.optional(),
    siteId: idSchema.optional(),
    partnerId: idSchema.optional(),
    venue: z.string().trim().max(200, { message: "At most 200 characters." }).optional(),
    sessionType: sessionTypeSchema.optional(),
    startsAt: z.iso.datetime({ offset: true, message: "Must be a date and time." }).optional(),
    durationMinutes: z.number({ message: "Must be a number of minutes." }).int({ message: "Must be whole minutes." }).min(5, { message: "At least 5 minutes." }).max(12 * 60, { message: "At most 12 hours." }).optional(),
  })
  .superRefine((body, context) => {
    const need = (field: keyof typeof body, message: string) => {
      if (body[field] === undefined) context.addIssue({ code: "custom", path: [field], message });
    };
    if (body.scheduleId !== undefined) {
      need("occurrenceDay", "Say which day of the schedule this was.");
      // The schedule says where, what and when; a second answer could only disagree with it.
      for (const field of ["siteId", "partnerId", "venue", "sessionType", "startsAt", "durationMinutes"] as const) {
        if (body[field] !== undefined) context.addIssue({ code: "custom", path: [field], message: "This comes from the schedule." });
      }
      return;
    }
    if (body.occurrenceDay !== undefined) context.addIssue({ code: "custom", path: ["occurrenceDay"], message: "Only for a schedule's session." });
    need("siteId", "Say which site this was for.");
    need("sessionType", "Choose the kind of session.");
    need("startsAt", "Say when it started.");
    need("durationMinutes", "Say how long it ran.");
    if (body.partnerId === undefined && !body.venue) context.addIssue({ code: "custom", path: ["venue"], message: "Choose a partner or name the venue." });
  });
export type LogSessionBody = z.infer<typeof logSessionBodySchema>;

/** Correcting what was logged, with the version seen; resources are the quantities handed out as they should be. */
export const updateOutreachSessionBodySchema = z.strictObject({ ...sessionRecordFields, version: z.number().int().min(1) });
export type UpdateOutreachSessionBody = z.infer<typeof updateOutreachSessionBodySchema>;

export const outreachSessionListQuerySchema = pageQuerySchema.extend({
  siteId: idSchema.optional(),
  from: londonDaySchema.optional(),
  to: londonDaySchema.optional(),
  partnerId: idSchema.optional(),
});
export type OutreachSessionListQuery = z.infer<typeof outreachSessionListQuerySchema>;

export const outreachSessionSummarySchema = z.object({
  id: idSchema,
  siteId: idSchema,
  scheduleId: idSchema.nullable(),
  occurrenceDay: z.iso.date().nullable(),
  startsAt: z.iso.datetime(),
  durationMinutes: z.number().int(),
  partner: outreachPartnerRefSchema.nullable(),
  venue: z.string(),
  sessionType: z.enum(outreachSessionTypes),
  headcountTotal: z.number().int(),
  followUpContacts: z.number().int(),
  /** How many resources were handed out, all items together. */
  resourcesHandedOut: z.number().int(),
});
export type OutreachSessionSummary = z.infer<typeof outreachSessionSummarySchema>;

export const outreachSessionListSchema = pageOf(outreachSessionSummarySchema).extend({
  siteId: idSchema,
  abilities: z.object({ log: z.boolean() }),
});
export type OutreachSessionList = z.infer<typeof outreachSessionListSchema>;

export const handedOutSchema = z.object({
  itemId: idSchema,
  code: z.string(),
  kind: z.enum(resourceKinds),
  language: z.string().nullable(),
  label: z.string().nullable(),
  quantity: z.number().int(),
  /** The item's stock level now. */
  levelNow: z.number().int(),
});
export type HandedOut = z.infer<typeof handedOutSchema>;

export const outreachSessionDetailSchema = outreachSessionSummarySchema.extend({
  topics: z.array(z.enum(outreachTopics)),
  staff: z.array(staffOptionSchema),
  headcount: headcountSchema,
  notes: z.string(),
  resources: z.array(handedOutSchema),
  /** Referrals recorded as coming from this session (a count, never who). */
  referralsAttributed: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean() }),
});
export type OutreachSessionDetail = z.infer<typeof outreachSessionDetailSchema>;
