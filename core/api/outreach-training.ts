/**
 * Request and response shapes for training: the organisation's course catalogue, a site's
 * deliveries of a course, the professionals who attended (held with their consent, rated before and
 * after), their certificates, and the refreshers falling due. The web forms validate with the same
 * schemas.
 */
import { z } from "zod";
import { attendeeSchema, confidenceScale } from "../outreach/training.js";
import { outreachTopics } from "../outreach/vocabulary.js";
import { displayTextSchema, idSchema } from "./common.js";

export { confidenceScale };

/** A course asks between one and ten confidence statements, rated before and after. */
export const maxConfidenceQuestions = 10;
/** The longest refresher period: ten years. */
export const maxRefresherMonths = 120;
/** A refresher falling due within this many days is shown and reminded about. */
export const refresherNoticeDays = 30;

const versionSchema = z.number().int().min(1);
const londonDaySchema = z.iso.date({ message: "Must be a date (YYYY-MM-DD)." });
const plainText = (max: number) => z.string().trim().max(max, { message: `At most ${max} characters.` });

export const courseParamsSchema = z.strictObject({ courseId: idSchema });
export const deliveryParamsSchema = z.strictObject({ deliveryId: idSchema });
export const attendeeParamsSchema = z.strictObject({ attendeeId: idSchema });

/* ------------------------------------------------------------------ courses */

export const courseBodySchema = z.strictObject({
  title: displayTextSchema(120),
  /** Who it is for: "Imams and madrasa staff". */
  audience: plainText(200),
  description: plainText(2000),
  topics: z
    .array(z.enum(outreachTopics, { message: "Choose a topic from the list." }))
    .max(outreachTopics.length)
    .refine((topics) => new Set(topics).size === topics.length, { message: "Each topic once." }),
  /** Statements rated 1–5 before and after: "I can recognise the signs of grooming." */
  confidenceQuestions: z
    .array(z.string().trim().min(1, { message: "Required." }).max(300, { message: "At most 300 characters." }))
    .min(1, { message: "Give at least one statement." })
    .max(maxConfidenceQuestions, { message: `At most ${maxConfidenceQuestions} statements.` }),
  /** Months until a refresher is due; null when none is needed. */
  refresherMonths: z.number().int().min(1).max(maxRefresherMonths).nullable(),
  isActive: z.boolean(),
});
export type CourseBody = z.infer<typeof courseBodySchema>;

export const updateCourseBodySchema = courseBodySchema.extend({ version: versionSchema });
export type UpdateCourseBody = z.infer<typeof updateCourseBodySchema>;

export const courseSchema = z.object({
  id: idSchema,
  title: z.string(),
  audience: z.string(),
  description: z.string(),
  topics: z.array(z.enum(outreachTopics)),
  confidenceQuestions: z.array(z.string()),
  refresherMonths: z.number().int().nullable(),
  isActive: z.boolean(),
  version: z.number().int(),
});
export type Course = z.infer<typeof courseSchema>;

export const courseListSchema = z.object({
  items: z.array(courseSchema),
  /** May the user add and change courses (the catalogue is the organisation's)? */
  abilities: z.object({ manage: z.boolean() }),
});
export type CourseList = z.infer<typeof courseListSchema>;

/* ------------------------------------------------------------------ deliveries */

const deliveryFields = {
  /** The partner whose people were trained, at the same site; null for an open session. */
  partnerId: idSchema.nullable(),
  deliveredOn: londonDaySchema,
  /** A member of the site's staff. */
  trainerId: idSchema,
  location: plainText(200),
  notes: plainText(2000),
};

export const createDeliveryBodySchema = z.strictObject({ siteId: idSchema, courseId: idSchema, ...deliveryFields });
export type CreateDeliveryBody = z.infer<typeof createDeliveryBodySchema>;

/** The course stays: its questions were asked and answered at this delivery. */
export const updateDeliveryBodySchema = z.strictObject({ ...deliveryFields, version: versionSchema });
export type UpdateDeliveryBody = z.infer<typeof updateDeliveryBodySchema>;

