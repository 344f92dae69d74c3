/** Calls for referrals: the triage queue and its counts, recording one, opening and revealing one, its duplicate check, triage. */
import type { z } from "zod";
import { clientMatchListSchema } from "../../../core/api/clients.js";
import {
  referralDetailSchema,
  referralRecordedSchema,
  referralIdentitySchema,
  referralQueueSchema,
  referralQueueSummarySchema,
  triageResultSchema,
  type createReferralBodySchema,
  type triageBodySchema,
} from "../../../core/api/referrals.js";
import type { ReferralStatus } from "../../../core/referrals/referral-status.js";
import { api, withQuery } from "../api/client.js";

export type ReferralQueue = z.infer<typeof referralQueueSchema>;
export type ReferralSummary = ReferralQueue["items"][number];
export type ReferralQueueSummary = z.infer<typeof referralQueueSummarySchema>;
export type ReferralDetail = z.infer<typeof referralDetailSchema>;
export type ReferralRecorded = z.infer<typeof referralRecordedSchema>;
export type ReferralIdentity = z.infer<typeof referralIdentitySchema>;
export type CreateReferralBody = z.input<typeof createReferralBodySchema>;
export type TriageBody = z.infer<typeof triageBodySchema>;
export type TriageResult = z.infer<typeof triageResultSchema>;
export type ClientMatches = z.infer<typeof clientMatchListSchema>;

const referralPath = (referralId: string, action = ""): string =>
  `/api/referrals/${encodeURIComponent(referralId)}${action ? `/${action}` : ""}`;

export const referralsApi = {
  queue: (query: { siteId: string; status: ReferralStatus; page: number; pageSize: number }): Promise<ReferralQueue> =>
    api.get(withQuery("/api/referrals", query), referralQueueSchema),
  /** How many are waiting at the site, overdue and urgent, counted by the server. */
  summary: (siteId: string): Promise<ReferralQueueSummary> => api.get(withQuery("/api/referrals/summary", { siteId }), referralQueueSummarySchema),
  create: (body: CreateReferralBody): Promise<ReferralRecorded> => api.post("/api/referrals", body, referralRecordedSchema),
  get: (referralId: string): Promise<ReferralDetail> => api.get(referralPath(referralId), referralDetailSchema),
  /** Audited: the server records who looked at the person's and referrer's details. */
  reveal: (referralId: string): Promise<ReferralIdentity> => api.post(referralPath(referralId, "reveal"), {}, referralIdentitySchema),
  duplicates: (referralId: string): Promise<ClientMatches> => api.get(referralPath(referralId, "duplicates"), clientMatchListSchema),
  triage: (referralId: string, body: TriageBody): Promise<TriageResult> =>
    api.post(referralPath(referralId, "triage"), body, triageResultSchema),
};
