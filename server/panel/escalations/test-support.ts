/**
 * Panel records for tests, stored as the app stores them: a site's team around one case (a
 * safeguarding lead, a caseworker, a team manager, a mentor on the case, each signed in), a meeting,
 * and a decision with an action written straight to the tables the other panel steps write.
 */
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { createTestAssessment } from "../../../test/assessment-factories.js";
import { createTestCase } from "../../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../../test/factories.js";
import { signInAs } from "../../../test/http.js";
import { inTransaction } from "../../db/client.js";
import { caseAssignments, cases, panelActions, panelDecisions, panelEscalations } from "../../db/schema.js";
import type { AppDeps } from "../../http/context.js";
import { panelFields } from "../fields.js";
import { recordDecisionOnEscalation } from "./record-decision.js";

export async function panelTeam(app: FastifyInstance, deps: AppDeps, options: { organisation?: TestOrganisation; isRestricted?: boolean; withAssessment?: boolean } = {}) {
  const organisation = options.organisation ?? (await createOrganisation(deps.db));
  const users = {
    lead: await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead" }),
    caseworker: await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }),
    manager: await createUser(deps.db, deps.vault, organisation, { role: "team_manager" }),
    mentor: await createUser(deps.db, deps.vault, organisation, { role: "mentor" }),
    otherLead: await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead", site: 1 }),
  };
  const { kase, client, person } = await createTestCase(deps, organisation, users.lead.id, {
    isRestricted: options.isRestricted ?? false,
    identity: { givenName: "Zainab", familyName: "Qureshi", dateOfBirth: "2009-05-17", postcode: "B12 9QP", phone: "07700 900321" },
  });
  await deps.db.insert(caseAssignments).values({ organisationId: organisation.id, caseId: kase.id, userId: users.mentor.id, role: "mentor", assignedAt: deps.now(), assignedBy: users.lead.id });
  const assessment = options.withAssessment === false ? null : await createTestAssessment(deps, kase, users.caseworker.id, { status: "submitted" });
  const now = deps.now();
  const agents = {
    lead: await signInAs(app, users.lead, now),
    caseworker: await signInAs(app, users.caseworker, now),
    manager: await signInAs(app, users.manager, now),
    mentor: await signInAs(app, users.mentor, now),
    otherLead: await signInAs(app, users.otherLead, now),
  };
  return { organisation, users, agents, kase, client, person, assessment };
}

/** The panel's decision on an accepted escalation, with one action, as the meeting's record of it stores them. */
export async function recordTestDecision(
  deps: AppDeps,
  escalationId: string,
  options: { kind?: string; summary?: string; action?: { description: string; ownerUserId: string; dueOn: string }; decidedAt?: Date } = {},
) {
  return inTransaction(deps.db, async (tx) => {
    const [escalation] = await tx.select().from(panelEscalations).where(eq(panelEscalations.id, escalationId));
    const { caseId, siteId, organisationId, meetingId, escalatedBy } = escalation!;
    const [{ clientId }] = (await tx.select({ clientId: cases.clientId }).from(cases).where(eq(cases.id, caseId))) as [{ clientId: string }];
    const key = await deps.vault.loadSubjectKey(tx, clientId);
    const [decision] = await tx
      .insert(panelDecisions)
      .values({
        organisationId,
        siteId,
        escalationId,
        meetingId: meetingId!,
        caseId,
        kind: options.kind ?? "monitor_and_review",
        discussionSummary: deps.vault.encrypt(key, panelFields.discussionSummary, options.summary ?? "Agreed to monitor school attendance."),
        recordedBy: escalatedBy,
        decidedAt: options.decidedAt ?? deps.now(),
      })
      .returning();
    if (options.action) {
      await tx.insert(panelActions).values({
        organisationId,
        siteId,
        decisionId: decision!.id,
        caseId,
        description: deps.vault.encrypt(key, panelFields.actionDescription, options.action.description),
        ownerUserId: options.action.ownerUserId,
        dueOn: options.action.dueOn,
        status: "open",
        updatedAt: deps.now(),
      });
    }
    await recordDecisionOnEscalation(tx, { userId: escalatedBy, organisationId }, escalation!, { id: decision!.id, meetingId: meetingId!, clientId }, { now: deps.now(), requestId: "test" });
    return decision!;
  });
}

/** An escalation submitted on a case, stored as escalating stores one (texts sealed), without the alert. */
export async function createTestEscalation(deps: AppDeps, kase: { id: string; organisationId: string; siteId: string; clientId: string }, escalatedBy: string) {
  const key = await deps.vault.loadSubjectKey(deps.db, kase.clientId);
  const [escalation] = await deps.db
    .insert(panelEscalations)
    .values({
      organisationId: kase.organisationId,
      siteId: kase.siteId,
      caseId: kase.id,
      escalatedBy,
      isUrgent: false,
      reason: deps.vault.encrypt(key, panelFields.escalationReason, "Concerns from school."),
      riskSummary: deps.vault.encrypt(key, panelFields.escalationRiskSummary, "Rising risk."),
      state: "submitted",
      submittedAt: deps.now(),
      updatedAt: deps.now(),
    })
    .returning();
  return escalation!;
}
