/**
 * Request and response shapes for the people who deliver support: their worker profiles (languages,
 * gender, specialisms, caseload limit, DBS vetting), conflicts of interest declared against a
 * client, matching workers to a case, and the managers' caseload dashboard. Profiles are staff
 * data; conflicts and matches touch client data and name the client only by the case.
 */
import { z } from "zod";
import { assignmentRoles } from "../cases/assignment-roles.js";
import { supportLanguages, vulnerabilityDomainSchema, workerGenderPreferences } from "../referrals/vocabulary.js";
import { roleSchema } from "../roles.js";
import { specialismSchema } from "../support/matching.js";
import { idSchema } from "./common.js";

// ───────────────────────────── profiles ─────────────────────────────

export const workerGenders = ["female", "male", "other", "not_stated"] as const;
export type WorkerGender = (typeof workerGenders)[number];

/** missing (no DBS check recorded), expired, expiring (within 30 days), current. Missing and expired block allocation. */
export const vettingStates = ["missing", "expired", "expiring", "current"] as const;
export type VettingState = (typeof vettingStates)[number];

const isoDate = z.iso.date({ message: "Use a real date written YYYY-MM-DD." });

export const vettingSchema = z
  .strictObject({
    checkedOn: isoDate,
    expiresOn: isoDate,
    /** The DBS certificate number, for the manager's records. */
    reference: z.string().trim().max(40, { message: "At most 40 characters." }).regex(/^[A-Za-z0-9 /-]*$/, { message: "Use letters, digits, spaces, / and - only." }).nullable(),
  })
  .refine((vetting) => vetting.expiresOn > vetting.checkedOn, { message: "The expiry date must be after the check date.", path: ["expiresOn"] });

export const workerProfileFieldsSchema = z.strictObject({
  gender: z.enum(workerGenders),
  languages: z
    .array(z.enum(supportLanguages))
    .max(supportLanguages.length)
    .refine((codes) => new Set(codes).size === codes.length, { message: "Name each language once." }),
  specialisms: z
    .array(specialismSchema)
    .max(20)
    .refine((codes) => new Set(codes).size === codes.length, { message: "Name each specialism once." }),
  maxCaseload: z.number().int({ message: "Use a whole number." }).min(1, { message: "Use at least 1." }).max(100, { message: "Use at most 100." }),
  vetting: vettingSchema.nullable(),
});
export type WorkerProfileFields = z.infer<typeof workerProfileFieldsSchema>;

/** Saving a profile: its fields and the version the editor saw (0 for a worker with no profile yet). */
export const saveWorkerProfileBodySchema = workerProfileFieldsSchema.extend({ version: z.number().int().min(0).max(1_000_000) });
export type SaveWorkerProfileBody = z.infer<typeof saveWorkerProfileBodySchema>;

export const workerParamsSchema = z.strictObject({ userId: idSchema });
export const workerListQuerySchema = z.strictObject({ siteId: idSchema });

const vettingViewSchema = z.object({
  state: z.enum(vettingStates),
  checkedOn: z.iso.date().nullable(),
  expiresOn: z.iso.date().nullable(),
  reference: z.string().nullable(),
});

export const workerSchema = z.object({
  userId: idSchema,
  displayName: z.string(),
  /** The roles this person holds at the site asked about (or at any of their sites). */
  roles: z.array(roleSchema),
  gender: z.enum(workerGenders),
  languages: z.array(z.string()),
  specialisms: z.array(specialismSchema),
  maxCaseload: z.number().int(),
  /** Open cases they work as key worker, mentor or specialist, anywhere in the organisation. */
  openCases: z.number().int(),
  vetting: vettingViewSchema,
  /** False until someone saves a profile: the fields are then the defaults. */
  hasProfile: z.boolean(),
  version: z.number().int(),
  updatedAt: z.iso.datetime().nullable(),
  abilities: z.object({ edit: z.boolean() }),
});
export type Worker = z.infer<typeof workerSchema>;

export const workerListSchema = z.object({ items: z.array(workerSchema) });

export const workerDetailSchema = workerSchema.extend({
  sites: z.array(z.object({ id: idSchema, name: z.string() })),
});
export type WorkerDetail = z.infer<typeof workerDetailSchema>;

// ───────────────────────────── conflicts of interest ─────────────────────────────

export const conflictKinds = ["same_family", "same_mosque_committee", "personal_relationship", "same_community_group", "other"] as const;
export type ConflictKind = (typeof conflictKinds)[number];

export const conflictParamsSchema = z.strictObject({ conflictId: idSchema });

export const recordConflictBodySchema = z.strictObject({
  userId: idSchema,
  kind: z.enum(conflictKinds),
  /** What the conflict is, in a sentence; encrypted under the client's key. */
  note: z.string().trim().max(1000, { message: "At most 1,000 characters." }).optional(),
});
export type RecordConflictBody = z.infer<typeof recordConflictBodySchema>;

