/**
 * Declared expectations for a site's partner directory. Its outreach workers, team managers and
 * safeguarding leads add and change partners; its caseworkers read them (403 on a change); everyone
 * else is told a partner does not exist, and a list at a site they do not read outreach at is
 * refused.
 */
import type { Role } from "../../core/roles.js";
import { createTestPartner } from "../outreach-factories.js";
import { notFoundFor, outreachWorkers as workers, outreachReaders as readers } from "./role-sets.js";
import type { Call, EndpointExpectation, World } from "./types.js";

const details = {
  name: "Green Lane Mosque",
  type: "mosque",
  address: "20 Green Lane",
  postcode: "B9 5DP",
  languages: ["ur"],
  pathways: ["hosts_sessions"],
  contacts: [{ name: "Imam Yusuf Ali", role: "Imam", email: "", phone: "", hasConsented: true }],
  agreements: [],
  notes: "",
};

/** A call on a partner at the first site (`call`) or the second (`unseen`). */
function onPartner(allowed: readonly Role[], success: number, build: (world: World, partnerId: string) => Call): EndpointExpectation {
  const at = async (world: World, site: 0 | 1) => build(world, (await createTestPartner(world.deps, world.home, { site })).id);
  return { allowed, success, statusFor: notFoundFor(readers), call: (world) => at(world, 0), unseen: (world) => at(world, 1), unseenFor: allowed };
}

export const outreachPartnerExpectations: Record<string, EndpointExpectation> = {
  "GET /api/outreach/partners": { allowed: readers, success: 200, call: async (world) => ({ url: `/api/outreach/partners?siteId=${world.home.siteIds[0]}&includeInactive=true` }) },
  "POST /api/outreach/partners": { allowed: workers, success: 201, call: async (world) => ({ url: "/api/outreach/partners", body: { siteId: world.home.siteIds[0], ...details } }) },
  "GET /api/outreach/partners/:partnerId": onPartner(readers, 200, (_world, partnerId) => ({ url: `/api/outreach/partners/${partnerId}` })),
  "PUT /api/outreach/partners/:partnerId": onPartner(workers, 200, (_world, partnerId) => ({ url: `/api/outreach/partners/${partnerId}`, body: { ...details, isActive: false, version: 1 } })),
};
