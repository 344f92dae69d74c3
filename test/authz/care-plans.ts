/**
 * Declared expectations for care plans. A plan follows its case: the site's caseload roles read and
 * write it; everyone else is told the case does not exist (a mentor sees a plan only on a case they
 * are assigned to, which the endpoint tests cover).
 */
import { addDays } from "../../core/instruments/reassessment.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { createTestCarePlan, minimalPlan } from "../care-plan-factories.js";
import { createTestCase } from "../case-factories.js";
import type { EndpointExpectation, World } from "./types.js";
import { caseload, notFoundFor, opener } from "./role-sets.js";

const caseAt = async (world: World, site: 0 | 1 = 0) => (await createTestCase(world.deps, world.home, await opener(world), { site })).kase;
const today = (world: World) => londonDay(world.deps.now());

/** A case with a plan (version 1, one goal `g1`). */
async function planAt(world: World, site: 0 | 1 = 0) {
  const kase = await caseAt(world, site);
  await createTestCarePlan(world.deps, kase, await opener(world));
  return kase;
}

/** An endpoint on a case: caseload roles at its site may; everyone else is told it does not exist. */
function onCase(path: string, options: { method?: "GET"; success?: number; withPlan?: boolean; body?: (world: World) => unknown } = {}): EndpointExpectation {
  const build = async (world: World, site: 0 | 1) => {
    const kase = options.withPlan ? await planAt(world, site) : await caseAt(world, site);
    return { url: `/api/cases/${kase.id}/care-plan${path}`, ...(options.body ? { body: options.body(world) } : {}) };
  };
  return {
    allowed: caseload,
    success: options.success ?? 200,
    statusFor: notFoundFor(caseload),
    call: (world) => build(world, 0),
    unseen: (world) => build(world, 1),
    unseenFor: ["administrator", ...caseload],
  };
}

export const carePlanExpectations: Record<string, EndpointExpectation> = {
  "GET /api/cases/:caseId/care-plan": onCase("", { withPlan: true }),
  "POST /api/cases/:caseId/care-plan": onCase("", { success: 201, body: (world) => ({ content: minimalPlan(today(world)) }) }),
  "POST /api/cases/:caseId/care-plan/versions": onCase("/versions", {
    success: 201,
    withPlan: true,
    body: (world) => ({ content: minimalPlan(today(world)), reason: "The goal now names the course.", expectedVersion: 1 }),
  }),
  "GET /api/cases/:caseId/care-plan/versions/:version": onCase("/versions/1", { withPlan: true }),
  "POST /api/cases/:caseId/care-plan/reviews": onCase("/reviews", {
    success: 201,
    withPlan: true,
    body: (world) => ({ planVersion: 1, progress: [{ goalId: "g1", value: "progressing" }], nextReviewOn: addDays(today(world), 42) }),
  }),
  "GET /api/cases/:caseId/care-plan/starting-points": onCase("/starting-points"),
  "GET /api/cases/:caseId/care-plan/summary.pdf": onCase("/summary.pdf", { withPlan: true }),
};
