/**
 * Finding sessions through the case they belong to, so every read goes through the one visibility
 * rule for cases (cases/scope.ts); the people a session may name as its workers (those who can see
 * its case); and the workers of listed sessions.
 */
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { caseloadRoles } from "../authz/site-roles.js";
import { findCaseFor, type CaseRow } from "../cases/queries.js";
import type { Db } from "../db/client.js";
import { caseAccessGrants, caseAssignments, cases, roleGrants, supportSessions, supportSessionWorkers, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";
import type { SessionCaseView } from "./policy.js";

export type SessionRow = typeof supportSessions.$inferSelect;
export type CaseView = SessionCaseView & { kase: CaseRow };
export interface SessionWorker {
  userId: string;
  name: string;
}

/** How the actor stands towards a case they can see: emergency access, assigned or not. */
export async function viewOfCase(db: Db, actor: Actor, caseId: string, now: Date): Promise<CaseView> {
  const { kase, isBreakGlass } = await findCaseFor(db, actor, caseId, now);
  const [assigned] = await db
    .select({ userId: caseAssignments.userId })
    .from(caseAssignments)
    .where(and(eq(caseAssignments.caseId, kase.id), eq(caseAssignments.userId, actor.userId), isNull(caseAssignments.endedAt)))
    .limit(1);
  return { kase, isBreakGlass, isAssigned: assigned !== undefined };
}

export interface FoundSession {
  session: SessionRow;
  workers: SessionWorker[];
  view: CaseView;
}

/** A session the actor may see (they see its case), or "not found", whether it does not exist or is not theirs to see. */
export async function findSessionFor(db: Db, actor: Actor, sessionId: string, now: Date, options: { forUpdate?: boolean } = {}): Promise<FoundSession> {
  const query = db
    .select()
    .from(supportSessions)
    .where(and(eq(supportSessions.id, sessionId), eq(supportSessions.organisationId, actor.organisationId)))
    .limit(1);
  const [session] = options.forUpdate ? await query.for("update") : await query;
  if (!session) throw notFound("Session");
  let view: CaseView;
  try {
    view = await viewOfCase(db, actor, session.caseId, now);
  } catch {
    throw notFound("Session");
  }
  return { session, workers: (await workersOf(db, [session.id])).get(session.id) ?? [], view };
}

/**
 * A session of the organisation whoever may see it, for recording a refused attempt to read it in
 * the audit trail: never presented to the caller.
 */
export async function unsafeFindSessionInOrganisation(db: Db, organisationId: string, sessionId: string) {
  const [row] = await db
    .select({ id: supportSessions.id, siteId: supportSessions.siteId, caseId: supportSessions.caseId, clientId: cases.clientId })
    .from(supportSessions)
    .innerJoin(cases, eq(cases.id, supportSessions.caseId))
    .where(and(eq(supportSessions.id, sessionId), eq(supportSessions.organisationId, organisationId)))
    .limit(1);
  return row;
}

/** The workers of each session, by name. */
export async function workersOf(db: Db, sessionIds: readonly string[]): Promise<Map<string, SessionWorker[]>> {
  const found = new Map<string, SessionWorker[]>();
  if (sessionIds.length === 0) return found;
  const rows = await db
    .select({ sessionId: supportSessionWorkers.sessionId, userId: supportSessionWorkers.userId, name: users.displayName })
    .from(supportSessionWorkers)
    .innerJoin(users, eq(users.id, supportSessionWorkers.userId))
    .where(inArray(supportSessionWorkers.sessionId, [...sessionIds]))
    .orderBy(asc(users.displayName), asc(users.id));
  for (const row of rows) found.set(row.sessionId, [...(found.get(row.sessionId) ?? []), { userId: row.userId, name: row.name }]);
  return found;
}

/** A page of a case's sessions, newest first (the case index), with the total. */
export async function sessionsOnCase(db: Db, caseId: string, page: { page: number; pageSize: number }) {
  const where = eq(supportSessions.caseId, caseId);
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(supportSessions)
      .where(where)
      .orderBy(desc(supportSessions.startsAt), desc(supportSessions.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: count() }).from(supportSessions).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

/**
 * Whether the user in `userColumn` can see the case without emergency access: named on it when it is
 * restricted; otherwise assigned to it, or holding a caseload role at its site (cases/scope.ts).
 */
export function seesCaseSql(userColumn: SQL | typeof users.id, kase: { id: string; siteId: string; isRestricted: boolean }): SQL {
  if (kase.isRestricted) {
    return sql`exists (select 1 from ${caseAccessGrants} where ${caseAccessGrants.caseId} = ${kase.id} and ${caseAccessGrants.userId} = ${userColumn})`;
  }
  return sql`(exists (select 1 from ${caseAssignments} where ${caseAssignments.caseId} = ${kase.id}
      and ${caseAssignments.userId} = ${userColumn} and ${caseAssignments.endedAt} is null)
    or exists (select 1 from ${roleGrants} where ${roleGrants.userId} = ${userColumn} and ${roleGrants.siteId} = ${kase.siteId}
      and ${inArray(roleGrants.role, [...caseloadRoles])}))`;
}

/** Largest list of people offered as a session's workers; a site has tens of staff. */
const maxWorkerOptions = 500;

/** The active staff of the organisation who can see the case: who may be named as a session's workers. */
export async function workerOptions(db: Db, kase: CaseRow, onlyIds?: readonly string[]): Promise<SessionWorker[]> {
  if (onlyIds && onlyIds.length === 0) return [];
  return db
    .select({ userId: users.id, name: users.displayName })
    .from(users)
    .where(and(eq(users.organisationId, kase.organisationId), eq(users.isActive, true), seesCaseSql(users.id, kase), onlyIds ? inArray(users.id, [...onlyIds]) : undefined))
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(maxWorkerOptions);
}
