/**
 * Finding enrolments through the case they belong to, so every read goes through the one
 * visibility rule for cases (cases/scope.ts), and their events with who recorded them.
 */
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { EnrolmentSnapshot, ProgrammeDefinition } from "../../core/programmes/programme.js";
import { viewOfCase } from "../assessments/queries.js";
import type { CaseRow } from "../cases/queries.js";
import type { Db } from "../db/client.js";
import { programmeEnrolmentEvents, programmeEnrolments, programmeVersions, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";
import { programmeDefinitionOf, type ProgrammeVersionRow } from "./catalogue.js";
import type { EnrolmentView } from "./policy.js";

export type EnrolmentRow = typeof programmeEnrolments.$inferSelect;
export type EnrolmentEventRow = typeof programmeEnrolmentEvents.$inferSelect;
export type CaseView = EnrolmentView & { kase: CaseRow };

export { viewOfCase };

export interface FoundEnrolment {
  enrolment: EnrolmentRow;
  programme: ProgrammeVersionRow;
  definition: ProgrammeDefinition;
  view: CaseView;
}

/** An enrolment on a case the actor can see, or "not found" (whether it does not exist or is not theirs to see). */
export async function findEnrolmentFor(db: Db, actor: Actor, enrolmentId: string, now: Date, options: { forUpdate?: boolean } = {}): Promise<FoundEnrolment> {
  const query = db
    .select({ enrolment: programmeEnrolments, programme: programmeVersions })
    .from(programmeEnrolments)
    .innerJoin(programmeVersions, eq(programmeVersions.id, programmeEnrolments.programmeVersionId))
    .where(and(eq(programmeEnrolments.id, enrolmentId), eq(programmeEnrolments.organisationId, actor.organisationId)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update", { of: programmeEnrolments }) : await query;
  if (!row) throw notFound("Enrolment");
  let view;
  try {
    view = await viewOfCase(db, actor, row.enrolment.caseId, now);
  } catch {
    throw notFound("Enrolment");
  }
  return { ...row, definition: programmeDefinitionOf(row.programme), view };
}

/** A case's enrolments with their programme versions, oldest first. */
export async function enrolmentsOnCase(db: Db, caseId: string) {
  return db
    .select({ enrolment: programmeEnrolments, programme: programmeVersions })
    .from(programmeEnrolments)
    .innerJoin(programmeVersions, eq(programmeVersions.id, programmeEnrolments.programmeVersionId))
    .where(eq(programmeEnrolments.caseId, caseId))
    .orderBy(asc(programmeEnrolments.createdAt), asc(programmeEnrolments.id))
    .limit(200);
}

/** Another enrolment of the case on the same programme that is in a phase now (any version of it). */
export async function otherActiveEnrolment(db: Db, caseId: string, programmeKey: string, exceptId?: string): Promise<string | null> {
  const [row] = await db
    .select({ id: programmeEnrolments.id })
    .from(programmeEnrolments)
    .innerJoin(programmeVersions, eq(programmeVersions.id, programmeEnrolments.programmeVersionId))
    .where(
      and(
        eq(programmeEnrolments.caseId, caseId),
        eq(programmeVersions.key, programmeKey),
        eq(programmeEnrolments.state, "in_phase"),
        exceptId ? ne(programmeEnrolments.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row?.id ?? null;
}

/** An enrolment's events, oldest first, with the name of who recorded each. */
export async function eventsOf(db: Db, enrolmentId: string) {
  return db
    .select({ event: programmeEnrolmentEvents, actorName: users.displayName })
    .from(programmeEnrolmentEvents)
    .leftJoin(users, eq(users.id, programmeEnrolmentEvents.actorUserId))
    .where(eq(programmeEnrolmentEvents.enrolmentId, enrolmentId))
    .orderBy(asc(programmeEnrolmentEvents.at), asc(programmeEnrolmentEvents.id))
    .limit(2000);
}

/** Display names of staff by id (who enrolled clients). */
export async function staffNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const found = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, unique));
  return new Map(found.map((row) => [row.id, row.name]));
}

/** Where an enrolment stands, as the state machine knows it. */
export function snapshotOf(row: Pick<EnrolmentRow, "state" | "phaseIndex">): EnrolmentSnapshot {
  if (row.state === "completed") return { state: "completed" };
  return { state: row.state === "withdrawn" ? "withdrawn" : "in_phase", phaseIndex: row.phaseIndex };
}
