/**
 * Declared expectations for the outreach dashboard, a partner's printed summary, and where a
 * referral came from. The dashboard and the recent sessions are for everyone who reads the site's
 * outreach (a site they do not read is refused). The summary leaves staff, so only those who work
 * the site's outreach print it (its caseworkers are refused; anyone else is told the partner does
 * not exist). A referral's attribution is set by those who see the referral, like triage.
 */
import { createTestReferral } from "../case-factories.js";
import { createTestPartner } from "../outreach-factories.js";
import { caseload, notFoundFor, outreachWorkers as workers, outreachReaders as readers } from "./role-sets.js";
import type { EndpointExpectation, World } from "./types.js";

/** A referral at the site and a partner of that site to say it came from. */
async function attributionCall(world: World, site: 0 | 1, organisation = world.home) {
  const referral = await createTestReferral(world.deps, organisation, { site });
  const partner = await createTestPartner(world.deps, organisation, { site });
  return { url: `/api/referrals/${referral.id}/attribution`, body: { partnerId: partner.id, outreachSessionId: null } };
}

const summaryOf = async (world: World, site: 0 | 1) => ({ url: `/api/outreach/partners/${(await createTestPartner(world.deps, world.home, { site })).id}/summary.pdf` });

export const outreachDashboardExpectations: Record<string, EndpointExpectation> = {
  "GET /api/outreach/dashboard": { allowed: readers, success: 200, call: async (world) => ({ url: `/api/outreach/dashboard?siteId=${world.home.siteIds[0]}` }) },
  "GET /api/outreach/sessions/recent": { allowed: readers, success: 200, call: async (world) => ({ url: `/api/outreach/sessions/recent?siteId=${world.home.siteIds[0]}` }) },
  "GET /api/outreach/partners/:partnerId/summary.pdf": {
    allowed: workers,
    success: 200,
    statusFor: notFoundFor(readers),
    call: (world) => summaryOf(world, 0),
    unseen: (world) => summaryOf(world, 1),
    unseenFor: workers,
  },
  "PUT /api/referrals/:referralId/attribution": {
    allowed: caseload,
    success: 200,
    statusFor: notFoundFor(caseload),
    call: (world) => attributionCall(world, 0),
    unseen: (world, role) => (role === "administrator" ? attributionCall(world, 0, world.other) : attributionCall(world, 1)),
    unseenFor: ["administrator", ...caseload],
  },
};
