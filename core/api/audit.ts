/**
 * Shapes for reviewing the audit trail: the filtered event list and its export, finding a client by
 * reference or name (sent in a body, never in an address), chain verification and its history, and
 * unusual-access alerts with their thresholds.
 */
import { z } from "zod";
import { unusualAccessRules } from "../audit/unusual-access.js";
import { idSchema, pageOf, pageQuerySchema } from "./common.js";

export const auditEventSchema = z.object({
  id: z.number().int(),
  /** Position in the hash chain; null for the moments between writing an event and sealing it. */
  seq: z.number().int().nullable(),
  at: z.iso.datetime(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  siteId: z.string().nullable(),
  siteName: z.string().nullable(),
  clientId: z.string().nullable(),
  /** The client's pseudonymous reference (PW-…), never a name. */
  clientReference: z.string().nullable(),
  /** Made under emergency access, or granting it: the data protection officer may read why. */
  isBreakGlass: z.boolean(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

const day = z.iso.date({ message: "Must be a date (YYYY-MM-DD)." });

/** The viewer's filters; every one optional, days on the London calendar, both ends included. */
export const auditFilterSchema = z.strictObject({
  actorUserId: idSchema.optional(),
  clientId: idSchema.optional(),
  siteId: idSchema.optional(),
  action: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-z_]+(\.[a-z_]+)*$/, { message: "Must be an action such as case.read." })
    .optional(),
  from: day.optional(),
  to: day.optional(),
  breakGlassOnly: z
    .enum(["true", "false"], { message: "Must be true or false." })
    .optional()
    .transform((value) => value === "true"),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditListQuerySchema = pageQuerySchema.extend(auditFilterSchema.shape).refine((query) => !query.from || !query.to || query.from <= query.to, {
  message: "The first day must not be after the last.",
  path: ["to"],
});
export const auditExportQuerySchema = auditFilterSchema.refine((query) => !query.from || !query.to || query.from <= query.to, {
  message: "The first day must not be after the last.",
  path: ["to"],
});
/** `total` stops counting at `totalCap`: a larger log says "more than" rather than counting every row. */
export const auditListSchema = pageOf(auditEventSchema).extend({
  isTotalCapped: z.boolean(),
  /** What the reader may do with the events listed. */
  abilities: z.object({ readBreakGlassReason: z.boolean() }),
});
export const auditTotalCap = 10_000;
/** The most rows one export holds; a larger selection is narrowed first. */
export const auditExportCap = 50_000;

/** What the filter offers: the organisation's staff and sites. */
export const auditPeopleSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), isActive: z.boolean() })),
  sites: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const auditClientSearchBodySchema = z.union([
  z.strictObject({ reference: z.string().trim().toUpperCase().min(1, { message: "Give a reference." }).max(20) }),
  z.strictObject({
    givenName: z.string().trim().min(1, { message: "Give a given name." }).max(100),
    familyName: z.string().trim().max(100).optional(),
    dateOfBirth: day.optional(),
  }),
]);
export const auditClientMatchesSchema = z.object({ items: z.array(z.object({ clientId: z.string(), reference: z.string() })) });

export const breakGlassReasonSchema = z.object({ reason: z.string(), grantedAt: z.iso.datetime(), expiresAt: z.iso.datetime() });

export const chainVerificationSchema = z.object({
  isIntact: z.boolean(),
  checkedEvents: z.number().int(),
  /** The first event whose hash or link does not match, when the chain is broken. */
  firstBrokenSeq: z.number().int().nullable(),
  problem: z.string().nullable(),
  /** Events written but not yet sealed into the chain (sealing follows within seconds). */
  unsealedEvents: z.number().int(),
  verifiedAt: z.iso.datetime(),
});
export type ChainVerification = z.infer<typeof chainVerificationSchema>;

export const chainCheckSchema = z.object({
  id: z.string(),
  checkedAt: z.iso.datetime(),
  trigger: z.enum(["nightly", "on_demand"]),
  requestedByName: z.string().nullable(),
  isIntact: z.boolean(),
  checkedEvents: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  problem: z.string().nullable(),
});
export const chainCheckListSchema = z.object({ items: z.array(chainCheckSchema) });

export const auditAlertStatuses = ["open", "acknowledged", "closed"] as const;
export const auditAlertSchema = z.object({
  id: z.string(),
  rule: z.enum(unusualAccessRules),
  userId: z.string(),
  userName: z.string(),
  firstAt: z.iso.datetime(),
  lastAt: z.iso.datetime(),
  count: z.number().int(),
  threshold: z.number().int(),
  status: z.enum(auditAlertStatuses),
  /** The reviewer's note, decrypted for the reader. */
  note: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export type AuditAlert = z.infer<typeof auditAlertSchema>;
export const auditAlertListQuerySchema = pageQuerySchema.extend({ status: z.enum(auditAlertStatuses, { message: "Must be open, acknowledged or closed." }).optional() });
export const auditAlertListSchema = pageOf(auditAlertSchema);

export const reviewAlertBodySchema = z.strictObject({
  status: z.enum(["acknowledged", "closed"], { message: "Must be acknowledged or closed." }),
  note: z.string().trim().max(2000, { message: "At most 2,000 characters." }),
  version: z.number().int().min(1),
}).refine((body) => body.status !== "closed" || body.note.length > 0, { message: "Say why the alert is closed.", path: ["note"] });

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "Must be a time such as 08:00." });
export const alertSettingsShape = {
  offCaseloadClients: z.number().int().min(1, { message: "At least 1." }).max(1000, { message: "At most 1,000." }),
  offCaseloadMinutes: z.number().int().min(1, { message: "At least 1 minute." }).max(24 * 60, { message: "At most a day (1,440 minutes)." }),
  isOutOfHoursOn: z.boolean(),
  workdayStart: clock,
  workdayEnd: clock,
  workingDays: z
    .array(z.number().int().min(1).max(7), { message: "Choose the working days." })
    .max(7)
    .refine((days) => new Set(days).size === days.length, { message: "Name each day once." }),
  breakGlassUses: z.number().int().min(1, { message: "At least 1." }).max(100, { message: "At most 100." }),
  breakGlassDays: z.number().int().min(1, { message: "At least 1 day." }).max(90, { message: "At most 90 days." }),
};
export const alertSettingsSchema = z.object({ ...alertSettingsShape, version: z.number().int(), updatedAt: z.iso.datetime().nullable(), updatedByName: z.string().nullable() });
export const updateAlertSettingsBodySchema = z
  .strictObject({ ...alertSettingsShape, version: z.number().int().min(1) })
  .refine((body) => body.workdayStart < body.workdayEnd, { message: "The working day must end after it starts.", path: ["workdayEnd"] });
