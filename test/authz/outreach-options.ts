/**
 * Declared expectation for the choices outreach forms offer at a site: those who read its outreach
 * (its outreach workers, managers and caseworkers) get them; everyone else is refused.
 */
import type { Role } from "../../core/roles.js";
import type { EndpointExpectation } from "./types.js";

const readers = ["outreach_worker", "team_manager", "safeguarding_lead", "caseworker"] as const satisfies readonly Role[];

export const outreachOptionExpectations: Record<string, EndpointExpectation> = {
  "GET /api/outreach/options": { allowed: readers, success: 200, call: async (world) => ({ url: `/api/outreach/options?siteId=${world.home.siteIds[0]}` }) },
};
