/**
 * Finding a case's care plan and its history through the case it belongs to, so every read goes
 * through the one visibility rule for cases (cases/scope.ts), and the people who may deliver its
 * interventions: the organisation's active staff who can see the case.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { caseloadRoles } from "../authz/site-roles.js";
import { viewOfCase } from "../assessments/queries.js";
import type { CaseRow } from "../cases/queries.js";
import type { Db } from "../db/client.js";
import { caseAccessGrants, caseAssignments, carePlanReviews, carePlans, carePlanVersions, roleGrants, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import type { CarePlanView } from "./policy.js";

export type CarePlanRow = typeof carePlans.$inferSelect;
export type CarePlanVersionRow = typeof carePlanVersions.$inferSelect;
export type CarePlanReviewRow = typeof carePlanReviews.$inferSelect;

export type CaseView = CarePlanView & { kase: CaseRow };

/** How the actor stands towards a case they can see ("not found" otherwise). */
export async function caseViewFor(db: Db, actor: Actor, caseId: string, now: Date): Promise<CaseView> {
  const { kase, isBreakGlass, isKeyWorker } = await viewOfCase(db, actor, caseId, now);
  return { kase, isBreakGlass, isKeyWorker };
}

/** The case's plan, if it has one; locked for the rest of the transaction when it is about to change. */
export async function planOfCase(db: Db, caseId: string, options: { forUpdate?: boolean } = {}): Promise<CarePlanRow | null> {
  const query = db.select().from(carePlans).where(eq(carePlans.caseId, caseId)).limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

/** Every version of a plan, oldest first. */
export async function versionsOf(db: Db, planId: string): Promise<CarePlanVersionRow[]> {
  return db.select().from(carePlanVersions).where(eq(carePlanVersions.carePlanId, planId)).orderBy(asc(carePlanVersions.version));
}

/** Every review of a plan, oldest first (same-day reviews in the order they were written). */
export async function reviewsOf(db: Db, planId: string): Promise<CarePlanReviewRow[]> {
  return db.select().from(carePlanReviews).where(eq(carePlanReviews.carePlanId, planId)).orderBy(asc(carePlanReviews.reviewedOn), asc(carePlanReviews.createdAt));
}

/** Display names of members of staff, looked up within the organisation only. */
export async function staffNames(db: Db, organisationId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(and(eq(users.organisationId, organisationId), inArray(users.id, unique)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * The active staff who can see the case in the ordinary way, and so may deliver its support: on a
 * restricted case the people named on it; otherwise the site's caseload roles and anyone assigned.
 * (The same rule as cases/scope.ts, asked the other way round: who sees this case.)
 */
export async function workersWhoSeeCase(db: Db, kase: CaseRow): Promise<{ userId: string; name: string }[]> {
  const named = sql`exists (select 1 from ${caseAccessGrants} where ${caseAccessGrants.caseId} = ${kase.id} and ${caseAccessGrants.userId} = ${users.id})`;
  const worksSite = sql`exists (select 1 from ${roleGrants} where ${roleGrants.userId} = ${users.id} and ${roleGrants.siteId} = ${kase.siteId}
    and ${inArray(roleGrants.role, [...caseloadRoles])})`;
  const assigned = sql`exists (select 1 from ${caseAssignments} where ${caseAssignments.caseId} = ${kase.id}
    and ${caseAssignments.userId} = ${users.id} and ${caseAssignments.endedAt} is null)`;
  const rows = await db
    .select({ userId: users.id, name: users.displayName })
    .from(users)
    .where(and(eq(users.organisationId, kase.organisationId), eq(users.isActive, true), kase.isRestricted ? named : sql`(${worksSite} or ${assigned})`))
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(500);
  return rows;
}
