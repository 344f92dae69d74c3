/**
 * Gathers everything held about a client for a subject access export (core/data-rights/
 * export-record.ts): identity and demographics, consents, relationships, referrals and the outreach
 * contacts they followed up (collect-outreach.ts), and for each
 * case its timeline, assessments (answers and scores), care plans and reviews, sessions with their
 * notes, programme enrolments, outcomes and panel material (escalations, decisions, actions and
 * referrals to outside bodies), then the log of who opened or changed
 * the record. Texts are opened with the keys and field names they were sealed under; the caller
 * audits the read. Records merged into this client moved here with the merge, so they are included.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { CaseRecord, SubjectAccessRecord } from "../../../core/data-rights/export-record.js";
import { londonDay } from "../../../core/london-time.js";
import { assessmentFields } from "../../assessments/fields.js";
import { carePlanFields } from "../../care-plans/fields.js";
import { contactFields } from "../../clients/add-relationship.js";
import { readIdentity } from "../../clients/identity-store.js";
import type { Db } from "../../db/client.js";
import {
  assessments,
  auditEvents,
  carePlanReviews,
  carePlanVersions,
  caseEvents,
  caseOutcomes,
  cases,
  clients,
  consents,
  externalReferrals,
  instrumentVersions,
  organisations,
  panelActions,
  panelDecisions,
  panelEscalations,
  programmeEnrolmentEvents,
  programmeEnrolments,
  programmeVersions,
  referralSources,
  referrals,
  relationships,
  sites,
  supportSessions,
  supportSessionWorkers,
  users,
} from "../../db/schema.js";
import { outcomeFields } from "../../outcomes/fields.js";
import { panelFields } from "../../panel/fields.js";
import { enrolmentFields } from "../../programmes/fields.js";
import { sessionFields } from "../../sessions/fields.js";
import type { SubjectKey } from "../../vault/subject-key.js";
import type { Vault } from "../../vault/vault.js";
import type { RequestRow } from "../queries.js";
import { outreachFollowUpsOf } from "./collect-outreach.js";
import { describeAccess } from "./describe-access.js";

/** The most rows read of any one kind for one person: far beyond a real record, so nothing is cut short in practice. */
const most = 5_000;

const dayOf = (at: Date): string => londonDay(at);

export async function collectRecord(tx: Db, vault: Vault, request: RequestRow & { clientId: string }, now: Date): Promise<SubjectAccessRecord> {
  const clientId = request.clientId;
  const key = await vault.loadSubjectKey(tx, clientId);
  const open = (field: string, value: Uint8Array | null): string | null => (value ? vault.decrypt(key, field, value) : null);
  const [client] = await tx.select().from(clients).where(eq(clients.id, clientId)).limit(1);
  const [organisation] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, request.organisationId)).limit(1);
  const staff = await staffNames(tx, request.organisationId);
  const nameOf = (id: string | null): string | null => (id ? (staff.get(id) ?? null) : null);

  const consentRows = await tx.select().from(consents).where(eq(consents.clientId, clientId)).orderBy(asc(consents.recordedAt), asc(consents.id)).limit(most);
  const relationshipRows = await tx
    .select({ row: relationships, relatedReference: clients.reference })
    .from(relationships)
    .leftJoin(clients, eq(clients.id, relationships.relatedClientId))
    .where(eq(relationships.clientId, clientId))
    .orderBy(asc(relationships.createdAt), asc(relationships.id))
    .limit(most);
  const caseRows = await tx
    .select({ row: cases, site: sites.name })
    .from(cases)
    .innerJoin(sites, eq(sites.id, cases.siteId))
    .where(eq(cases.clientId, clientId))
    .orderBy(asc(cases.openedAt), asc(cases.id))
    .limit(most);

  return {
    format: "pathways.subject-access/1",
    organisation: organisation?.name ?? "",
    generatedOn: londonDay(now),
    request: { reference: request.reference, receivedOn: request.receivedOn },
    person: {
      reference: client!.reference,
      identity: await readIdentity(tx, vault, clientId),
      demographics: {
        sex: client!.sex,
        genderIdentity: client!.genderIdentity,
        ethnicity: client!.ethnicity,
        religion: client!.religion,
        firstLanguage: client!.firstLanguage,
        preferredLanguage: client!.preferredLanguage,
        isInterpreterNeeded: client!.isInterpreterNeeded,
        preferredWorkerGender: client!.preferredWorkerGender,
        disability: client!.disability,
        postcodeDistrict: client!.postcodeDistrict,
      },
    },
    consents: consentRows.map((row) => ({ purpose: row.purpose, partner: row.partner, status: row.status, method: row.method, recordedOn: dayOf(row.recordedAt), recordedBy: nameOf(row.recordedBy) })),
    relationships: relationshipRows.map(({ row, relatedReference }) => ({
      relation: row.relation,
      relatedClientReference: relatedReference,
      contactName: { itemKey: `relationship:${row.id}:contact_name`, value: open(contactFields.contactName, row.contactName) },
      contactPhone: { itemKey: `relationship:${row.id}:contact_phone`, value: open(contactFields.contactPhone, row.contactPhone) },
      since: dayOf(row.createdAt),
      endedOn: row.endedAt ? dayOf(row.endedAt) : null,
    })),
    referrals: await referralsOf(tx, vault, clientId),
    outreachFollowUps: await outreachFollowUpsOf(tx, clientId, nameOf),
    cases: await casesOf(tx, vault, key, caseRows, nameOf),
    accessLog: (
      await tx.select().from(auditEvents).where(and(eq(auditEvents.organisationId, request.organisationId), eq(auditEvents.clientId, clientId))).orderBy(asc(auditEvents.id)).limit(most)
    ).map((event) => ({ at: event.at.toISOString(), staff: nameOf(event.actorUserId), action: describeAccess(event.action) })),
  };
}

