/**
 * Records for reporting tests, written as the app stores them but with the dates the test chooses
 * (a referral received at 23:30 UTC on 31 March, a session a given number of days later), so a
 * test knows exactly what each metric must count. Each belongs to the test's own organisation;
 * encrypted columns hold a placeholder, since no metric reads them.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { MetricResult } from "../core/reporting/catalogue.js";
import type { Db } from "../server/db/client.js";
import {
  assessments,
  caseOutcomes,
  cases,
  clients,
  externalReferrals,
  groupSessionAttendees,
  groupSessions,
  instrumentVersions,
  outreachSessions,
  panelDecisions,
  panelEscalations,
  panelMeetings,
  programmeEnrolmentEvents,
  programmeEnrolments,
  programmeVersions,
  referralSources,
  referrals,
  supportSessions,
  trainingAttendees,
  trainingCourses,
  trainingDeliveries,
  users,
} from "../server/db/schema.js";
import type { TestOrganisation } from "./factories.js";

const sealed = new Uint8Array([0]);
const someone = randomUUID();
const siteOf = (organisation: TestOrganisation, site: 0 | 1 = 0) => organisation.siteIds[site];
const reference = (prefix: string) => `${prefix}-${randomUUID().slice(0, 12)}`;

/** A metric result's count at the dimension values given, in its breakdown's order; a missing cell fails the test. */
export function cellCount(result: MetricResult, ...values: string[]): number {
  const found = result.cells.find((candidate) => candidate.at.join("|") === values.join("|"));
  if (!found) throw new Error(`No cell at ${values.join(", ")}`);
  return found.count;
}

export async function insertClient(db: Db, organisation: TestOrganisation, options: { sex?: string; ethnicity?: string; mergedIntoId?: string } = {}) {
  const [row] = await db
    .insert(clients)
    .values({
      organisationId: organisation.id,
      reference: reference("C"),
      sex: options.sex ?? "not_stated",
      ethnicity: options.ethnicity ?? "not_stated",
      mergedIntoId: options.mergedIntoId ?? null,
      mergedAt: options.mergedIntoId ? new Date() : null,
    })
    .returning();
  return row!;
}

export interface TestReferralOptions {
  site?: 0 | 1;
  /** A source code of the organisation's (default `family`). */
  source?: string;
  reasons?: string[];
  receivedAt: Date;
  /** Default: two days after receipt. */
  triageDueAt?: Date;
  decidedAt?: Date | null;
  clientId?: string | null;
  isRestricted?: boolean;
}

export async function insertReferral(db: Db, organisation: TestOrganisation, options: TestReferralOptions) {
  const [source] = await db
    .select({ id: referralSources.id })
    .from(referralSources)
    .where(and(eq(referralSources.organisationId, organisation.id), eq(referralSources.code, options.source ?? "family")));
  const [row] = await db
    .insert(referrals)
    .values({
      organisationId: organisation.id,
      siteId: siteOf(organisation, options.site),
      reference: reference("R"),
      channel: "staff",
      sourceId: source!.id,
      status: options.decidedAt ? (options.clientId ? "accepted" : "declined") : "received",
      urgency: "routine",
      reasons: options.reasons ?? ["substance_misuse"],
      isRestricted: options.isRestricted ?? false,
      receivedAt: options.receivedAt,
      triageDueAt: options.triageDueAt ?? new Date(options.receivedAt.getTime() + 2 * 86_400_000),
      decidedAt: options.decidedAt ?? null,
      clientId: options.clientId ?? null,
    })
    .returning();
  return row!;
}

export interface TestCaseOptions {
  site?: 0 | 1;
  clientId: string;
  referralId?: string | null;
  openedAt: Date;
  closedAt?: Date | null;
  tier?: string | null;
  ageBand?: string;
  closureOutcome?: string | null;
  isRestricted?: boolean;
}

export async function insertCase(db: Db, organisation: TestOrganisation, options: TestCaseOptions) {
  const [row] = await db
    .insert(cases)
    .values({
      organisationId: organisation.id,
      siteId: siteOf(organisation, options.site),
      clientId: options.clientId,
      referralId: options.referralId ?? null,
      reference: reference("K"),
      state: options.closedAt ? "closed" : options.tier ? "active" : "assessment",
      tier: options.tier ?? null,
      isRestricted: options.isRestricted ?? false,
      ageBandAtOpening: options.ageBand ?? "unknown",
      openedAt: options.openedAt,
      closedAt: options.closedAt ?? null,
      closureOutcome: options.closureOutcome ?? null,
    })
    .returning();
  return row!;
}

