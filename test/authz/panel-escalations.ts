/**
 * Declared expectations for escalations, external referrals and the panel dashboard. They follow
 * their case: the site's caseload roles see them (anyone else at the organisation is told the case
 * or escalation does not exist). Caseworkers and safeguarding leads escalate and record referrals; a
 * team manager, who sees the case, is refused (403). Only the safeguarding lead moves an escalation
 * through the panel and chooses excerpts. A site's queue and dashboard are for its managers. A
 * refused read of an escalation is itself audited.
 */
import type { Role } from "../../core/roles.js";
import { londonDay } from "../../core/london-time.js";
import { externalReferrals } from "../../server/db/schema.js";
import { createTestEscalation } from "../../server/panel/escalations/test-support.js";
import { createTestCase } from "../case-factories.js";
import { caseload, managers, notFoundFor, opener } from "./role-sets.js";
import type { Call, EndpointExpectation, World } from "./types.js";

const escalating = ["caseworker", "safeguarding_lead"] as const satisfies readonly Role[];

async function caseAt(world: World, site: 0 | 1) {
  const openedBy = await opener(world);
  return { ...(await createTestCase(world.deps, world.home, openedBy, { site })), openedBy };
}

/** A call on a record of a case at the home organisation's first site (`call`) or its second (`unseen`). */
function onCaseRecord(allowed: readonly Role[], success: number, build: (world: World, site: 0 | 1) => Promise<Call>, options: { auditsRefusals?: boolean } = {}): EndpointExpectation {
  return { allowed, success, statusFor: notFoundFor(caseload), call: (world) => build(world, 0), unseen: (world) => build(world, 1), unseenFor: caseload, ...options };
}

async function escalationAt(world: World, site: 0 | 1) {
  const { kase, openedBy } = await caseAt(world, site);
  return createTestEscalation(world.deps, kase, openedBy);
}

async function referralAt(world: World, site: 0 | 1) {
  const { kase, openedBy } = await caseAt(world, site);
  const now = world.deps.now();
  const [referral] = await world.deps.db
    .insert(externalReferrals)
    .values({ organisationId: kase.organisationId, siteId: kase.siteId, caseId: kase.id, target: "police", sentOn: londonDay(now), status: "sent", recordedBy: openedBy, updatedAt: now })
    .returning();
  return referral!;
}

const siteWork = (path: string): EndpointExpectation => ({ allowed: managers, success: 200, call: async (world) => ({ url: `${path}?siteId=${world.home.siteIds[0]}` }) });

export const panelEscalationExpectations: Record<string, EndpointExpectation> = {
  "GET /api/cases/:caseId/escalations": onCaseRecord(caseload, 200, async (world, site) => ({ url: `/api/cases/${(await caseAt(world, site)).kase.id}/escalations` })),
  "POST /api/cases/:caseId/escalations": onCaseRecord(escalating, 201, async (world, site) => ({
    url: `/api/cases/${(await caseAt(world, site)).kase.id}/escalations`,
    body: { reason: "Concerns from school.", riskSummary: "Rising risk.", isUrgent: true },
  })),
  "POST /api/cases/:caseId/escalations/preview": onCaseRecord(escalating, 200, async (world, site) => ({
    url: `/api/cases/${(await caseAt(world, site)).kase.id}/escalations/preview`,
    body: { reason: "Concerns from school.", riskSummary: "Rising risk.", isUrgent: false },
  })),
  "GET /api/panel/escalations": siteWork("/api/panel/escalations"),
  "GET /api/panel/escalations/:escalationId": onCaseRecord(caseload, 200, async (world, site) => ({ url: `/api/panel/escalations/${(await escalationAt(world, site)).id}` }), { auditsRefusals: true }),
  "POST /api/panel/escalations/:escalationId/events": onCaseRecord(["safeguarding_lead"], 200, async (world, site) => ({
    url: `/api/panel/escalations/${(await escalationAt(world, site)).id}/events`,
    body: { type: "return", reason: "Please add what the school said.", version: 1 },
  })),
  "PUT /api/panel/escalations/:escalationId/excerpts": onCaseRecord(["safeguarding_lead"], 200, async (world, site) => ({
    url: `/api/panel/escalations/${(await escalationAt(world, site)).id}/excerpts`,
    body: { excerpts: [], version: 1 },
  })),
  "GET /api/panel/dashboard": siteWork("/api/panel/dashboard"),
  "GET /api/cases/:caseId/external-referrals": onCaseRecord(caseload, 200, async (world, site) => ({ url: `/api/cases/${(await caseAt(world, site)).kase.id}/external-referrals` })),
  "POST /api/cases/:caseId/external-referrals": onCaseRecord(escalating, 201, async (world, site) => ({
    url: `/api/cases/${(await caseAt(world, site)).kase.id}/external-referrals`,
    body: { to: { kind: "channel" }, sentOn: londonDay(world.deps.now()) },
  })),
  "POST /api/external-referrals/:referralId/events": onCaseRecord(escalating, 200, async (world, site) => ({
    url: `/api/external-referrals/${(await referralAt(world, site)).id}/events`,
    body: { type: "accept", on: londonDay(world.deps.now()), version: 1 },
  })),
};
