/**
 * Request and response shapes for the retention schedule (issue 12): the organisation's rules by
 * record type, the review queue of records past retention, approving their deletion in bulk, and
 * the record of what was deleted. Records are named by reference only; no identity leaves here.
 * The web forms validate with the same schemas.
 */
import { z } from "zod";
import { retentionAgeGroups, retentionRecordTypes, retentionRuleBounds as bounds } from "../data-protection/retention-rules.js";
import { idSchema } from "./common.js";

export { retentionAgeGroups, retentionRecordTypes };

const day = z.iso.date();
const recordTypeSchema = z.enum(retentionRecordTypes);
const ageGroupSchema = z.enum(retentionAgeGroups);

const wholeNumber = (min: number, max: number, what: string) =>
  z
    .number({ message: "Enter a whole number." })
    .int({ message: "Enter a whole number." })
    .min(min, { message: `${what} is at least ${min}.` })
    .max(max, { message: `${what} is at most ${max}.` });

export const retentionRuleFiguresSchema = z.strictObject({
  adultYearsAfterClosure: wholeNumber(bounds.minYears, bounds.maxYears, "The number of years"),
  childUntilBirthday: wholeNumber(bounds.minBirthday, bounds.maxBirthday, "The birthday"),
  childAged17UntilBirthday: wholeNumber(bounds.minBirthday, bounds.maxBirthday, "The birthday"),
});
export type RetentionRuleFigures = z.infer<typeof retentionRuleFiguresSchema>;

export const retentionRuleParamsSchema = z.strictObject({ recordType: recordTypeSchema });

/** A change to one record type's rule, with the version seen (1 while the defaults apply). */
export const updateRetentionRuleBodySchema = retentionRuleFiguresSchema.extend({ version: z.number().int().min(1) });
export type UpdateRetentionRuleBody = z.infer<typeof updateRetentionRuleBodySchema>;

export const retentionRuleSchema = retentionRuleFiguresSchema.extend({
  recordType: recordTypeSchema,
  isDefault: z.boolean(),
  version: z.number().int(),
  updatedAt: z.iso.datetime().nullable(),
  updatedByName: z.string().nullable(),
});
export const retentionRulesSchema = z.object({
  rules: z.array(retentionRuleSchema),
  defaults: retentionRuleFiguresSchema,
  canEdit: z.boolean(),
});

export const retentionQueueQuerySchema = z.strictObject({
  status: z.enum(["due", "held"]).default("due"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const retentionEntrySchema = z.object({
  id: idSchema,
  recordType: recordTypeSchema,
  reference: z.string(),
  ageGroup: ageGroupSchema,
  rule: retentionRuleFiguresSchema,
  dueOn: day,
  status: z.enum(["due", "held"]),
  holds: z.array(z.string()),
  firstListedAt: z.iso.datetime(),
});
export type RetentionEntry = z.infer<typeof retentionEntrySchema>;

export const retentionQueueSummarySchema = z.object({
  counts: z.object({ due: z.number().int(), held: z.number().int() }),
  lastReviewedAt: z.iso.datetime().nullable(),
});

export const retentionQueueSchema = z.object({
  items: z.array(retentionEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z.object({ due: z.number().int(), held: z.number().int() }),
  lastReviewedAt: z.iso.datetime().nullable(),
});

/** The most records one approval deletes: a page of the queue at its largest. */
export const maxDeletionsPerApproval = 200;

/**
 * Approve deletion of the chosen queue entries. `confirmedCount` is the number the approver was
 * asked to confirm; a different number means what they confirmed is not what was sent.
 */
export const approveDeletionBodySchema = z
  .strictObject({
    entryIds: z
      .array(idSchema)
      .min(1, { message: "Choose at least one record." })
      .max(maxDeletionsPerApproval, { message: `At most ${maxDeletionsPerApproval} records at once.` })
      .refine((ids) => new Set(ids).size === ids.length, { message: "A record is chosen twice." }),
    confirmedCount: z.number().int(),
  })
  .refine((body) => body.confirmedCount === body.entryIds.length, { path: ["confirmedCount"], message: "Confirm the number of records to delete." });
export type ApproveDeletionBody = z.infer<typeof approveDeletionBodySchema>;

export const retentionDeletionItemSchema = z.object({
  recordType: recordTypeSchema,
  reference: z.string(),
  ageGroup: ageGroupSchema,
  rule: retentionRuleFiguresSchema,
  dueOn: day,
});

export const retentionDeletionSchema = z.object({
  id: idSchema,
  approvedAt: z.iso.datetime(),
  approvedByName: z.string(),
  recordCount: z.number().int(),
});

export const retentionDeletionDetailSchema = retentionDeletionSchema.extend({ items: z.array(retentionDeletionItemSchema) });
export const retentionDeletionListSchema = z.object({ items: z.array(retentionDeletionSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export const retentionDeletionParamsSchema = z.strictObject({ deletionId: idSchema });
