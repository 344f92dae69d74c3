/** Declared expectations for reviewing the audit trail: the viewer, its export, verification and unusual-access alerts. */
import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { recordAudit } from "../../server/audit/record-audit.js";
import { inTransaction } from "../../server/db/client.js";
import { auditAlerts, auditEvents, breakGlassAccesses } from "../../server/db/schema.js";
import { createTestCase } from "../case-factories.js";
import { createUser, type TestOrganisation } from "../factories.js";
import { opener } from "./role-sets.js";
import type { EndpointExpectation, World } from "./types.js";

const reviewers = ["administrator", "data_protection_officer"] as const;

/** An open alert about a member of staff of the organisation. */
async function alertIn(world: World, organisation: TestOrganisation): Promise<string> {
  const about = await createUser(world.deps.db, world.deps.vault, organisation, { role: "caseworker", isEnrolled: false });
  const at = world.deps.now();
  const [alert] = await world.deps.db
    .insert(auditAlerts)
    .values({ organisationId: organisation.id, rule: "out_of_hours", userId: about.id, firstAt: at, lastAt: at, count: 1, threshold: 1, findingKey: `out_of_hours:${about.id}:${randomUUID()}` })
    .returning({ id: auditAlerts.id });
  return alert!.id;
}

/** A break-glass event with its access, as using emergency access leaves them; answers the event's id. */
async function breakGlassEventIn(world: World, organisation: TestOrganisation): Promise<number> {
  const { deps } = world;
  const { kase, client } = await createTestCase(deps, organisation, await opener(world, organisation));
  const user = await createUser(deps.db, deps.vault, organisation, { role: "team_manager", site: 1, isEnrolled: false });
  await inTransaction(deps.db, async (tx) => {
    const key = await deps.vault.loadSubjectKey(tx, client.id);
    const now = deps.now();
    await tx.insert(breakGlassAccesses).values({ organisationId: organisation.id, caseId: kase.id, userId: user.id, reason: deps.vault.encrypt(key, "break_glass_reason", "An emergency"), grantedAt: now, expiresAt: new Date(now.getTime() + 3_600_000) });
    await recordAudit(tx, { organisationId: organisation.id, actorUserId: user.id, action: "case.break_glass", entityType: "case", entityId: kase.id, siteId: kase.siteId, clientId: client.id, at: now });
  });
  const [event] = await deps.db.select({ id: auditEvents.id }).from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "case.break_glass"))).orderBy(desc(auditEvents.id)).limit(1);
  return event!.id;
}

const settingsBody = { offCaseloadClients: 12, offCaseloadMinutes: 30, isOutOfHoursOn: true, workdayStart: "08:00", workdayEnd: "18:00", workingDays: [1, 2, 3, 4, 5], breakGlassUses: 3, breakGlassDays: 7, version: 1 };

export const auditExpectations: Record<string, EndpointExpectation> = {
  "GET /api/audit/events": { allowed: reviewers, success: 200, call: async () => ({ url: "/api/audit/events?breakGlassOnly=true" }) },
  "GET /api/audit/events.csv": { allowed: reviewers, success: 200, call: async () => ({ url: "/api/audit/events.csv?from=2026-01-01" }) },
  "GET /api/audit/events/:eventId/break-glass-reason": {
    allowed: ["data_protection_officer"],
    success: 200,
    call: async (world) => ({ url: `/api/audit/events/${await breakGlassEventIn(world, world.home)}/break-glass-reason` }),
    unseen: async (world) => ({ url: `/api/audit/events/${await breakGlassEventIn(world, world.other)}/break-glass-reason` }),
    unseenFor: ["data_protection_officer"],
  },
  "POST /api/audit/client-search": { allowed: reviewers, success: 200, call: async () => ({ url: "/api/audit/client-search", body: { reference: "PW-000000" } }) },
  "GET /api/audit/people": { allowed: reviewers, success: 200, call: async () => ({ url: "/api/audit/people" }) },
  "POST /api/audit/verification": { allowed: reviewers, success: 200, call: async () => ({ url: "/api/audit/verification" }) },
  "GET /api/audit/verifications": { allowed: reviewers, success: 200, call: async () => ({ url: "/api/audit/verifications" }) },
  "GET /api/audit/alerts": { allowed: reviewers, success: 200, call: async () => ({ url: "/api/audit/alerts?status=open" }) },
  "GET /api/audit/alerts/:alertId": {
    allowed: reviewers,
    success: 200,
    call: async (world) => ({ url: `/api/audit/alerts/${await alertIn(world, world.home)}` }),
    unseen: async (world) => ({ url: `/api/audit/alerts/${await alertIn(world, world.other)}` }),
    unseenFor: reviewers,
  },
  "POST /api/audit/alerts/:alertId/review": {
    allowed: reviewers,
    success: 200,
    call: async (world) => ({ url: `/api/audit/alerts/${await alertIn(world, world.home)}/review`, body: { status: "acknowledged", note: "", version: 1 } }),
    unseen: async (world) => ({ url: `/api/audit/alerts/${await alertIn(world, world.other)}/review`, body: { status: "acknowledged", note: "", version: 1 } }),
    unseenFor: reviewers,
  },
  "GET /api/audit/alert-settings": { allowed: reviewers, success: 200, call: async () => ({ url: "/api/audit/alert-settings" }) },
  "PUT /api/audit/alert-settings": { allowed: reviewers, success: 200, call: async () => ({ url: "/api/audit/alert-settings", body: settingsBody }) },
};
