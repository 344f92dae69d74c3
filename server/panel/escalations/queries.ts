/**
 * Finding escalations through the case they belong to, so every read goes through the one
 * visibility rule for cases (cases/scope.ts); lists with what a summary shows; the latest
 * assessment that counts; the meetings an escalation may go onto; an escalation's history.
 */
import { and, asc, desc, eq, gt, inArray, type SQL } from "drizzle-orm";
import type { EscalationState } from "../../../core/panel/escalation.js";
import { countsCondition } from "../../assessments/queries.js";
import { visibleCases } from "../../cases/scope.js";
import type { Db } from "../../db/client.js";
import { assessments, cases, instrumentVersions, panelDecisions, panelEscalationEvents, panelEscalations, panelMeetings, sites, users } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import { definitionOf } from "../../instruments/catalogue.js";
import { viewOfCase, type CaseView } from "../../sessions/queries.js";

export type EscalationRow = typeof panelEscalations.$inferSelect;
export const liveStates: readonly EscalationState[] = ["submitted", "accepted", "returned"];

export interface FoundEscalation {
  escalation: EscalationRow;
  view: CaseView;
}

/** An escalation whose case the actor can see, or "not found" (whether it does not exist or is not theirs to see). */
export async function findEscalationFor(db: Db, actor: Actor, escalationId: string, now: Date, options: { forUpdate?: boolean } = {}): Promise<FoundEscalation> {
  const query = db
    .select()
    .from(panelEscalations)
    .where(and(eq(panelEscalations.id, escalationId), eq(panelEscalations.organisationId, actor.organisationId)))
    .limit(1);
  const [escalation] = options.forUpdate ? await query.for("update") : await query;
  if (!escalation) throw notFound("Escalation");
  try {
    return { escalation, view: await viewOfCase(db, actor, escalation.caseId, now) };
  } catch {
    throw notFound("Escalation");
  }
}

/** An escalation of the organisation whoever may see it, to audit a refused read: never presented. */
export async function unsafeFindEscalationInOrganisation(db: Db, organisationId: string, escalationId: string) {
  const [row] = await db
    .select({ id: panelEscalations.id, siteId: panelEscalations.siteId, caseId: panelEscalations.caseId, clientId: cases.clientId })
    .from(panelEscalations)
    .innerJoin(cases, eq(cases.id, panelEscalations.caseId))
    .where(and(eq(panelEscalations.id, escalationId), eq(panelEscalations.organisationId, organisationId)))
    .limit(1);
  return row;
}

export async function hasLiveEscalation(db: Db, caseId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: panelEscalations.id })
    .from(panelEscalations)
    .where(and(eq(panelEscalations.caseId, caseId), inArray(panelEscalations.state, [...liveStates])))
    .limit(1);
  return row !== undefined;
}

export interface AssessmentRef {
  id: string;
  instrumentTitle: string;
  assessedOn: string;
}

async function assessmentRefs(db: Db, where: SQL): Promise<AssessmentRef | null> {
  const [row] = await db
    .select({ id: assessments.id, assessedOn: assessments.assessedOn, instrument: instrumentVersions })
    .from(assessments)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, assessments.instrumentVersionId))
    .where(where)
    .orderBy(desc(assessments.assessedOn), desc(assessments.submittedAt))
    .limit(1);
  return row ? { id: row.id, assessedOn: row.assessedOn, instrumentTitle: definitionOf(row.instrument).title } : null;
}

/** The case's latest submitted assessment that counts (approved, or needing no approval), of any instrument. */
export const latestCountedAssessment = (db: Db, caseId: string) => assessmentRefs(db, and(eq(assessments.caseId, caseId), countsCondition) as SQL);
export const assessmentRef = (db: Db, assessmentId: string) => assessmentRefs(db, eq(assessments.id, assessmentId));

export interface MeetingRef {
  id: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
}

export interface EscalationListRow {
  escalation: EscalationRow;
  caseReference: string;
  siteName: string;
  escalatedByName: string | null;
  meeting: MeetingRef | null;
  decisionKind: string | null;
}

/** Largest list returned at once; a site has tens of live escalations. */
const maxRows = 200;

/** Escalations matching `where` with what their summaries show, in `order`. Callers scope `where`. */
export async function escalationList(db: Db, where: SQL | undefined, order: SQL[] = [desc(panelEscalations.submittedAt)]): Promise<EscalationListRow[]> {
  const rows = await db
    .select({
      escalation: panelEscalations,
      caseReference: cases.reference,
      siteName: sites.name,
      escalatedByName: users.displayName,
      meetingId: panelMeetings.id,
      meetingStartsAt: panelMeetings.startsAt,
      meetingEndsAt: panelMeetings.endsAt,
      meetingLocation: panelMeetings.location,
      decisionKind: panelDecisions.kind,
    })
    .from(panelEscalations)
    .innerJoin(cases, eq(cases.id, panelEscalations.caseId))
    .innerJoin(sites, eq(sites.id, panelEscalations.siteId))
    .leftJoin(users, eq(users.id, panelEscalations.escalatedBy))
    .leftJoin(panelMeetings, eq(panelMeetings.id, panelEscalations.meetingId))
    .leftJoin(panelDecisions, eq(panelDecisions.escalationId, panelEscalations.id))
    .where(where)
    .orderBy(...order, asc(panelEscalations.id))
    .limit(maxRows);
  return rows.map((row) => ({
    escalation: row.escalation,
    caseReference: row.caseReference,
    siteName: row.siteName,
    escalatedByName: row.escalatedByName,
    meeting: row.meetingId && row.meetingStartsAt && row.meetingEndsAt ? { id: row.meetingId, startsAt: row.meetingStartsAt, endsAt: row.meetingEndsAt, location: row.meetingLocation ?? "" } : null,
    decisionKind: row.decisionKind,
  }));
}

/** A site's escalations in the given states whose cases the actor sees without emergency access: urgent first, then the longest waiting. */
export function siteQueue(db: Db, actor: Actor, siteId: string, states: readonly string[], now: Date): Promise<EscalationListRow[]> {
  return escalationList(
    db,
    and(eq(panelEscalations.siteId, siteId), inArray(panelEscalations.state, [...states]), visibleCases(actor, now, { includeBreakGlass: false })),
    [desc(panelEscalations.isUrgent), asc(panelEscalations.submittedAt)],
  );
}

/** The site's meetings an escalation may be put on: not cancelled and not yet ended, soonest first. */
export async function openMeetingsAt(db: Db, siteId: string, now: Date, meetingId?: string): Promise<MeetingRef[]> {
  return db
    .select({ id: panelMeetings.id, startsAt: panelMeetings.startsAt, endsAt: panelMeetings.endsAt, location: panelMeetings.location })
    .from(panelMeetings)
    .where(and(eq(panelMeetings.siteId, siteId), eq(panelMeetings.isCancelled, false), gt(panelMeetings.endsAt, now), meetingId ? eq(panelMeetings.id, meetingId) : undefined))
    .orderBy(asc(panelMeetings.startsAt), asc(panelMeetings.id))
    .limit(50);
}

/** Every step of an escalation, oldest first, with who took it. */
export async function historyOf(db: Db, escalationId: string) {
  return db
    .select({ type: panelEscalationEvents.type, at: panelEscalationEvents.at, actorName: users.displayName, meetingId: panelEscalationEvents.meetingId })
    .from(panelEscalationEvents)
    .leftJoin(users, eq(users.id, panelEscalationEvents.actorUserId))
    .where(eq(panelEscalationEvents.escalationId, escalationId))
    .orderBy(asc(panelEscalationEvents.at), asc(panelEscalationEvents.id));
}
