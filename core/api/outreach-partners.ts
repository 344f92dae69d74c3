/**
 * Request and response shapes for a site's partner directory: the list with its filters, a
 * partner's record (contacts held with consent, agreements with their state), and its history in
 * counts only: sessions held there, people trained, referrals received from it and what became of
 * them. No client is ever named here. The web forms validate with the same schemas.
 */
import { z } from "zod";
import { agreementStates, partnerAgreementSchema, partnerContactSchema } from "../outreach/partners.js";
import { outreachSessionTypes, partnerPathways, partnerTypes } from "../outreach/vocabulary.js";
import { supportLanguages } from "../referrals/vocabulary.js";
import { displayTextSchema, idSchema } from "./common.js";
import { postcodeSchema } from "./referrals.js";

export { agreementStates, partnerPathways, partnerTypes, supportLanguages };

export const partnerParamsSchema = z.strictObject({ partnerId: idSchema });

export const partnerListQuerySchema = z.strictObject({
  siteId: idSchema.optional(),
  type: z.enum(partnerTypes).optional(),
  pathway: z.enum(partnerPathways).optional(),
  /** Part of the name, in any case. */
  q: z.string().trim().max(100, { message: "At most 100 characters." }).optional(),
  includeInactive: z.enum(["true", "false"], { message: "Must be true or false." }).default("false").transform((value) => value === "true"),
});
export type PartnerListQuery = z.input<typeof partnerListQuerySchema>;

const text = (max: number) => z.string().trim().max(max, { message: `At most ${max} characters.` });
const eachOnce = <T>(values: readonly T[]) => new Set(values).size === values.length;

/** A partner's details as staff enter them. */
const partnerShape = {
  name: displayTextSchema(160),
  type: z.enum(partnerTypes),
  address: text(300),
  postcode: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => value === "" || postcodeSchema.safeParse(value).success, { message: "Enter a UK postcode, such as B11 1AA." }),
  /** Languages of the community it serves. */
  languages: z.array(z.enum(supportLanguages)).max(supportLanguages.length).refine(eachOnce, { message: "Each language once." }),
  pathways: z.array(z.enum(partnerPathways)).max(partnerPathways.length).refine(eachOnce, { message: "Each pathway once." }),
  contacts: z.array(partnerContactSchema).max(20, { message: "At most 20 contacts." }),
  agreements: z.array(partnerAgreementSchema).max(20, { message: "At most 20 agreements." }),
  /** About the partner and working with it, never about a named person. */
  notes: text(4000),
};

export const createPartnerBodySchema = z.strictObject({ siteId: idSchema, ...partnerShape });
export type CreatePartnerBody = z.infer<typeof createPartnerBodySchema>;

/** A change with the version seen (409 when stale); `isActive: false` takes it out of the pickers, keeping its history. */
export const updatePartnerBodySchema = z.strictObject({ ...partnerShape, isActive: z.boolean(), version: z.number().int().min(1) });
export type UpdatePartnerBody = z.infer<typeof updatePartnerBodySchema>;

/** The state of the partner's information-sharing agreement that matters today; `none` when there is none. */
export const sharingStates = [...agreementStates, "none"] as const;
export type SharingState = (typeof sharingStates)[number];

export const partnerSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  type: z.enum(partnerTypes),
  postcode: z.string(),
  languages: z.array(z.enum(supportLanguages)),
  pathways: z.array(z.enum(partnerPathways)),
  sharingAgreement: z.enum(sharingStates),
  /** An information-sharing agreement is in force today (core/outreach/partners.ts hasSharingAgreement). */
  canShareInformation: z.boolean(),
  /** When the last outreach session there began. */
  lastSessionAt: z.iso.datetime().nullable(),
  isActive: z.boolean(),
});
export type PartnerSummary = z.infer<typeof partnerSummarySchema>;

export const partnerListSchema = z.object({
  siteId: idSchema,
  items: z.array(partnerSummarySchema),
  /** More partners matched than a page shows: narrow the search. */
  isTruncated: z.boolean(),
  abilities: z.object({ create: z.boolean() }),
});
export type PartnerList = z.infer<typeof partnerListSchema>;

export const partnerSchema = partnerSummarySchema.extend({
  siteId: idSchema,
  address: z.string(),
  contacts: z.array(partnerContactSchema),
  agreements: z.array(
    z.object({
      kind: partnerAgreementSchema.shape.kind,
      reference: z.string(),
      signedOn: z.iso.date(),
      endsOn: z.iso.date().nullable(),
      state: z.enum(agreementStates),
    }),
  ),
  notes: z.string(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean() }),
});
export type PartnerView = z.infer<typeof partnerSchema>;

/** What has happened with a partner, in counts; the recent sessions carry no names. */
export const partnerHistorySchema = z.object({
  sessions: z.object({
    count: z.number().int(),
    peopleReached: z.number().int(),
    recent: z.array(z.object({ id: idSchema, startsAt: z.iso.datetime(), sessionType: z.enum(outreachSessionTypes), headcount: z.number().int() })),
  }),
  training: z.object({ deliveries: z.number().int(), peopleTrained: z.number().int(), lastDeliveredOn: z.iso.date().nullable() }),
  /**
   * Referrals attributed to the partner by where they stand: still to be triaged, accepted,
   * signposted, declined; and how many went on to engage (support began in a case for the person).
   */
  referrals: z.object({
    /** Restricted referrals are counted only for the site's safeguarding lead. */
    includesRestricted: z.boolean(),
    total: z.number().int(),
    received: z.number().int(),
    accepted: z.number().int(),
    signposted: z.number().int(),
    declined: z.number().int(),
    engaged: z.number().int(),
  }),
});
export type PartnerHistory = z.infer<typeof partnerHistorySchema>;

export const partnerPageSchema = z.object({ partner: partnerSchema, history: partnerHistorySchema });
export type PartnerPage = z.infer<typeof partnerPageSchema>;