export const conflictSchema = z.object({
  id: idSchema,
  userId: idSchema,
  workerName: z.string(),
  kind: z.enum(conflictKinds),
  note: z.string().nullable(),
  declaredAt: z.iso.datetime(),
  declaredByName: z.string().nullable(),
  withdrawnAt: z.iso.datetime().nullable(),
  withdrawnByName: z.string().nullable(),
  abilities: z.object({ withdraw: z.boolean() }),
});
export type Conflict = z.infer<typeof conflictSchema>;

export const conflictListSchema = z.object({
  items: z.array(conflictSchema),
  abilities: z.object({ record: z.boolean() }),
});

// ───────────────────────────── matching ─────────────────────────────

const domain = vulnerabilityDomainSchema;
const level = z.enum(["high", "moderate"]);

/** Why a candidate ranks where it does: each reason with its points (core/support/matching.ts). */
export const matchReasonSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("gender_match"), points: z.number() }),
  z.object({ kind: z.literal("gender_mismatch"), points: z.number(), preferred: z.enum(["female", "male"]) }),
  z.object({ kind: z.literal("language_match"), points: z.number(), language: z.string() }),
  z.object({ kind: z.literal("language_missing"), points: z.number(), language: z.string() }),
  z.object({ kind: z.literal("need_met"), points: z.number(), domain, level, specialisms: z.array(specialismSchema) }),
  z.object({ kind: z.literal("need_unmet"), points: z.number(), domain, level }),
  z.object({ kind: z.literal("asked_for"), points: z.number(), specialism: specialismSchema }),
  z.object({ kind: z.literal("asked_for_missing"), points: z.number(), specialism: specialismSchema }),
  z.object({ kind: z.literal("capacity"), points: z.number(), free: z.number().int(), max: z.number().int() }),
  z.object({ kind: z.literal("vetting_expiring"), points: z.number(), expiresOn: z.iso.date() }),
]);
export type MatchReasonView = z.infer<typeof matchReasonSchema>;

export const exclusionReasonSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("conflict") }),
  z.object({ kind: z.literal("vetting_missing") }),
  z.object({ kind: z.literal("vetting_expired"), expiresOn: z.iso.date() }),
  z.object({ kind: z.literal("other_site") }),
  z.object({ kind: z.literal("at_capacity"), max: z.number().int() }),
  z.object({ kind: z.literal("already_on_case") }),
]);
export type ExclusionReasonView = z.infer<typeof exclusionReasonSchema>;

export const workerMatchesSchema = z.object({
  /** What the ranking used, so the page can say so; never the client's identity. */
  needs: z.object({
    preferredLanguage: z.string(),
    isInterpreterNeeded: z.boolean(),
    preferredWorkerGender: z.enum(workerGenderPreferences),
    /** The day of the assessment the needs come from; null when none counts yet. */
    assessedOn: z.iso.date().nullable(),
    domainNeeds: z.array(z.object({ domain, need: z.number() })),
    askedFor: z.array(specialismSchema),
  }),
  ranked: z.array(
    z.object({
      userId: idSchema,
      name: z.string(),
      score: z.number(),
      reasons: z.array(matchReasonSchema),
      /** The roles this person could take on the case (a mentor is assigned as a mentor). */
      assignableAs: z.array(z.enum(assignmentRoles)),
    }),
  ),
  excluded: z.array(z.object({ userId: idSchema, name: z.string(), reasons: z.array(exclusionReasonSchema) })),
});
export type WorkerMatches = z.infer<typeof workerMatchesSchema>;

// ───────────────────────────── caseload dashboard ─────────────────────────────

export const caseloadParamsSchema = z.strictObject({ siteId: idSchema });

export const caseloadRowSchema = z.object({
  userId: idSchema,
  displayName: z.string(),
  roles: z.array(roleSchema),
  /** Open cases they work as key worker or mentor, by tier ("none" while no tier is set). */
  openByTier: z.object({
    low_level: z.number().int(),
    intensive: z.number().int(),
    panel_referral: z.number().int(),
    statutory_referral: z.number().int(),
    none: z.number().int(),
  }),
  openCases: z.number().int(),
  maxCaseload: z.number().int(),
  /** Sessions held this calendar month (London), with attendance recorded. */
  sessionsThisMonth: z.number().int(),
  /** Care plans on their key-worker cases whose review date has passed. */
  overdueReviews: z.number().int(),
  /** Sessions they were at that are over 48 hours old with no notes. */
  sessionsNotWrittenUp: z.number().int(),
  vetting: vettingViewSchema.omit({ reference: true }),
});
export type CaseloadRow = z.infer<typeof caseloadRowSchema>;

export const caseloadSchema = z.object({
  siteId: idSchema,
  /** The London day the figures are for, and the first day of its month. */
  today: z.iso.date(),
  monthStart: z.iso.date(),
  items: z.array(caseloadRowSchema),
});
export type Caseload = z.infer<typeof caseloadSchema>;
