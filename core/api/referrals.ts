/** Request and response shapes for referral intake (staff and public form), the triage queue and triage. */
import { z } from "zod";
import { supportLanguages, urgencies, vulnerabilityDomainSchema, workerGenderPreferences } from "../referrals/vocabulary.js";
import { referralStatuses, triageDecisions } from "../referrals/referral-status.js";
import { displayTextSchema, idSchema, pageOf, pageQuerySchema } from "./common.js";
import { referralAttributionInputSchema, referralAttributionSchema } from "./outreach-attribution.js";

/** Optional free text where an empty box means "not given". */
const optionalText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(max, { message: `At most ${max} characters.` }).optional(),
  );

export const dateOfBirthSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Use the date format YYYY-MM-DD." })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && value >= "1900-01-01";
  }, { message: "This is not a real date." });

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{7,20}$/, { message: "Enter a phone number using digits, spaces and + only." });

export const postcodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/, { message: "Enter a UK postcode, such as B11 1AA." });

/** The person being referred: the least needed to make contact safely. */
export const referredPersonSchema = z.strictObject({
  givenName: displayTextSchema(100),
  familyName: displayTextSchema(100).optional(),
  dateOfBirth: dateOfBirthSchema.optional(),
  phone: phoneSchema.optional(),
  email: z.email({ message: "Enter a valid email address." }).max(254).optional(),
  postcode: postcodeSchema.optional(),
});

export const referrerSchema = z.strictObject({
  name: displayTextSchema(100),
  phone: phoneSchema.optional(),
  email: z.email({ message: "Enter a valid email address." }).max(254).optional(),
  organisation: optionalText(150),
  relationship: optionalText(100),
});

const referralCommon = {
  siteId: idSchema,
  person: referredPersonSchema,
  reasons: z.array(vulnerabilityDomainSchema).min(1, { message: "Choose at least one reason." }).max(10),
  concern: z.string().trim().min(1, { message: "Tell us a little about the concern." }).max(4000, { message: "At most 4000 characters." }),
  urgency: z.enum(urgencies),
  preferredLanguage: z.enum(supportLanguages).default("en"),
  isInterpreterNeeded: z.boolean().default(false),
  preferredWorkerGender: z.enum(workerGenderPreferences).default("no_preference"),
};

export const createReferralBodySchema = z.strictObject({
  ...referralCommon,
  sourceCode: z.string().trim().min(1).max(50),
  referrer: referrerSchema.optional(),
  isPersonAware: z.boolean().optional(),
  isReferrerConsentGiven: z.boolean(),
  /** The partner or outreach session it came from, when it came from community outreach. */
  attribution: referralAttributionInputSchema.optional(),
});

/** The public form: a self-referral or someone referring another person; consent is required. */
export const publicReferralBodySchema = z
  .strictObject({
  ...referralCommon,
  sourceCode: z.enum(["self", "family", "faith_leader", "school_college", "gp_health", "council_social_care", "other_organisation"]),
  referrer: referrerSchema.optional(),
  isPersonAware: z.boolean().optional(),
  isConsentGiven: z.literal(true, { message: "Please confirm you agree to us keeping this information." }),
  /** Issued with the form; proves the form was loaded a few seconds before it was sent. */
  formToken: z.string().min(10).max(200),
  /** Left empty by people; filled in by bots that fill every field. */
  website: z.string().max(200).optional(),
  })
  // Someone must be reachable: the person themselves when self-referring, otherwise the referrer.
  .superRefine((body, context) => {
    const isSelf = body.sourceCode === "self";
    const contact = isSelf ? (body.person.phone ?? body.person.email) : (body.referrer?.phone ?? body.referrer?.email);
    if (!contact) {
      context.addIssue({
        code: "custom",
        path: isSelf ? ["person", "phone"] : ["referrer", "phone"],
        message: "Give a phone number or an email address so we can get in touch.",
      });
    }
  });

