/**
 * Declared expectations for instruments and assessments. The catalogue is readable by anyone signed
 * in; administrators configure and import. Assessments follow their case: the site's caseload roles
 * see and give them (others are told the case or assessment does not exist); managers approve and
 * return, never their own; a caseworker who sees it is refused (403).
 */
import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { audit } from "../../core/instruments/built-in/audit.js";
import type { Role } from "../../core/roles.js";
import { instrumentVersions } from "../../server/db/schema.js";
import { completeAuditAnswers, createTestAssessment } from "../assessment-factories.js";
import { createTestCase } from "../case-factories.js";
import type { EndpointExpectation, World } from "./types.js";
import { caseload, managers, notFoundFor, opener } from "./role-sets.js";


const caseAt = async (world: World, site: 0 | 1 = 0) => (await createTestCase(world.deps, world.home, await opener(world), { site })).kase;

/** An assessment at the home organisation's first (or second) site, by someone other than the caller. */
async function assessmentAt(world: World, options: Parameters<typeof createTestAssessment>[3] = {}, site: 0 | 1 = 0) {
  const kase = await caseAt(world, site);
  return createTestAssessment(world.deps, kase, await opener(world), options);
}

async function builtInAuditVersion(world: World) {
  const [row] = await world.deps.db
    .select({ id: instrumentVersions.id })
    .from(instrumentVersions)
    .where(and(isNull(instrumentVersions.organisationId), eq(instrumentVersions.key, "audit"), eq(instrumentVersions.version, audit.version)));
  return row!.id;
}

/** An instrument the other organisation imported: no one at home may see it. */
async function otherOrganisationsVersion(world: World) {
  const key = `local_${randomUUID().slice(0, 8)}`;
  const [row] = await world.deps.db
    .insert(instrumentVersions)
    .values({ organisationId: world.other.id, key, version: 1, definition: { ...audit, key }, definitionHash: key })
    .returning({ id: instrumentVersions.id });
  return row!.id;
}

/** An endpoint on one assessment: caseload roles at its site may; everyone else is told it does not exist. */
function onAssessment(
  path: string,
  options: { method?: "GET"; allowed?: readonly Role[]; success?: number; setup?: Parameters<typeof createTestAssessment>[3]; body?: (assessment: { version: number }) => unknown } = {},
): EndpointExpectation {
  const allowed = options.allowed ?? caseload;
  return {
    allowed,
    success: options.success ?? 200,
    statusFor: notFoundFor(caseload),
    call: async (world) => {
      const assessment = await assessmentAt(world, options.setup);
      return { url: `/api/assessments/${assessment.id}${path}`, ...(options.body ? { body: options.body(assessment) } : {}) };
    },
    unseen: async (world) => {
      const assessment = await assessmentAt(world, options.setup, 1);
      return { url: `/api/assessments/${assessment.id}${path}`, ...(options.body ? { body: options.body(assessment) } : {}) };
    },
    unseenFor: ["administrator", ...caseload],
  };
}

const submittedForApproval = { status: "submitted", requiresApproval: true } as const;

export const assessmentExpectations: Record<string, EndpointExpectation> = {
  "GET /api/instruments": { allowed: "signed-in", success: 200, call: async () => ({ url: "/api/instruments" }) },
  "GET /api/instruments/versions/:versionId": {
    allowed: "signed-in",
    success: 200,
    call: async (world) => ({ url: `/api/instruments/versions/${await builtInAuditVersion(world)}` }),
    unseen: async (world) => ({ url: `/api/instruments/versions/${await otherOrganisationsVersion(world)}` }),
  },
  "GET /api/instruments/versions/:versionId/export": {
    allowed: "signed-in",
    success: 200,
    call: async (world) => ({ url: `/api/instruments/versions/${await builtInAuditVersion(world)}/export?format=fhir` }),
    unseen: async (world) => ({ url: `/api/instruments/versions/${await otherOrganisationsVersion(world)}/export` }),
  },
  "POST /api/instruments/imports": {
    allowed: ["administrator"],
    success: 201,
    call: async () => ({ url: "/api/instruments/imports", body: { format: "json", document: { ...audit, key: `local_${randomUUID().slice(0, 8)}` } } }),
  },
  "PUT /api/instruments/:key/settings": {
    allowed: ["administrator"],
    success: 200,
    call: async () => ({ url: "/api/instruments/sds/settings", body: { isEnabled: true, requiresApproval: true, schedule: { atStart: false, everyWeeks: 8, atExit: false } } }),
  },
  "GET /api/cases/:caseId/assessments": {
    allowed: caseload,
    success: 200,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({ url: `/api/cases/${(await caseAt(world)).id}/assessments` }),
    unseen: async (world) => ({ url: `/api/cases/${(await caseAt(world, 1)).id}/assessments` }),
    unseenFor: caseload,
  },
  "POST /api/cases/:caseId/assessments": {
    allowed: caseload,
    success: 201,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({ url: `/api/cases/${(await caseAt(world)).id}/assessments`, body: { instrumentKey: "audit" } }),
    unseen: async (world) => ({ url: `/api/cases/${(await caseAt(world, 1)).id}/assessments`, body: { instrumentKey: "audit" } }),
    unseenFor: caseload,
  },
  "GET /api/assessments/:assessmentId": onAssessment(""),
  "PUT /api/assessments/:assessmentId/draft": onAssessment("/draft", { body: (assessment) => ({ answers: { q1: "monthly_or_less" }, version: assessment.version }) }),
  "POST /api/assessments/:assessmentId/submit": onAssessment("/submit", { body: (assessment) => ({ answers: completeAuditAnswers, version: assessment.version }) }),
  "POST /api/assessments/:assessmentId/approve": onAssessment("/approve", { allowed: managers, setup: submittedForApproval, body: () => ({ note: "Agreed." }) }),
  "POST /api/assessments/:assessmentId/return": onAssessment("/return", { allowed: managers, setup: submittedForApproval, body: () => ({ reason: "Rate education too." }) }),
  "POST /api/assessments/:assessmentId/amendments": onAssessment("/amendments", { success: 201, setup: { status: "submitted" }, body: () => ({ reason: "Q1 was misheard." }) }),
  "DELETE /api/assessments/:assessmentId": onAssessment("", { success: 204 }),
  "GET /api/assessments/:assessmentId/fhir": onAssessment("/fhir"),
  "GET /api/clients/:clientId/outcomes": {
    allowed: caseload,
    success: 200,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({ url: `/api/clients/${(await caseAt(world)).clientId}/outcomes` }),
    unseen: async (world) => ({ url: `/api/clients/${(await caseAt(world, 1)).clientId}/outcomes` }),
    unseenFor: caseload,
  },
};