async function staffNames(tx: Db, organisationId: string): Promise<Map<string, string>> {
  // Every member of staff of the organisation, once, rather than a look-up per row; bounded by the size of a staff list.
  const rows = await tx.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.organisationId, organisationId)).limit(20_000);
  return new Map(rows.map((row) => [row.id, row.name]));
}

async function referralsOf(tx: Db, vault: Vault, clientId: string): Promise<SubjectAccessRecord["referrals"]> {
  const rows = await tx
    .select({ row: referrals, source: referralSources.code })
    .from(referrals)
    .innerJoin(referralSources, eq(referralSources.id, referrals.sourceId))
    .where(eq(referrals.clientId, clientId))
    .orderBy(asc(referrals.receivedAt), asc(referrals.id))
    .limit(most);
  const result: SubjectAccessRecord["referrals"] = [];
  for (const { row, source } of rows) {
    // A referral's texts stay under the referral's own key (create-referral.ts), even once linked.
    const key = await vault.loadSubjectKey(tx, row.id);
    const open = (field: string, value: Uint8Array | null) => (value ? vault.decrypt(key, field, value) : null);
    result.push({
      reference: row.reference,
      receivedOn: dayOf(row.receivedAt),
      channel: row.channel,
      source,
      reasons: row.reasons,
      urgency: row.urgency,
      status: row.status,
      concern: open("concern", row.concern),
      referrer: {
        name: { itemKey: `referral:${row.id}:referrer_name`, value: open("referrer_name", row.referrerName) },
        phone: { itemKey: `referral:${row.id}:referrer_phone`, value: open("referrer_phone", row.referrerPhone) },
        email: { itemKey: `referral:${row.id}:referrer_email`, value: open("referrer_email", row.referrerEmail) },
        organisation: row.referrerOrganisation,
        relationship: row.referrerRelationship,
      },
      decidedOn: row.decidedAt ? dayOf(row.decidedAt) : null,
      decisionReason: open("decision_reason", row.decisionReason),
    });
  }
  return result;
}

