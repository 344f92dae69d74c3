/** Shapes for the audit log viewer and chain verification. */
import { z } from "zod";
import { pageOf, pageQuerySchema } from "./common.js";

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
  clientId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const auditListQuerySchema = pageQuerySchema.extend({
  action: z.string().trim().max(100).optional(),
});
export const auditListSchema = pageOf(auditEventSchema);

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