/** A support session on a case, at the case's site unless told. */
export async function insertSupportSession(db: Db, organisation: TestOrganisation, options: { caseId: string; site?: 0 | 1; startsAt: Date; attendance?: string | null }) {
  const [row] = await db
    .insert(supportSessions)
    .values({
      organisationId: organisation.id,
      siteId: siteOf(organisation, options.site),
      caseId: options.caseId,
      startsAt: options.startsAt,
      durationMinutes: 60,
      mode: "office",
      interventionType: "one_to_one_mentoring",
      attendance: options.attendance === undefined ? "attended" : options.attendance,
      createdBy: someone,
      updatedAt: options.startsAt,
    })
    .returning();
  return row!;
}

/** The organisation's own instrument for test assessments (any instrument counts). */
async function testInstrument(db: Db, organisation: TestOrganisation): Promise<string> {
  const key = `reporting_test_${organisation.id.slice(0, 8)}`;
  const [found] = await db.select({ id: instrumentVersions.id }).from(instrumentVersions).where(and(eq(instrumentVersions.organisationId, organisation.id), eq(instrumentVersions.key, key)));
  if (found) return found.id;
  const [row] = await db.insert(instrumentVersions).values({ organisationId: organisation.id, key, version: 1, definition: {}, definitionHash: key }).returning();
  return row!.id;
}

/** An assessment done on `assessedOn`; submitted unless `isDraft`. */
export async function insertAssessment(db: Db, organisation: TestOrganisation, options: { caseId: string; site?: 0 | 1; assessedOn: string; isDraft?: boolean }) {
  const submittedAt = new Date(`${options.assessedOn}T12:00:00Z`);
  const [row] = await db
    .insert(assessments)
    .values({
      organisationId: organisation.id,
      siteId: siteOf(organisation, options.site),
      caseId: options.caseId,
      instrumentVersionId: await testInstrument(db, organisation),
      status: options.isDraft ? "draft" : "submitted",
      assessedOn: options.assessedOn,
      answers: sealed,
      result: {},
      createdBy: someone,
      updatedAt: submittedAt,
      submittedAt: options.isDraft ? null : submittedAt,
      submittedBy: options.isDraft ? null : someone,
    })
    .returning();
  return row!;
}

/** The organisation's own version of a programme by key (a programme the organisation has). */
export async function insertProgramme(db: Db, organisation: TestOrganisation, key: string): Promise<string> {
  const [found] = await db.select({ id: programmeVersions.id }).from(programmeVersions).where(and(eq(programmeVersions.organisationId, organisation.id), eq(programmeVersions.key, key)));
  if (found) return found.id;
  const [row] = await db.insert(programmeVersions).values({ organisationId: organisation.id, key, version: 100, definition: {}, definitionHash: `${key}-${organisation.id}` }).returning();
  return row!.id;
}

/** An enrolment begun on `enrolledOn`, completed at `completedAt` if given. */
export async function insertEnrolment(db: Db, organisation: TestOrganisation, options: { caseId: string; site?: 0 | 1; programme: string; enrolledOn: string; completedAt?: Date }) {
  const [row] = await db
    .insert(programmeEnrolments)
    .values({
      organisationId: organisation.id,
      siteId: siteOf(organisation, options.site),
      caseId: options.caseId,
      programmeVersionId: await insertProgramme(db, organisation, options.programme),
      state: options.completedAt ? "completed" : "in_phase",
      phaseIndex: 0,
      enrolledOn: options.enrolledOn,
      enrolledBy: someone,
    })
    .returning();
  if (options.completedAt) {
    await db.insert(programmeEnrolmentEvents).values({ organisationId: organisation.id, enrolmentId: row!.id, caseId: options.caseId, at: options.completedAt, actorUserId: someone, type: "complete" });
  }
  return row!;
}

/** A programme's group session with the given enrolments attending. */
export async function insertGroupSession(db: Db, organisation: TestOrganisation, options: { site?: 0 | 1; programme: string; startsAt: Date; attendees: { enrolmentId: string; caseId: string }[] }) {
  const [row] = await db
    .insert(groupSessions)
    .values({
      organisationId: organisation.id,
      siteId: siteOf(organisation, options.site),
      programmeKey: options.programme,
      startsAt: options.startsAt,
      durationMinutes: 90,
      venue: "Community hall",
      facilitatorIds: [],
      createdBy: someone,
      updatedAt: options.startsAt,
    })
    .returning();
  if (options.attendees.length > 0) {
    await db.insert(groupSessionAttendees).values(options.attendees.map((attendee) => ({ groupSessionId: row!.id, organisationId: organisation.id, ...attendee })));
  }
  return row!;
}

