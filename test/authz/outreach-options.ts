/**
 * Declared expectation for the choices outreach forms offer at a site: those who read its outreach
 * (its outreach workers, managers and caseworkers) get them; everyone else is refused.
 */
import { outreachReaders as readers } from "./role-sets.js";
import type { EndpointExpectation } from "./types.js";

export const outreachOptionExpectations: Record<string, EndpointExpectation> = {
  "GET /api/outreach/options": { allowed: readers, success: 200, call: async (world) => ({ url: `/api/outreach/options?siteId=${world.home.siteIds[0]}` }) },
};
