/**
 * Declared expectations for the staff dashboards. A site's dashboard is for its team managers and
 * for administrators: everyone else who sees the site is refused (403); a site of another
 * organisation, or one where a team manager holds no role, is not found (404). The choices
 * between dashboards are for the same people. The whole organisation's dashboard (no site) is
 * refused to a team manager in server/reporting/dashboard/dashboard.test.ts.
 */
import type { EndpointExpectation, World } from "./types.js";

const readers = ["administrator", "team_manager"] as const;
const dashboardOf = (siteId: string) => ({ url: `/api/reporting/dashboard?siteId=${siteId}&from=2026-01&to=2026-03` });

export const reportingDashboardExpectations: Record<string, EndpointExpectation> = {
  "GET /api/reporting/dashboard": {
    allowed: readers,
    success: 200,
    call: async (world: World) => dashboardOf(world.home.siteIds[0]),
    // A team manager of the first site asks for the second; an administrator for another organisation's site.
    unseen: async (world: World, role) => dashboardOf(role === "team_manager" ? world.home.siteIds[1] : world.other.siteIds[0]),
    unseenFor: readers,
  },
  "GET /api/reporting/dashboard/options": { allowed: readers, success: 200, call: async () => ({ url: "/api/reporting/dashboard/options" }) },
};