/** An escalation of a case to the panel, and its decision when `decision` is given. */
export async function insertEscalation(db: Db, organisation: TestOrganisation, options: { caseId: string; site?: 0 | 1; submittedAt: Date; decision?: { kind: string; decidedAt: Date } }) {
  const siteId = siteOf(organisation, options.site);
  const [escalation] = await db
    .insert(panelEscalations)
    .values({
      organisationId: organisation.id,
      siteId,
      caseId: options.caseId,
      escalatedBy: someone,
      isUrgent: false,
      reason: sealed,
      riskSummary: sealed,
      state: options.decision ? "discussed" : "submitted",
      submittedAt: options.submittedAt,
      updatedAt: options.submittedAt,
    })
    .returning();
  if (options.decision) {
    const at = options.decision.decidedAt;
    const [meeting] = await db
      .insert(panelMeetings)
      .values({ organisationId: organisation.id, siteId, startsAt: at, endsAt: new Date(at.getTime() + 3_600_000), location: "Room 1", minutesBefore: 60, minutesAfter: 60, createdBy: someone, updatedAt: at })
      .returning();
    await db.insert(panelDecisions).values({
      organisationId: organisation.id,
      siteId,
      escalationId: escalation!.id,
      meetingId: meeting!.id,
      caseId: options.caseId,
      kind: options.decision.kind,
      discussionSummary: sealed,
      recordedBy: someone,
      decidedAt: at,
    });
  }
  return escalation!;
}

export async function insertExternalReferral(db: Db, organisation: TestOrganisation, options: { caseId: string; site?: 0 | 1; sentOn: string }) {
  const [row] = await db
    .insert(externalReferrals)
    .values({ organisationId: organisation.id, siteId: siteOf(organisation, options.site), caseId: options.caseId, target: "channel", sentOn: options.sentOn, status: "sent", recordedBy: someone, updatedAt: new Date() })
    .returning();
  return row!;
}

export async function insertOutcome(db: Db, organisation: TestOrganisation, options: { caseId: string; site?: 0 | 1; code: string; achievedOn: string }) {
  const [row] = await db
    .insert(caseOutcomes)
    .values({ organisationId: organisation.id, siteId: siteOf(organisation, options.site), caseId: options.caseId, code: options.code, achievedOn: options.achievedOn, evidence: sealed, recordedBy: someone, recordedAt: new Date() })
    .returning();
  return row!;
}

export async function insertOutreachSession(db: Db, organisation: TestOrganisation, options: { site?: 0 | 1; startsAt: Date; headcount: number }) {
  const [row] = await db
    .insert(outreachSessions)
    .values({
      organisationId: organisation.id,
      siteId: siteOf(organisation, options.site),
      sessionType: "talk",
      startsAt: options.startsAt,
      durationMinutes: 60,
      headcountTotal: options.headcount,
      headcount: { total: options.headcount },
      createdBy: someone,
      updatedAt: options.startsAt,
    })
    .returning();
  return row!;
}

/** A member of staff (a trainer), with no roles and no way to sign in. */
export async function insertStaff(db: Db, organisation: TestOrganisation) {
  const [row] = await db.insert(users).values({ organisationId: organisation.id, email: `staff-${randomUUID()}@example.org`, displayName: "Trainer" }).returning();
  return row!;
}

/** A training delivered on `deliveredOn` by `trainerId` (a user of the organisation) to `attendees` people. */
export async function insertTraining(db: Db, organisation: TestOrganisation, options: { site?: 0 | 1; deliveredOn: string; trainerId: string; attendees: number }) {
  const [course] = await db.insert(trainingCourses).values({ organisationId: organisation.id, title: "Recognising exploitation", createdBy: someone, updatedAt: new Date() }).returning();
  const [delivery] = await db
    .insert(trainingDeliveries)
    .values({ organisationId: organisation.id, siteId: siteOf(organisation, options.site), courseId: course!.id, deliveredOn: options.deliveredOn, trainerId: options.trainerId, createdBy: someone, updatedAt: new Date() })
    .returning();
  if (options.attendees > 0) {
    await db.insert(trainingAttendees).values(
      Array.from({ length: options.attendees }, (_, index) => ({
        organisationId: organisation.id,
        deliveryId: delivery!.id,
        name: `Attendee ${index + 1}`,
        consentRecordedAt: new Date(),
        consentRecordedBy: someone,
        certificateNumber: reference("PW-TEST"),
      })),
    );
  }
  return delivery!;
}
