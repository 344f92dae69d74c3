/** Shapes this feature adds to the client contract in core/api/clients.ts. */
import { z } from "zod";
import { idSchema } from "../../core/api/common.js";

/** A reversed merge: both records are separate again. */
export const mergeReversalSchema = z.object({
  mergeId: idSchema,
  keptClientId: idSchema,
  restoredClientId: idSchema,
  reversedAt: z.iso.datetime(),
});
