/**
 * Sending an outreach session logged on a device with no signal. Each entry carries the id the
 * device gave it, so sending it again (the answer was lost) takes it in once. When the session is
 * already held (logged online, or by someone else), the answer is "conflict" with the session held,
 * and the worker sends the entry again with what to do: keep the session held, put theirs (or a
 * merge of the two) in its place, or keep both when they were in fact two sessions.
 */
import { z } from "zod";
import { idSchema } from "./common.js";
import { logSessionBodySchema, outreachSessionDetailSchema } from "./outreach-sessions.js";

export const offlineResolutionActions = ["keep_existing", "replace", "keep_both"] as const;
export type OfflineResolutionAction = (typeof offlineResolutionActions)[number];

export const offlineResolutionSchema = z.strictObject({
  action: z.enum(offlineResolutionActions, { message: "Choose what to keep." }),
  /** The session held that the entry was shown against. */
  sessionId: idSchema,
  /** Its version when shown: a session changed since is shown again rather than overwritten. */
  version: z.number({ message: "Must be a number." }).int().min(1),
});
export type OfflineResolution = z.infer<typeof offlineResolutionSchema>;

export const offlineEntryBodySchema = z.strictObject({
  entryId: idSchema,
  session: logSessionBodySchema,
  resolution: offlineResolutionSchema.optional(),
});
export type OfflineEntryBody = z.infer<typeof offlineEntryBodySchema>;

export const offlineEntryOutcomes = ["logged", "kept_existing", "replaced", "kept_both", "conflict"] as const;
export type OfflineEntryOutcome = (typeof offlineEntryOutcomes)[number];

export const offlineEntryResultSchema = z.object({
  entryId: idSchema,
  outcome: z.enum(offlineEntryOutcomes),
  /** This entry had been taken in before; nothing more was done. */
  isReplay: z.boolean(),
  /** The session the entry became or was set aside for; on "conflict", the session already held. */
  session: outreachSessionDetailSchema,
  /** On "conflict": whether keeping both is allowed (not for one occurrence of one schedule). */
  canKeepBoth: z.boolean(),
});
export type OfflineEntryResult = z.infer<typeof offlineEntryResultSchema>;
