/**
 * What the export adds to each episode, as things stood at the end of the period: the client's
 * consent (latest record of the organisation's chosen purpose and partner), the substances from the
 * case's first Treatment Outcomes Profile, and its modalities — intervention types from attended
 * sessions (first to last session) and programme enrolments (enrolled to completed or withdrawn).
 * Codes and days only; no free text is read.
 */
import { and, asc, desc, eq, inArray, isNull, lt, min, max, sql } from "drizzle-orm";
import { londonDay } from "../../../core/london-time.js";
import { ndtmsSubstancesFromTop, type ConsentState, type NdtmsModality, type NdtmsSettings, type NdtmsSubstance } from "../../../core/reporting/ndtms.js";
import type { Db } from "../../db/client.js";
import { assessments, consents, instrumentVersions, programmeEnrolmentEvents, programmeEnrolments, programmeVersions, supportSessions } from "../../db/schema.js";
import type { ExportPeriod } from "./export-period.js";

/** Each client's consent state for the export's purpose and partner, recorded before the period ended. */
export async function consentStates(db: Db, clientIds: readonly string[], settings: NdtmsSettings, period: ExportPeriod): Promise<Map<string, ConsentState>> {
  if (clientIds.length === 0) return new Map();
  const partner = settings.consentPartner === null ? isNull(consents.partner) : sql`lower(${consents.partner}) = lower(${settings.consentPartner})`;
  const rows = await db
    .selectDistinctOn([consents.clientId], { clientId: consents.clientId, status: consents.status })
    .from(consents)
    .where(and(inArray(consents.clientId, [...clientIds]), eq(consents.purpose, settings.consentPurpose), partner, lt(consents.recordedAt, period.before)))
    .orderBy(consents.clientId, desc(consents.recordedAt), desc(consents.id));
  return new Map(rows.map((row) => [row.clientId, row.status === "given" ? "given" : "withdrawn"]));
}

/** Substances 1–3 of each case, from its first Treatment Outcomes Profile given before the period ended. */
export async function caseSubstances(db: Db, caseIds: readonly string[], period: ExportPeriod): Promise<Map<string, NdtmsSubstance[]>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([assessments.caseId], { caseId: assessments.caseId, result: assessments.result })
    .from(assessments)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, assessments.instrumentVersionId))
    .where(
      and(
        inArray(assessments.caseId, [...caseIds]),
        eq(instrumentVersions.key, "top"),
        inArray(assessments.status, ["submitted", "approved"]),
        isNull(assessments.supersededById),
        lt(assessments.assessedOn, period.dayAfter),
      ),
    )
    .orderBy(assessments.caseId, asc(assessments.assessedOn), asc(assessments.createdAt));
  const scoresOf = (result: Record<string, unknown>) => (Array.isArray(result.scores) ? (result.scores as { id: string; value: number | null }[]) : []);
  return new Map(rows.map((row) => [row.caseId, ndtmsSubstancesFromTop(scoresOf(row.result))]));
}

/**
 * Each case's modalities. An intervention type's modality runs from its first to its last attended
 * session, ended only when the case closed within the period; a programme's from the enrolment to
 * its completion or withdrawal, when that was the enrolment's last step within the period.
 */
export async function caseModalities(db: Db, episodes: readonly { caseId: string; isDischarged: boolean }[], period: ExportPeriod): Promise<Map<string, NdtmsModality[]>> {
  const modalities = new Map<string, NdtmsModality[]>(episodes.map((episode) => [episode.caseId, []]));
  if (episodes.length === 0) return modalities;
  const caseIds = episodes.map((episode) => episode.caseId);
  const isDischarged = new Set(episodes.filter((episode) => episode.isDischarged).map((episode) => episode.caseId));
  const sessions = await db
    .select({ caseId: supportSessions.caseId, code: supportSessions.interventionType, first: min(supportSessions.startsAt), last: max(supportSessions.startsAt) })
    .from(supportSessions)
    .where(and(inArray(supportSessions.caseId, caseIds), eq(supportSessions.attendance, "attended"), lt(supportSessions.startsAt, period.before)))
    .groupBy(supportSessions.caseId, supportSessions.interventionType);
  for (const row of sessions) {
    if (!row.first || !row.last) continue;
    modalities.get(row.caseId)?.push({ kind: "intervention", code: row.code, start: londonDay(row.first), end: isDischarged.has(row.caseId) ? londonDay(row.last) : null });
  }
  const enrolments = await db
    .select({ id: programmeEnrolments.id, caseId: programmeEnrolments.caseId, code: programmeVersions.key, enrolledOn: programmeEnrolments.enrolledOn })
    .from(programmeEnrolments)
    .innerJoin(programmeVersions, eq(programmeVersions.id, programmeEnrolments.programmeVersionId))
    .where(and(inArray(programmeEnrolments.caseId, caseIds), lt(programmeEnrolments.enrolledOn, period.dayAfter)));
  const lastSteps = await lastStepsOf(db, enrolments.map((enrolment) => enrolment.id), period);
  const endedOn = new Map(lastSteps.filter((step) => step.type === "complete" || step.type === "withdraw").map((step) => [step.enrolmentId, londonDay(step.at)]));
  for (const enrolment of enrolments) {
    modalities.get(enrolment.caseId)?.push({ kind: "programme", code: enrolment.code, start: enrolment.enrolledOn, end: endedOn.get(enrolment.id) ?? null });
  }
  return modalities;
}

/** Each enrolment's last step before the period ended. */
async function lastStepsOf(db: Db, enrolmentIds: readonly string[], period: ExportPeriod) {
  if (enrolmentIds.length === 0) return [];
  return db
    .selectDistinctOn([programmeEnrolmentEvents.enrolmentId], { enrolmentId: programmeEnrolmentEvents.enrolmentId, type: programmeEnrolmentEvents.type, at: programmeEnrolmentEvents.at })
    .from(programmeEnrolmentEvents)
    .where(and(inArray(programmeEnrolmentEvents.enrolmentId, [...enrolmentIds]), lt(programmeEnrolmentEvents.at, period.before)))
    .orderBy(programmeEnrolmentEvents.enrolmentId, desc(programmeEnrolmentEvents.at), desc(programmeEnrolmentEvents.id));
}
