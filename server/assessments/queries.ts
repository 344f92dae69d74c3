/**
 * Finding assessments through the case they belong to, so every read goes through the one
 * visibility rule for cases (cases/scope.ts), then the assessment policy for its kind.
 */
import { and, asc, desc, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import { crossVulnerabilityKey } from "../../core/instruments/built-in/cross-vulnerability.js";
import type { InstrumentDefinition } from "../../core/instruments/definition.js";
import type { Db } from "../db/client.js";
import { assessments, caseAssignments, instrumentVersions, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";
import { findCaseFor, type CaseRow } from "../cases/queries.js";
import { definitionOf, type InstrumentVersionRow } from "../instruments/catalogue.js";
import { canRead, type AssessmentView } from "./policy.js";

export type AssessmentRow = typeof assessments.$inferSelect;

/** A response that counts: approved, or submitted where no approval is needed, and not corrected since. */
export const countsCondition = and(
  isNull(assessments.supersededById),
  or(eq(assessments.status, "approved"), and(eq(assessments.status, "submitted"), eq(assessments.requiresApproval, false))),
) as SQL;

/** The case's latest cross-vulnerability assessment that counts, which plans and matching read needs from. */
export async function latestCountedProfile(db: Db, caseId: string): Promise<AssessmentRow | null> {
  const [row] = await db
    .select({ assessment: assessments })
    .from(assessments)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, assessments.instrumentVersionId))
    .where(and(eq(assessments.caseId, caseId), eq(instrumentVersions.key, crossVulnerabilityKey), countsCondition))
    .orderBy(desc(assessments.assessedOn), desc(assessments.submittedAt))
    .limit(1);
  return row?.assessment ?? null;
}

/** How the actor stands towards a case they can see: emergency access, key worker, assigned. */
export async function viewOfCase(db: Db, actor: Actor, caseId: string, now: Date): Promise<AssessmentView & { kase: CaseRow }> {
  const { kase, isBreakGlass } = await findCaseFor(db, actor, caseId, now);
  const roles = await db
    .select({ role: caseAssignments.role })
    .from(caseAssignments)
    .where(and(eq(caseAssignments.caseId, kase.id), eq(caseAssignments.userId, actor.userId), isNull(caseAssignments.endedAt)));
  return { kase, isBreakGlass, isKeyWorker: roles.some((row) => row.role === "key_worker"), isAssigned: roles.length > 0 };
}

export interface FoundAssessment {
  assessment: AssessmentRow;
  instrument: InstrumentVersionRow;
  definition: InstrumentDefinition;
  view: AssessmentView & { kase: CaseRow };
}

/** An assessment the actor may read, or "not found" (whether it does not exist or is not theirs to see). */
export async function findAssessmentFor(db: Db, actor: Actor, assessmentId: string, now: Date, options: { forUpdate?: boolean } = {}): Promise<FoundAssessment> {
  const query = db
    .select({ assessment: assessments, instrument: instrumentVersions })
    .from(assessments)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, assessments.instrumentVersionId))
    .where(and(eq(assessments.id, assessmentId), eq(assessments.organisationId, actor.organisationId)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update", { of: assessments }) : await query;
  if (!row) throw notFound("Assessment");
  let view;
  try {
    view = await viewOfCase(db, actor, row.assessment.caseId, now);
  } catch {
    throw notFound("Assessment");
  }
  const definition = definitionOf(row.instrument);
  if (!canRead(actor, view, definition.kind)) throw notFound("Assessment");
  return { assessment: row.assessment, instrument: row.instrument, definition, view };
}

/** A case's assessments with their instruments, oldest first. */
export async function assessmentsOnCase(db: Db, caseId: string) {
  return db
    .select({ assessment: assessments, instrument: instrumentVersions })
    .from(assessments)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, assessments.instrumentVersionId))
    .where(eq(assessments.caseId, caseId))
    .orderBy(asc(assessments.assessedOn), asc(assessments.createdAt));
}

/** Display names of the staff who created, submitted, approved or returned these assessments. */
export async function staffNames(db: Db, rows: readonly AssessmentRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((row) => [row.createdBy, row.submittedBy, row.approvedBy, row.returnedBy]).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const found = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(found.map((row) => [row.id, row.name]));
}
