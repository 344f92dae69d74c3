/**
 * The organisation's support vocabulary: the intervention types a care plan and a session use, and
 * the outcomes a closing case records. Built-in codes are labelled by the web app's catalogues;
 * codes an organisation added carry their own label. Retired codes stay readable on old records but
 * are not offered for new ones.
 */
import { z } from "zod";
import { specialismSchema } from "../support/matching.js";
import { displayTextSchema } from "./common.js";

export const vocabularyLists = ["intervention_type", "closure_outcome"] as const;
export type VocabularyList = (typeof vocabularyLists)[number];

export const vocabularyCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { message: "Use lower-case letters, digits and underscores, starting with a letter." });

export const interventionTypeSchema = z.object({
  code: z.string(),
  /** Null for a built-in: the web app's catalogue labels it in the reader's language. */
  label: z.string().nullable(),
  specialism: specialismSchema.nullable(),
  isPartnerDelivered: z.boolean(),
  isBuiltIn: z.boolean(),
  isRetired: z.boolean(),
});
export type InterventionType = z.infer<typeof interventionTypeSchema>;

export const outcomeTypeSchema = z.object({
  code: z.string(),
  label: z.string().nullable(),
  isBuiltIn: z.boolean(),
  isRetired: z.boolean(),
});
export type OutcomeType = z.infer<typeof outcomeTypeSchema>;

export const supportVocabularySchema = z.object({
  interventionTypes: z.array(interventionTypeSchema),
  closureOutcomes: z.array(outcomeTypeSchema),
});
export type SupportVocabulary = z.infer<typeof supportVocabularySchema>;

/** The two lists as they appear in addresses. */
export const vocabularyListPaths = { "intervention-types": "intervention_type", "closure-outcomes": "closure_outcome" } as const satisfies Record<string, VocabularyList>;
const listPathSchema = z.enum(Object.keys(vocabularyListPaths) as [keyof typeof vocabularyListPaths, ...(keyof typeof vocabularyListPaths)[]], { message: "Must be intervention-types or closure-outcomes." });

export const vocabularyListParamsSchema = z.strictObject({ list: listPathSchema });
export const vocabularyEntryParamsSchema = z.strictObject({ list: listPathSchema, code: z.string().min(1).max(64) });

const vocabularyLabelSchema = displayTextSchema(100);

/**
 * A code the organisation adds. The specialism and partner delivery apply to intervention types
 * only (asked for when matching a worker, and when the work is done by a partner organisation).
 */
export const addVocabularyEntryBodySchema = z.strictObject({
  code: vocabularyCodeSchema,
  label: vocabularyLabelSchema,
  specialism: specialismSchema.nullable().default(null),
  isPartnerDelivered: z.boolean().default(false),
});
export type AddVocabularyEntryBody = z.infer<typeof addVocabularyEntryBodySchema>;

/** The organisation's own label for an entry (a built-in's own label comes back by removing it). */
export const relabelVocabularyEntryBodySchema = z.strictObject({ label: vocabularyLabelSchema });
