/**
 * Where a referral came from in the community: a partner organisation, an outreach session, or
 * both (a session's own partner is taken when only the session is named). Given when staff record
 * a referral, set or changed later on the referral, and shown on it. Also the recent sessions a
 * referral can be said to come from.
 */
import { z } from "zod";
import { outreachSessionTypes, partnerTypes } from "../outreach/vocabulary.js";
import { idSchema } from "./common.js";

/** How many days back the referral form offers a site's outreach sessions. */
export const recentSessionDays = 60;

/** On a new referral: either or both; neither means the referral did not come from outreach. */
export const referralAttributionInputSchema = z.strictObject({
  partnerId: idSchema.nullish(),
  outreachSessionId: idSchema.nullish(),
});
export type ReferralAttributionInput = z.infer<typeof referralAttributionInputSchema>;

/** Setting it later: both named, null for none; both null removes it. */
export const setReferralAttributionBodySchema = z.strictObject({
  partnerId: idSchema.nullable(),
  outreachSessionId: idSchema.nullable(),
});
export type SetReferralAttributionBody = z.infer<typeof setReferralAttributionBodySchema>;

export const attributedSessionSchema = z.object({
  id: idSchema,
  startsAt: z.iso.datetime(),
  sessionType: z.enum(outreachSessionTypes),
  /** The partner that hosted it, or the venue when it was not at a partner's. */
  partnerName: z.string().nullable(),
  venue: z.string(),
});
export type AttributedSession = z.infer<typeof attributedSessionSchema>;

export const referralAttributionSchema = z.object({
  partner: z.object({ id: idSchema, name: z.string(), type: z.enum(partnerTypes) }).nullable(),
  outreachSession: attributedSessionSchema.nullable(),
});
export type ReferralAttribution = z.infer<typeof referralAttributionSchema>;

/** What setting it answers: the attribution now, null once removed. */
export const referralAttributionResultSchema = z.object({ attribution: referralAttributionSchema.nullable() });

export const recentSessionsQuerySchema = z.strictObject({
  siteId: idSchema.optional(),
  partnerId: idSchema.optional(),
  /** A session to include even if older (the one a link prefilled). */
  including: idSchema.optional(),
});
export type RecentSessionsQuery = z.infer<typeof recentSessionsQuerySchema>;

export const recentSessionSchema = attributedSessionSchema.extend({ partnerId: idSchema.nullable() });
export type RecentSession = z.infer<typeof recentSessionSchema>;

export const recentSessionsSchema = z.object({
  siteId: idSchema,
  /** Newest first, at most 100. */
  items: z.array(recentSessionSchema),
});
export type RecentSessions = z.infer<typeof recentSessionsSchema>;
