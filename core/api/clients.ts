/** Request and response shapes for client records: search, profile, identity reveal, consents, duplicates, merge. */
import { z } from "zod";
import { ethnicityCodes, religions, sexes } from "../clients/demographics.js";
import { supportLanguages, workerGenderPreferences } from "../referrals/vocabulary.js";
import { displayTextSchema, idSchema, pageOf } from "./common.js";
import { dateOfBirthSchema, phoneSchema, postcodeSchema } from "./referrals.js";
import { clientRecordStates } from "../data-protection/restriction.js";

export const consentPurposes = ["service", "share_with_partner", "anonymised_reporting", "case_study"] as const;
export const consentMethods = ["verbal", "written", "online_form", "via_referrer"] as const;

export const clientParamsSchema = z.strictObject({ clientId: idSchema });

export const clientSearchQuerySchema = z.strictObject({
  reference: z.string().trim().toUpperCase().max(20).optional(),
  givenName: z.string().trim().max(100).optional(),
  familyName: z.string().trim().max(100).optional(),
  dateOfBirth: dateOfBirthSchema.optional(),
});

export const matchReasonSchema = z.string();

export const clientMatchSchema = z.object({
  clientId: idSchema,
  reference: z.string(),
  strength: z.enum(["strong", "possible"]),
  reasons: z.array(matchReasonSchema),
  /** False when the client is known only at sites the searcher does not work at. */
  isInScope: z.boolean(),
});
export const clientMatchListSchema = z.object({ items: z.array(clientMatchSchema) });

export const demographicsSchema = z.object({
  sex: z.enum(sexes),
  genderIdentity: z.string().max(100).nullable(),
  ethnicity: z.enum(ethnicityCodes),
  religion: z.enum(religions),
  firstLanguage: z.string().max(50).nullable(),
  preferredLanguage: z.enum(supportLanguages),
  isInterpreterNeeded: z.boolean(),
  preferredWorkerGender: z.enum(workerGenderPreferences),
  disability: z.enum(["yes", "no", "not_stated"]),
  postcodeDistrict: z.string().nullable(),
});
export const updateDemographicsBodySchema = demographicsSchema.omit({ postcodeDistrict: true }).partial().strict();

export const consentSchema = z.object({
  purpose: z.enum(consentPurposes),
  partner: z.string().nullable(),
  status: z.enum(["given", "withdrawn"]),
  method: z.enum(consentMethods),
  recordedAt: z.iso.datetime(),
  recordedBy: z.string().nullable(),
});
export const recordConsentBodySchema = z.strictObject({
  purpose: z.enum(consentPurposes),
  partner: z.string().trim().min(1).max(150).optional(),
  status: z.enum(["given", "withdrawn"]),
  method: z.enum(consentMethods),
});

export const clientCaseSummarySchema = z.object({
  id: idSchema,
  reference: z.string(),
  siteId: idSchema,
  state: z.string(),
  openedAt: z.iso.datetime(),
});

export const clientProfileSchema = z.object({
  id: idSchema,
  reference: z.string(),
  demographics: demographicsSchema,
  ageBand: z.string(),
  consents: z.array(consentSchema),
  consentHistory: z.array(consentSchema),
  cases: z.array(clientCaseSummarySchema),
  relationships: z.array(
    z.object({ id: idSchema, relation: z.string(), relatedClientId: idSchema.nullable(), relatedReference: z.string().nullable(), hasContactDetails: z.boolean() }),
  ),
  /** `processing_restricted`: read-only under a restriction of processing (UK GDPR Art 18), shown with a banner. */
  clientRecord: z.enum(clientRecordStates),
  abilities: z.object({
    revealIdentity: z.boolean(),
    /** Showing a relationship's contact details (name and phone), audited like identity. */
    revealContacts: z.boolean(),
    edit: z.boolean(),
    recordConsent: z.boolean(),
    merge: z.boolean(),
  }),
});

export const identitySchema = z.object({
  givenName: z.string(),
  familyName: z.string().nullable(),
  otherNames: z.array(z.string()),
  dateOfBirth: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  nhsNumber: z.string().nullable(),
});

export const nhsNumberSchema = z
  .string()
  .trim()
  .regex(/^\d{3}\s?\d{3}\s?\d{4}$/, { message: "An NHS number has 10 digits." });

export const updateIdentityBodySchema = z.strictObject({
  givenName: displayTextSchema(100).optional(),
  familyName: displayTextSchema(100).nullable().optional(),
  otherNames: z.array(displayTextSchema(100)).max(10).optional(),
  dateOfBirth: dateOfBirthSchema.nullable().optional(),
  address: z.string().trim().max(300).nullable().optional(),
  postcode: postcodeSchema.nullable().optional(),
  phone: phoneSchema.nullable().optional(),
  email: z.email().max(254).nullable().optional(),
  nhsNumber: nhsNumberSchema.nullable().optional(),
});

export const mergeBodySchema = z.strictObject({ duplicateClientId: idSchema, reason: z.string().trim().min(1).max(1000) });
export const mergeResultSchema = z.object({ mergeId: idSchema, keptClientId: idSchema, reversibleUntil: z.iso.datetime() });
export const mergeParamsSchema = z.strictObject({ mergeId: idSchema });

/** A reversed merge: both records are separate again. */
export const mergeReversalSchema = z.object({
  mergeId: idSchema,
  keptClientId: idSchema,
  restoredClientId: idSchema,
  reversedAt: z.iso.datetime(),
});

/**
 * Where a merge stands: it can be undone, it has been, its 30 days are over, or the kept record has
 * since been merged into another (that later merge must be undone first).
 */
export const mergeStates = ["reversible", "reversed", "expired", "kept_record_merged"] as const;
export type MergeState = (typeof mergeStates)[number];

/** One merge as administrators see it: pseudonymous references and staff names, never identity. */
export const clientMergeSchema = z.object({
  id: idSchema,
  kept: z.object({ clientId: idSchema, reference: z.string() }),
  merged: z.object({ clientId: idSchema, reference: z.string() }),
  mergedBy: z.string().nullable(),
  mergedAt: z.iso.datetime(),
  reversibleUntil: z.iso.datetime(),
  reversedBy: z.string().nullable(),
  reversedAt: z.iso.datetime().nullable(),
  state: z.enum(mergeStates),
  abilities: z.object({ reverse: z.boolean() }),
});
export const clientMergeListSchema = pageOf(clientMergeSchema);

export const relationshipParamsSchema = z.strictObject({ clientId: idSchema, relationshipId: idSchema });

/** A contact's details as recorded (either may be missing), shown only through an audited reveal. */
export const relationshipContactSchema = z.object({ contactName: z.string().nullable(), contactPhone: z.string().nullable() });

export const relationshipBodySchema = z.strictObject({
  relation: z.enum(["mother", "father", "parent", "carer", "sibling", "partner", "child", "grandparent", "other_family", "friend", "other"]),
  relatedClientId: idSchema.optional(),
  contactName: displayTextSchema(100).optional(),
  contactPhone: phoneSchema.optional(),
});
