/**
 * The outreach dashboard of a site over a period of London days: reach and pathway figures, a
 * monthly series for the charts, referrals by partner and by pathway, resources by item and the
 * conversion from contact to referral to engagement. Counts only: no person is named. Also the
 * period asked for a partner's printed summary.
 */
import { z } from "zod";
import { addDays } from "../instruments/reassessment.js";
import { resourceKinds } from "../outreach/vocabulary.js";
import { idSchema } from "./common.js";

/** The longest period a dashboard or summary covers: three years. */
export const maxDashboardDays = 3 * 366;
/** How many partners the dashboard names by their referrals; the rest are counted together. */
export const topPartnerCount = 10;

const londonDaySchema = z.iso.date({ message: "Must be a date (YYYY-MM-DD)." });

const periodFields = { from: londonDaySchema.optional(), to: londonDaySchema.optional() };

/** `from` not after `to`, and at most three years; either may be left out (the last 12 months). */
function periodRules(query: { from?: string | undefined; to?: string | undefined }, context: z.RefinementCtx): void {
  if (query.from === undefined || query.to === undefined) return;
  if (query.to < query.from) context.addIssue({ code: "custom", path: ["to"], message: "The end cannot be before the start." });
  else if (addDays(query.from, maxDashboardDays - 1) < query.to) context.addIssue({ code: "custom", path: ["to"], message: "At most three years at once." });
}

export const outreachDashboardQuerySchema = z.strictObject({ siteId: idSchema.optional(), ...periodFields }).superRefine(periodRules);
export type OutreachDashboardQuery = z.infer<typeof outreachDashboardQuerySchema>;

export const partnerSummaryParamsSchema = z.strictObject({ partnerId: idSchema });
export const partnerSummaryQuerySchema = z.strictObject(periodFields).superRefine(periodRules);
export type PartnerSummaryQuery = z.infer<typeof partnerSummaryQuerySchema>;

const count = z.number().int().min(0);

export const monthFiguresSchema = z.object({
  /** YYYY-MM, a London month (the first and last may be partly outside the period). */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  sessions: count,
  peopleReached: count,
  peopleTrained: count,
  resourcesDistributed: count,
  referralsFromOutreach: count,
});
export type MonthFigures = z.infer<typeof monthFiguresSchema>;

export const outreachDashboardSchema = z.object({
  siteId: idSchema,
  from: z.iso.date(),
  to: z.iso.date(),
  /**
   * Whether referrals restricted to the safeguarding lead (radicalisation, Channel) are counted:
   * only for the site's safeguarding leads, since a count of one would tell others it exists.
   */
  includesRestricted: z.boolean(),
  headline: z.object({
    sessionsDelivered: count,
    peopleReached: count,
    partnersActive: count,
    trainingsDelivered: count,
    peopleTrained: count,
    resourcesDistributed: count,
    /** Every referral the site received in the period. */
    referrals: count,
    /** Referrals recorded as coming from a partner or an outreach session. */
    referralsFromOutreach: count,
  }),
  /** Follow-up contacts at sessions → referrals from those sessions → people who went on to get support. */
  conversion: z.object({
    contacts: count,
    referrals: count,
    engaged: count,
    referralRate: z.number().nullable(),
    engagementRate: z.number().nullable(),
  }),
  monthly: z.array(monthFiguresSchema),
  referralsByPartner: z.object({
    /** The partners with most referrals, most first, at most ten. */
    top: z.array(z.object({ partnerId: idSchema, name: z.string(), count })),
    /** Everyone else together. */
    others: z.object({ partners: count, referrals: count }),
  }),
  /** Every referral by its source (the pathway it came by), most first; `fromOutreach` of them attributed. */
  referralsBySource: z.array(z.object({ code: z.string(), label: z.string(), count, fromOutreach: count })),
  /** Resources handed out at the period's sessions, by item, most first. */
  resourcesByItem: z.array(
    z.object({ itemId: idSchema, code: z.string(), kind: z.enum(resourceKinds), language: z.string().nullable(), label: z.string().nullable(), quantity: count }),
  ),
  /** `partnerSummary`: may print a partner's summary for them. */
  abilities: z.object({ partnerSummary: z.boolean() }),
});
export type OutreachDashboard = z.infer<typeof outreachDashboardSchema>;
