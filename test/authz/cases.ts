/**
 * Declared expectations for case endpoints. Cases are visible to the site's caseload roles and to
 * people assigned to them; everyone else gets 404. Managing a case (allocation, restriction,
 * transfer) is for team managers and safeguarding leads; caseworkers who see the case get 403.
 */
import { createTestCase } from "../case-factories.js";
import { createUser } from "../factories.js";
import { createWorkerProfile } from "../worker-factories.js";
import type { EndpointExpectation, World } from "./types.js";
import { caseload, managers, notFoundFor, opener } from "./role-sets.js";


const caseAt = async (world: World, site: 0 | 1 = 0) => (await createTestCase(world.deps, world.home, await opener(world), { site })).kase;
/** A mentor at the first site with a current DBS check, so they can be allocated. */
async function workerAt(world: World): Promise<string> {
  const { id } = await createUser(world.deps.db, world.deps.vault, world.home, { role: "mentor", isEnrolled: false });
  await createWorkerProfile(world.deps.db, world.home, id, world.deps.now());
  return id;
}

export const caseExpectations: Record<string, EndpointExpectation> = {
  "GET /api/cases": {
    allowed: [...caseload, "mentor"],
    success: 200,
    call: async (world) => ({ url: `/api/cases?siteId=${world.home.siteIds[0]}` }),
    unseen: async (world) => ({ url: `/api/cases?siteId=${world.other.siteIds[0]}` }),
  },
  "GET /api/cases/:caseId": {
    allowed: caseload,
    success: 200,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({ url: `/api/cases/${(await caseAt(world)).id}` }),
    unseen: async (world) => ({ url: `/api/cases/${(await caseAt(world, 1)).id}` }),
    unseenFor: caseload,
  },
  "POST /api/cases/:caseId/transitions": {
    allowed: caseload,
    success: 200,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({
      url: `/api/cases/${(await caseAt(world)).id}/transitions`,
      body: { event: { type: "begin_support", tier: "low_level" }, reason: "Assessment complete.", version: 1 },
    }),
    unseen: async (world) => ({
      url: `/api/cases/${(await caseAt(world, 1)).id}/transitions`,
      body: { event: { type: "begin_support", tier: "low_level" }, reason: "Assessment complete.", version: 1 },
    }),
    unseenFor: caseload,
  },
  "POST /api/cases/:caseId/assignments": {
    allowed: managers,
    success: 200,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({ url: `/api/cases/${(await caseAt(world)).id}/assignments`, body: { userId: await workerAt(world), role: "mentor" } }),
    unseen: async (world) => ({ url: `/api/cases/${(await caseAt(world, 1)).id}/assignments`, body: { userId: await workerAt(world), role: "mentor" } }),
    unseenFor: managers,
  },
  "DELETE /api/cases/:caseId/assignments/:userId": {
    allowed: managers,
    success: 204,
    statusFor: notFoundFor(caseload),
    call: async (world) => {
      const worker = await workerAt(world);
      const { kase } = await createTestCase(world.deps, world.home, await opener(world), { keyWorkerId: worker });
      return { url: `/api/cases/${kase.id}/assignments/${worker}` };
    },
  },
  "POST /api/cases/:caseId/restriction": {
    allowed: managers,
    success: 200,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({ url: `/api/cases/${(await caseAt(world)).id}/restriction`, body: { isRestricted: true, reason: "Channel referral." } }),
  },
  "POST /api/cases/:caseId/access-grants": {
    allowed: managers,
    success: 200,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({ url: `/api/cases/${(await caseAt(world)).id}/access-grants`, body: { userId: await workerAt(world) } }),
  },
  "POST /api/cases/:caseId/break-glass": {
    allowed: managers,
    success: 201,
    call: async (world) => ({
      url: `/api/cases/${(await caseAt(world, 1)).id}/break-glass`,
      body: { reason: "Police report an immediate risk to the young person tonight." },
    }),
    unseen: async (world) => ({
      url: `/api/cases/${(await createTestCase(world.deps, world.other, (await createUser(world.deps.db, world.deps.vault, world.other, { role: "team_manager", isEnrolled: false })).id)).kase.id}/break-glass`,
      body: { reason: "Police report an immediate risk to the young person tonight." },
    }),
    unseenFor: managers,
  },
  "GET /api/cases/:caseId/transfer-sites": {
    allowed: managers,
    success: 200,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({ url: `/api/cases/${(await caseAt(world)).id}/transfer-sites` }),
    unseen: async (world) => ({ url: `/api/cases/${(await caseAt(world, 1)).id}/transfer-sites` }),
    unseenFor: managers,
  },
  "POST /api/cases/:caseId/transfer": {
    allowed: managers,
    success: 204,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({
      url: `/api/cases/${(await caseAt(world)).id}/transfer`,
      body: { toSiteId: world.home.siteIds[1], consentMethod: "verbal", reason: "Family moved to Manchester." },
    }),
  },
};