async function casesOf(
  tx: Db,
  vault: Vault,
  key: SubjectKey,
  caseRows: { row: typeof cases.$inferSelect; site: string }[],
  nameOf: (id: string | null) => string | null,
): Promise<CaseRecord[]> {
  const caseIds = caseRows.map(({ row }) => row.id);
  if (caseIds.length === 0) return [];
  const open = (field: string, value: Uint8Array | null): string | null => (value ? vault.decrypt(key, field, value) : null);
  const json = (field: string, value: Uint8Array | null): unknown => {
    const text = open(field, value);
    return text === null ? null : (JSON.parse(text) as unknown);
  };
  const byCase = <T extends { caseId: string }>(rows: T[]) => (caseId: string) => rows.filter((row) => row.caseId === caseId);

  const events = byCase(await tx.select().from(caseEvents).where(inArray(caseEvents.caseId, caseIds)).orderBy(asc(caseEvents.id)).limit(most));
  const assessmentRows = byCase(
    (
      await tx
        .select({ row: assessments, definition: instrumentVersions.definition, instrumentKey: instrumentVersions.key })
        .from(assessments)
        .innerJoin(instrumentVersions, eq(instrumentVersions.id, assessments.instrumentVersionId))
        .where(inArray(assessments.caseId, caseIds))
        .orderBy(asc(assessments.assessedOn), asc(assessments.id))
        .limit(most)
    ).map((found) => ({ ...found, caseId: found.row.caseId })),
  );
  const planRows = byCase(await tx.select().from(carePlanVersions).where(inArray(carePlanVersions.caseId, caseIds)).orderBy(asc(carePlanVersions.version)).limit(most));
  const reviewRows = byCase(await tx.select().from(carePlanReviews).where(inArray(carePlanReviews.caseId, caseIds)).orderBy(asc(carePlanReviews.reviewedOn), asc(carePlanReviews.id)).limit(most));
  const allSessions = await tx.select().from(supportSessions).where(inArray(supportSessions.caseId, caseIds)).orderBy(asc(supportSessions.startsAt), asc(supportSessions.id)).limit(most);
  const sessionRows = byCase(allSessions);
  const sessionIds = allSessions.map((session) => session.id);
  const workers = sessionIds.length ? await tx.select().from(supportSessionWorkers).where(inArray(supportSessionWorkers.sessionId, sessionIds)).limit(most * 4) : [];
  const enrolmentRows = byCase(
    (
      await tx
        .select({ row: programmeEnrolments, definition: programmeVersions.definition })
        .from(programmeEnrolments)
        .innerJoin(programmeVersions, eq(programmeVersions.id, programmeEnrolments.programmeVersionId))
        .where(inArray(programmeEnrolments.caseId, caseIds))
        .orderBy(asc(programmeEnrolments.enrolledOn), asc(programmeEnrolments.id))
        .limit(most)
    ).map((found) => ({ ...found, caseId: found.row.caseId })),
  );
  const enrolmentEvents = await tx.select().from(programmeEnrolmentEvents).where(inArray(programmeEnrolmentEvents.caseId, caseIds)).orderBy(asc(programmeEnrolmentEvents.at), asc(programmeEnrolmentEvents.id)).limit(most);
  const outcomeRows = byCase(await tx.select().from(caseOutcomes).where(inArray(caseOutcomes.caseId, caseIds)).orderBy(asc(caseOutcomes.achievedOn), asc(caseOutcomes.id)).limit(most));
  const escalationRows = byCase(await tx.select().from(panelEscalations).where(inArray(panelEscalations.caseId, caseIds)).orderBy(asc(panelEscalations.submittedAt), asc(panelEscalations.id)).limit(most));
  const decisions = await tx.select().from(panelDecisions).where(inArray(panelDecisions.caseId, caseIds)).limit(most);
  const actionRows = byCase(await tx.select().from(panelActions).where(inArray(panelActions.caseId, caseIds)).orderBy(asc(panelActions.dueOn), asc(panelActions.id)).limit(most));
  const outsideRows = byCase(await tx.select().from(externalReferrals).where(inArray(externalReferrals.caseId, caseIds)).orderBy(asc(externalReferrals.sentOn), asc(externalReferrals.id)).limit(most));

  return caseRows.map(({ row, site }) => ({
    reference: row.reference,
    site,
    state: row.state,
    tier: row.tier,
    openedOn: dayOf(row.openedAt),
    closedOn: row.closedAt ? dayOf(row.closedAt) : null,
    closureReason: row.closureReason,
    closureOutcome: row.closureOutcome,
    timeline: events(row.id).map((event) => ({ on: dayOf(event.at), type: event.type, by: nameOf(event.actorUserId), reason: open("case_event_reason", event.reason) })),
    assessments: assessmentRows(row.id).map(({ row: assessment, definition, instrumentKey }) => ({
      instrument: typeof definition.title === "string" ? definition.title : instrumentKey,
      assessedOn: assessment.assessedOn,
      status: assessment.status,
      answers: (json(assessmentFields.answers, assessment.answers) ?? {}) as Record<string, unknown>,
      result: assessment.result,
      chosenTier: assessment.chosenTier,
    })),
    carePlans: planRows(row.id).map((version) => ({ version: version.version, createdOn: version.createdOn, content: json(carePlanFields.content, version.content), reason: open(carePlanFields.reason, version.reason) })),
    carePlanReviews: reviewRows(row.id).map((review) => ({ reviewedOn: review.reviewedOn, progress: review.progress, notes: json(carePlanFields.reviewNotes, review.notes) })),
    sessions: sessionRows(row.id).map((session) => ({
      startsAt: session.startsAt.toISOString(),
      durationMinutes: session.durationMinutes,
      mode: session.mode,
      venue: session.venue,
      interventionType: session.interventionType,
      attendance: session.attendance,
      workers: workers.filter((worker) => worker.sessionId === session.id).map((worker) => nameOf(worker.userId) ?? ""),
      notes: { itemKey: `session:${session.id}:notes`, value: open(sessionFields.notes, session.notes) },
    })),
    programmeEnrolments: enrolmentRows(row.id).map(({ row: enrolment, definition }) => ({
      programme: typeof definition.title === "string" ? definition.title : "",
      state: enrolment.state,
      phase: enrolment.phaseIndex + 1,
      enrolledOn: enrolment.enrolledOn,
      events: enrolmentEvents.filter((event) => event.enrolmentId === enrolment.id).map((event) => ({ at: event.at.toISOString(), type: event.type, note: open(enrolmentFields.note, event.note) })),
    })),
    outcomes: outcomeRows(row.id).map((outcome) => ({ code: outcome.code, achievedOn: outcome.achievedOn, evidence: open(outcomeFields.evidence, outcome.evidence) ?? "" })),
    panel: escalationRows(row.id).map((escalation) => {
      const decision = decisions.find((found) => found.escalationId === escalation.id);
      return {
        submittedOn: dayOf(escalation.submittedAt),
        state: escalation.state,
        reason: { itemKey: `panel_escalation:${escalation.id}:reason`, value: open(panelFields.escalationReason, escalation.reason) },
        riskSummary: { itemKey: `panel_escalation:${escalation.id}:risk_summary`, value: open(panelFields.escalationRiskSummary, escalation.riskSummary) },
        decision: decision
          ? { kind: decision.kind, decidedOn: dayOf(decision.decidedAt), discussionSummary: { itemKey: `panel_decision:${decision.id}:discussion_summary`, value: open(panelFields.discussionSummary, decision.discussionSummary) } }
          : null,
      };
    }),
    panelActions: actionRows(row.id).map((action) => ({
      description: { itemKey: `panel_action:${action.id}:description`, value: open(panelFields.actionDescription, action.description) },
      owner: nameOf(action.ownerUserId),
      dueOn: action.dueOn,
      status: action.status,
    })),
    externalReferrals: outsideRows(row.id).map((referral) => ({
      target: referral.target,
      targetName: referral.targetName,
      sentOn: referral.sentOn,
      status: referral.status,
      closedOn: referral.closedOn,
      declineReason: { itemKey: `external_referral:${referral.id}:decline_reason`, value: open(panelFields.referralDeclineReason, referral.declineReason) },
      outcome: { itemKey: `external_referral:${referral.id}:outcome`, value: open(panelFields.referralOutcome, referral.outcome) },
    })),
  }));
}