export const deliveryListQuerySchema = z
  .strictObject({ siteId: idSchema.optional(), from: londonDaySchema.optional(), to: londonDaySchema.optional() })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ["to"], message: "The end cannot be before the start." });

const personSchema = z.object({ id: idSchema, name: z.string() });

export const deliverySummarySchema = z.object({
  id: idSchema,
  siteId: idSchema,
  course: z.object({ id: idSchema, title: z.string() }),
  partner: personSchema.nullable(),
  trainer: personSchema,
  deliveredOn: z.iso.date(),
  location: z.string(),
  attendeeCount: z.number().int(),
  /** Over every question an attendee rated both before and after; null when none did. */
  meanBefore: z.number().nullable(),
  meanAfter: z.number().nullable(),
});
export type DeliverySummary = z.infer<typeof deliverySummarySchema>;

export const deliveryListSchema = z.object({
  siteId: idSchema,
  items: z.array(deliverySummarySchema),
  /** More deliveries fell in the period than a page shows: narrow the period. */
  isTruncated: z.boolean(),
  abilities: z.object({ record: z.boolean() }),
});
export type DeliveryList = z.infer<typeof deliveryListSchema>;

/* ------------------------------------------------------------------ attendees */

// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const disguising = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/**
 * One attendee as the forms send them: the core's rules (consent, ratings 1–5 per question), and no
 * control characters or direction overrides in what is printed on a certificate.
 */
export const attendeeBodySchema = attendeeSchema.superRefine((attendee, context) => {
  for (const field of ["name", "role", "organisation"] as const) {
    if (disguising.test(attendee[field])) context.addIssue({ code: "custom", path: [field], message: "Contains characters that are not allowed." });
  }
});
export type AttendeeBody = z.infer<typeof attendeeBodySchema>;

const ratingsSchema = z.array(z.number().int().nullable());

export const attendeeViewSchema = z.object({
  id: idSchema,
  deliveryId: idSchema,
  name: z.string(),
  role: z.string(),
  organisation: z.string(),
  email: z.string().nullable(),
  consentRecordedAt: z.iso.datetime(),
  before: ratingsSchema,
  after: ratingsSchema,
  certificateNumber: z.string(),
  refresherDueOn: z.iso.date().nullable(),
  refresherRemindedOn: z.iso.date().nullable(),
});
export type AttendeeView = z.infer<typeof attendeeViewSchema>;

export const questionSummarySchema = z.object({
  question: z.string(),
  answered: z.number().int(),
  meanBefore: z.number().nullable(),
  meanAfter: z.number().nullable(),
  shareImproved: z.number().nullable(),
});
export type QuestionSummary = z.infer<typeof questionSummarySchema>;

export const deliveryDetailSchema = deliverySummarySchema.extend({
  notes: z.string(),
  /** The course's statements as they were asked at this delivery. */
  confidenceQuestions: z.array(z.string()),
  refresherMonths: z.number().int().nullable(),
  attendees: z.array(attendeeViewSchema),
  confidence: z.array(questionSummarySchema),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean() }),
});
export type DeliveryDetail = z.infer<typeof deliveryDetailSchema>;

/* ------------------------------------------------------------------ refreshers */

export const refresherListQuerySchema = z.strictObject({ siteId: idSchema.optional() });

export const refresherDueSchema = z.object({
  attendeeId: idSchema,
  deliveryId: idSchema,
  name: z.string(),
  organisation: z.string(),
  course: z.object({ id: idSchema, title: z.string() }),
  partner: personSchema.nullable(),
  deliveredOn: z.iso.date(),
  refresherDueOn: z.iso.date(),
  isOverdue: z.boolean(),
});
export type RefresherDue = z.infer<typeof refresherDueSchema>;

export const refresherListSchema = z.object({ siteId: idSchema, items: z.array(refresherDueSchema), isTruncated: z.boolean() });
export type RefresherList = z.infer<typeof refresherListSchema>;
