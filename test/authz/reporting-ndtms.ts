/**
 * Declared expectations for the national drug-treatment export and its settings. The export is for
 * the site's team managers only: everyone else who sees the site is refused (403); a site of
 * another organisation, or one where the actor holds no role, is not found (404). The settings are
 * the administrators'.
 */
import { defaultNdtmsSettings } from "../../core/reporting/ndtms.js";
import type { EndpointExpectation, World } from "./types.js";

const exportOf = (siteId: string) => ({ url: `/api/reporting/ndtms-export?siteId=${siteId}&from=2025-01&to=2025-03` });

export const reportingNdtmsExpectations: Record<string, EndpointExpectation> = {
  "GET /api/reporting/ndtms-export": {
    allowed: ["team_manager"],
    success: 200,
    call: async (world: World) => exportOf(world.home.siteIds[0]),
    // A team manager of the first site asks for the second; anyone else for another organisation's site.
    unseen: async (world: World, role) => exportOf(role === "team_manager" ? world.home.siteIds[1] : world.other.siteIds[0]),
    unseenFor: ["administrator", "team_manager"],
  },
  "GET /api/reporting/ndtms-settings": { allowed: ["administrator"], success: 200, call: async () => ({ url: "/api/reporting/ndtms-settings" }) },
  "PUT /api/reporting/ndtms-settings": {
    allowed: ["administrator"],
    success: 200,
    call: async () => ({ url: "/api/reporting/ndtms-settings", body: JSON.parse(JSON.stringify(defaultNdtmsSettings)) as unknown }),
  },
};
