/**
 * Request and response shapes for erasure, retention holds and restriction of processing (issue
 * 12): a client's data-protection state (holds, restriction, erasure), placing and lifting a hold,
 * restricting and lifting, and the decision on an erasure request. The data protection officer's
 * pages validate with the same schemas.
 */
import { z } from "zod";
import { holdKinds, placedHoldKinds, safeguardingConcerns } from "../data-protection/holds.js";
import { restrictionGrounds } from "../data-protection/restriction.js";
import { idSchema } from "./common.js";

export { holdKinds, placedHoldKinds, restrictionGrounds, safeguardingConcerns };

const day = z.iso.date({ message: "Enter a date, YYYY-MM-DD." });

/** A reason someone writes: required, one paragraph or a few, no control characters. */
const reasonSchema = z
  .string()
  .normalize("NFC")
  .trim()
  .min(1, { message: "Give the reason." })
  .max(2000, { message: "At most 2000 characters." })
  // eslint-disable-next-line no-control-regex -- refusing control characters (but newline and tab) is the point
  .refine((value) => !/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value), { message: "Contains characters that are not allowed." });

export const clientParamsSchema = z.strictObject({ clientId: idSchema });
export const holdParamsSchema = z.strictObject({ holdId: idSchema });

export const holdSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("safeguarding"), concern: z.enum(safeguardingConcerns), caseId: idSchema, caseReference: z.string() }),
  z.object({
    kind: z.enum(placedHoldKinds),
    holdId: idSchema,
    placedAt: z.string(),
    reviewOn: z.string().nullable(),
    /** The reason as written, for the data protection officer only. */
    reason: z.string(),
    placedByName: z.string().nullable(),
  }),
]);
export type HoldView = z.infer<typeof holdSchema>;

export const restrictionSchema = z.object({
  id: idSchema,
  ground: z.enum(restrictionGrounds),
  reason: z.string(),
  reviewOn: z.string(),
  placedAt: z.string(),
  placedByName: z.string().nullable(),
});

export const erasureRecordSchema = z.object({
  id: idSchema,
  basis: z.enum(["request", "retention"]),
  dataRightsRequestId: idSchema.nullable(),
  erasedAt: z.string(),
  erasedByName: z.string().nullable(),
  /** Counts of what was removed or shredded, by kind of record: never the content. */
  tally: z.record(z.string(), z.number().int()),
});

/** Everything the data protection officer needs to decide about a client's record. */
export const dataProtectionStateSchema = z.object({
  clientId: idSchema,
  reference: z.string(),
  holds: z.array(holdSchema),
  openCaseReferences: z.array(z.string()),
  restriction: restrictionSchema.nullable(),
  erasure: erasureRecordSchema.nullable(),
  abilities: z.object({ erase: z.boolean(), placeHold: z.boolean(), restrict: z.boolean(), liftRestriction: z.boolean() }),
});
export type DataProtectionState = z.infer<typeof dataProtectionStateSchema>;

export const placeHoldBodySchema = z.strictObject({
  kind: z.enum(placedHoldKinds, { message: "Choose a legal claim or a statutory duty." }),
  reason: reasonSchema,
  reviewOn: day.nullable().optional(),
});
export type PlaceHoldBody = z.infer<typeof placeHoldBodySchema>;

export const liftBodySchema = z.strictObject({ reason: reasonSchema });

export const restrictBodySchema = z.strictObject({
  ground: z.enum(restrictionGrounds, { message: "Choose the ground for the restriction." }),
  reason: reasonSchema,
  reviewOn: day,
  /** The restriction request on the register this answers, when there is one. */
  dataRightsRequestId: idSchema.optional(),
});
export type RestrictBody = z.infer<typeof restrictBodySchema>;

/**
 * The decision on an erasure request. Erasing cannot be undone, so the officer types the client's
 * reference to confirm; with a hold the request is put on hold, or refused, with the reason the
 * person is told.
 */
export const erasureDecisionBodySchema = z.discriminatedUnion("decision", [
  z.strictObject({ decision: z.literal("erase"), confirmReference: z.string().trim().min(1, { message: "Type the client's reference to confirm." }).max(40) }),
  z.strictObject({ decision: z.literal("hold") }),
  z.strictObject({ decision: z.literal("refuse") }),
]);
export type ErasureDecisionBody = z.infer<typeof erasureDecisionBodySchema>;
