/** Calls for the staff dashboards (core/api/reporting-dashboard.ts); every answer parsed with the core's schema. */
import { dashboardOptionsSchema, dashboardSchema, type Dashboard, type DashboardOptions } from "../../../../core/api/reporting-dashboard.js";
import type { MonthRange } from "../../../../core/reporting/catalogue.js";
import { api, withQuery } from "../../api/client.js";

export type { Dashboard, DashboardOptions };

export const dashboardApi = {
  options: (): Promise<DashboardOptions> => api.get("/api/reporting/dashboard/options", dashboardOptionsSchema),
  /** A site's dashboard, or the whole organisation's when `siteId` is null. */
  dashboard: (siteId: string | null, months: MonthRange): Promise<Dashboard> => api.get(withQuery("/api/reporting/dashboard", { siteId: siteId ?? undefined, ...months }), dashboardSchema),
};
