/**
 * Declared expectations for the support vocabulary and case outcomes. Everyone whose roles reach
 * client data reads the vocabulary; administrators change it. A case's outcomes follow the case:
 * the site's caseload roles read them (others are told the case does not exist); managers add
 * outcomes noticed after closure, and a caseworker who sees the case is refused (403).
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { roles, roleFacts } from "../../core/roles.js";
import { cases, supportVocabulary } from "../../server/db/schema.js";
import { createTestCase } from "../case-factories.js";
import type { EndpointExpectation, World } from "./types.js";
import { caseload, managers, notFoundFor, opener } from "./role-sets.js";

const readers = roles.filter((role) => roleFacts[role].seesClientData);

const caseAt = async (world: World, site: 0 | 1 = 0) => (await createTestCase(world.deps, world.home, await opener(world), { site })).kase;

/** A case at the given site, closed as a manager would have closed it. */
async function closedCaseAt(world: World, site: 0 | 1 = 0) {
  const kase = await caseAt(world, site);
  await world.deps.db
    .update(cases)
    .set({ state: "closed", closedAt: world.deps.now(), closureReason: "goals_achieved", closureOutcome: "improved", version: kase.version + 1 })
    .where(eq(cases.id, kase.id));
  return kase;
}

const outcomeBody = { outcomes: [{ code: "secured_housing", achievedOn: "2024-05-01", evidence: "Tenancy agreement seen." }] };

/** The built-in "reduced use" outcome, retired by the organisation. */
async function retiredOutcome(world: World): Promise<string> {
  await world.deps.db
    .insert(supportVocabulary)
    .values({ organisationId: world.home.id, list: "closure_outcome", code: "reduced_use", isRetired: true, updatedAt: world.deps.now() })
    .onConflictDoNothing();
  return "/api/support-vocabulary/closure-outcomes/reduced_use";
}

export const supportExpectations: Record<string, EndpointExpectation> = {
  "GET /api/support-vocabulary": { allowed: readers, success: 200, call: async () => ({ url: "/api/support-vocabulary" }) },
  "POST /api/support-vocabulary/:list": {
    allowed: ["administrator"],
    success: 201,
    call: async () => ({ url: "/api/support-vocabulary/intervention-types", body: { code: `local_${randomUUID().slice(0, 8)}`, label: `Boxing club ${randomUUID().slice(0, 4)}`, specialism: "youth_work" } }),
  },
  "PUT /api/support-vocabulary/:list/:code/label": {
    allowed: ["administrator"],
    success: 200,
    call: async () => ({ url: "/api/support-vocabulary/intervention-types/family_work/label", body: { label: "Family sessions" } }),
  },
  "DELETE /api/support-vocabulary/:list/:code/label": {
    allowed: ["administrator"],
    success: 200,
    call: async () => ({ url: "/api/support-vocabulary/intervention-types/family_work/label" }),
  },
  "POST /api/support-vocabulary/:list/:code/retire": {
    allowed: ["administrator"],
    success: 200,
    call: async () => ({ url: "/api/support-vocabulary/closure-outcomes/reduced_use/retire" }),
  },
  "POST /api/support-vocabulary/:list/:code/unretire": {
    allowed: ["administrator"],
    success: 200,
    call: async (world) => ({ url: `${await retiredOutcome(world)}/unretire` }),
  },
  "GET /api/cases/:caseId/outcomes": {
    allowed: caseload,
    success: 200,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({ url: `/api/cases/${(await closedCaseAt(world)).id}/outcomes` }),
    unseen: async (world) => ({ url: `/api/cases/${(await closedCaseAt(world, 1)).id}/outcomes` }),
    unseenFor: caseload,
  },
  "POST /api/cases/:caseId/outcomes": {
    allowed: managers,
    success: 201,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({ url: `/api/cases/${(await closedCaseAt(world)).id}/outcomes`, body: outcomeBody }),
    unseen: async (world) => ({ url: `/api/cases/${(await closedCaseAt(world, 1)).id}/outcomes`, body: outcomeBody }),
    unseenFor: caseload,
  },
};
