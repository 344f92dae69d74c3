/** Calls for the outreach dashboard and a partner's printed summary (core/api/outreach-dashboard.ts); answers parsed with the core's schema. */
import { outreachDashboardSchema, type OutreachDashboard } from "../../../../core/api/outreach-dashboard.js";
import type { DayPeriod } from "../../../../core/outreach/dashboard-period.js";
import { api, withQuery } from "../../api/client.js";

export type { OutreachDashboard };

export const outreachDashboardApi = {
  dashboard: (siteId: string, period: DayPeriod): Promise<OutreachDashboard> => api.get(withQuery("/api/outreach/dashboard", { siteId, ...period }), outreachDashboardSchema),
  /** The partner's one-page summary (PDF) to give them; the last 12 months unless a period is given. */
  partnerSummaryUrl: (partnerId: string, period?: DayPeriod): string => withQuery(`/api/outreach/partners/${encodeURIComponent(partnerId)}/summary.pdf`, { ...period }),
};