/**
 * What recording a referral answers. A referral about radicalisation (or from Channel) is restricted
 * from the start: it goes to the site's safeguarding lead, and the person who recorded it may not be
 * able to open it afterwards, so they are told its reference and whether they can.
 */
export const referralRecordedSchema = z.object({
  id: idSchema,
  reference: z.string(),
  isRestricted: z.boolean(),
  canOpen: z.boolean(),
});

export const publicFormSchema = z.object({
  organisationName: z.string(),
  sites: z.array(z.object({ id: idSchema, name: z.string() })),
  formToken: z.string(),
});

export const publicReferralReceivedSchema = z.object({ reference: z.string() });

export const referralStatusQuerySchema = z.strictObject({
  reference: z.string().trim().toUpperCase().regex(/^R-[0-9A-Z]{4}-[0-9A-Z]{4}$/, { message: "References look like R-ABCD-1234." }),
  contact: z.string().trim().min(3).max(254),
});
export const referralStatusSchema = z.object({ status: z.enum(["received", "accepted", "signposted", "declined"]) });

export const referralSummarySchema = z.object({
  id: idSchema,
  reference: z.string(),
  siteId: idSchema,
  status: z.enum(referralStatuses),
  urgency: z.enum(urgencies),
  reasons: z.array(vulnerabilityDomainSchema),
  source: z.object({ code: z.string(), label: z.string() }),
  channel: z.enum(["staff", "public_form"]),
  receivedAt: z.iso.datetime(),
  triageDueAt: z.iso.datetime(),
  /** When it was accepted, signposted or declined; null while it waits. */
  decidedAt: z.iso.datetime().nullable(),
  isOverdue: z.boolean(),
  isRestricted: z.boolean(),
});

export const referralQueueQuerySchema = pageQuerySchema.extend({
  siteId: idSchema,
  status: z.enum(referralStatuses).default("received"),
});
export const referralQueueSchema = pageOf(referralSummarySchema);

export const referralQueueSummaryQuerySchema = z.strictObject({ siteId: idSchema });
/** How a site's queue stands: referrals waiting for triage, how many are past their target, how many urgent. */
export const referralQueueSummarySchema = z.object({
  waiting: z.number().int(),
  overdue: z.number().int(),
  urgent: z.number().int(),
});

export const referralDetailSchema = referralSummarySchema.extend({
  concern: z.string(),
  preferredLanguage: z.string(),
  isInterpreterNeeded: z.boolean(),
  preferredWorkerGender: z.string(),
  isPersonAware: z.boolean().nullable(),
  isReferrerConsentGiven: z.boolean(),
  referrerOrganisation: z.string().nullable(),
  referrerRelationship: z.string().nullable(),
  decision: z
    .object({ decidedAt: z.iso.datetime(), decidedBy: z.string().nullable(), reason: z.string(), signpostedTo: z.string().nullable() })
    .nullable(),
  clientId: idSchema.nullable(),
  caseId: idSchema.nullable(),
  /** The partner or outreach session it came from; null when none is recorded. */
  attribution: referralAttributionSchema.nullable(),
  /** `attribute`: may set or change where it came from. */
  abilities: z.object({ triage: z.boolean(), revealIdentity: z.boolean(), attribute: z.boolean() }),
});

export const referralParamsSchema = z.strictObject({ referralId: idSchema });

export const referralIdentitySchema = z.object({
  person: z.object({
    givenName: z.string(),
    familyName: z.string().nullable(),
    dateOfBirth: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    postcode: z.string().nullable(),
  }),
  referrer: z.object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }),
});

export const triageBodySchema = z.strictObject({
  decision: z.enum(triageDecisions),
  reason: z.string().trim().min(1, { message: "Give the reason for this decision." }).max(2000),
  signpostedTo: z.string().trim().max(200).optional(),
  /** Accepting: link to this existing client (a confirmed duplicate) instead of creating a new one. */
  existingClientId: idSchema.optional(),
});

export const triageResultSchema = z.object({ referral: referralDetailSchema, caseId: idSchema.nullable() });
