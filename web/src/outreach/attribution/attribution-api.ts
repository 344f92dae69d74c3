/** Calls for where a referral came from (core/api/outreach-attribution.ts): a site's recent sessions, and setting a referral's attribution. */
import {
  recentSessionsSchema,
  referralAttributionResultSchema,
  type RecentSession,
  type ReferralAttribution,
  type SetReferralAttributionBody,
} from "../../../../core/api/outreach-attribution.js";
import { api, withQuery } from "../../api/client.js";

export type { RecentSession, ReferralAttribution };

export const attributionApi = {
  /** The site's sessions of the last 60 days (a partner's only, when given), with `including` even if older. */
  recentSessions: (siteId: string, filter: { partnerId?: string; including?: string }) =>
    api.get(withQuery("/api/outreach/sessions/recent", { siteId, ...filter }), recentSessionsSchema),
  set: (referralId: string, body: SetReferralAttributionBody) => api.put(`/api/referrals/${encodeURIComponent(referralId)}/attribution`, body, referralAttributionResultSchema),
};

/** The link that starts a referral already said to come from an outreach session. */
export const referFromSessionPath = (sessionId: string): string => `/referrals/new?outreachSession=${encodeURIComponent(sessionId)}`;
