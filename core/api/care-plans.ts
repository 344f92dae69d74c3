/**
 * Request and response shapes for a case's care plan: the plan as it now stands with its versions
 * and reviews, starting a plan from the assessment, revising it, reviewing progress, and the client's
 * printed summary. The plan's own content is `carePlanContentSchema` (core/support/care-plan.ts), so
 * the API and the web form check a plan the same way.
 */
import { z } from "zod";
import { supportLanguages, vulnerabilityDomainSchema } from "../referrals/vocabulary.js";
import { carePlanContentSchema } from "../support/care-plan.js";
import { goalProgress } from "../support/vocabulary.js";
import { idSchema } from "./common.js";
import { interventionTypeSchema } from "./support-vocabulary.js";

const isoDate = z.iso.date({ message: "Use a real date written YYYY-MM-DD." });
const versionNumber = z.number({ message: "Give the version number." }).int({ message: "Use a whole number." }).min(1, { message: "Use at least 1." }).max(100_000);
const note = (max: number, message: string) =>
  z.string().trim().min(1, { message }).max(max, { message: `Keep this to ${max.toLocaleString("en-GB")} characters or fewer.` });

export { carePlanContentSchema };

export const carePlanVersionParamsSchema = z.strictObject({
  caseId: idSchema,
  version: z.coerce.number({ message: "Give a version number." }).int({ message: "Use a whole number." }).min(1, { message: "Use at least 1." }).max(100_000),
});

/** The first version of a case's plan. */
export const createCarePlanBodySchema = z.strictObject({
  content: carePlanContentSchema,
  /** The plan's date (today when left out); goals' target dates may not be before it. */
  planDate: isoDate.optional(),
  /** The assessment the plan was built from, on the same case. */
  basedOnAssessmentId: idSchema.optional(),
});
export type CreateCarePlanBody = z.infer<typeof createCarePlanBodySchema>;

/** A new version: the whole plan as it should now read, why it changed, and the version it was based on. */
export const reviseCarePlanBodySchema = z.strictObject({
  content: carePlanContentSchema,
  reason: note(2000, "Say why the plan is changing."),
  /** The version the editor started from; if the plan has moved on since, the change is refused (409). */
  expectedVersion: versionNumber,
  basedOnAssessmentId: idSchema.optional(),
});
export type ReviseCarePlanBody = z.infer<typeof reviseCarePlanBodySchema>;

export const goalProgressEntrySchema = z.strictObject({
  goalId: z.string().trim().min(1, { message: "Give the goal's id." }).max(64),
  value: z.enum(goalProgress, { message: "Choose how the goal is going." }),
  note: note(2000, "Leave out the note rather than sending it empty.").optional(),
});

/** A review of the current version: progress on every goal and when the next review is. */
export const reviewCarePlanBodySchema = z.strictObject({
  /** The version reviewed: it must be the current one (409 if the plan changed meanwhile). */
  planVersion: versionNumber,
  progress: z.array(goalProgressEntrySchema).max(50),
  nextReviewOn: isoDate,
});
export type ReviewCarePlanBody = z.infer<typeof reviewCarePlanBodySchema>;

export const carePlanVersionSummarySchema = z.object({
  version: z.number().int(),
  createdOn: z.iso.date(),
  createdByName: z.string().nullable(),
  /** Why it changed; null on the first version. */
  reason: z.string().nullable(),
  basedOnAssessmentId: idSchema.nullable(),
});

export const carePlanVersionSchema = carePlanVersionSummarySchema.extend({
  content: carePlanContentSchema,
  /** The workers the plan names, by name (a plan stores only their ids). */
  people: z.array(z.object({ userId: idSchema, name: z.string() })),
});
export type CarePlanVersionDetail = z.infer<typeof carePlanVersionSchema>;

export const carePlanReviewSchema = z.object({
  id: idSchema,
  planVersion: z.number().int(),
  reviewedOn: z.iso.date(),
  reviewedByName: z.string().nullable(),
  progress: z.array(z.object({ goalId: z.string(), value: z.enum(goalProgress), note: z.string().nullable() })),
  nextReviewOn: z.iso.date(),
});
export type CarePlanReviewDetail = z.infer<typeof carePlanReviewSchema>;

export const goalSummarySchema = z.object({
  goalId: z.string(),
  what: z.string(),
  targetDate: z.iso.date(),
  firstVersion: z.number().int(),
  droppedFromPlanInVersion: z.number().int().nullable(),
  progress: z.enum(goalProgress).nullable(),
  note: z.string().nullable(),
  progressChangedOn: z.iso.date().nullable(),
});

export const carePlanAbilitiesSchema = z.object({
  /** Start the first version (there is no plan yet). */
  create: z.boolean(),
  revise: z.boolean(),
  review: z.boolean(),
  /** Print the client's summary. */
  print: z.boolean(),
});

/** A case's care plan: null until the first version is written; the abilities say what the reader may do. */
export const carePlanSchema = z.object({
  caseId: idSchema,
  caseReference: z.string(),
  /** The client's preferred language: the summary prints in it unless another is chosen. */
  clientLanguage: z.string(),
  plan: z
    .object({
      currentVersion: z.number().int(),
      current: carePlanVersionSchema,
      versions: z.array(carePlanVersionSummarySchema),
      /** Newest first. */
      reviews: z.array(carePlanReviewSchema),
      goalsSummary: z.array(goalSummarySchema),
      nextReview: z.object({ dueOn: z.iso.date(), isOverdue: z.boolean(), daysOverdue: z.number().int() }),
    })
    .nullable(),
  /** The organisation's intervention types, retired ones included, to label the plan's. */
  interventionTypes: z.array(interventionTypeSchema),
  abilities: carePlanAbilitiesSchema,
});
export type CarePlan = z.infer<typeof carePlanSchema>;

/**
 * What a new plan can start from: a suggested goal for each area where the latest counted
 * cross-vulnerability assessment found moderate or high need, the intervention types whose
 * specialism fits those areas, every type the organisation offers, and the people who can see the
 * case (who may deliver an intervention).
 */
export const carePlanStartingPointsSchema = z.object({
  assessment: z.object({ id: idSchema, assessedOn: z.iso.date() }).nullable(),
  goals: z.array(
    z.object({
      domain: vulnerabilityDomainSchema,
      level: z.enum(["high", "moderate"]),
      need: z.number().int(),
      /** Intervention types (codes) whose specialism meets a need in this area. */
      interventionTypes: z.array(z.string()),
    }),
  ),
  /** The types that may be used on a new plan (retired ones left out). */
  interventionTypes: z.array(interventionTypeSchema),
  workers: z.array(z.object({ userId: idSchema, name: z.string() })),
});
export type CarePlanStartingPoints = z.infer<typeof carePlanStartingPointsSchema>;

/** The languages a summary may be printed in: the support languages a client may prefer. */
export const summaryLanguageSchema = z.enum(supportLanguages, { message: "Choose one of the support languages." });
export const carePlanSummaryQuerySchema = z.strictObject({ language: summaryLanguageSchema.optional() });
