/** Case queries, every one through the visibility condition in scope.ts. */
import { and, asc, count, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { caseAssignments, cases, clients, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";
import { visibleCases } from "./scope.js";

export type CaseRow = typeof cases.$inferSelect;

export async function findCaseFor(db: Db, actor: Actor, caseId: string, now: Date): Promise<{ kase: CaseRow; isBreakGlass: boolean }> {
  const [row] = await db
    .select({ kase: cases, isRegular: sql<boolean>`${visibleCases(actor, now, { includeBreakGlass: false })}` })
    .from(cases)
    .where(and(eq(cases.id, caseId), visibleCases(actor, now)))
    .limit(1);
  if (!row) throw notFound("Case");
  return { kase: row.kase, isBreakGlass: !row.isRegular };
}

/** Whether a case exists in the organisation at all (for break-glass, which reaches beyond scope). */
export async function unsafeFindCaseInOrganisation(db: Db, organisationId: string, caseId: string): Promise<CaseRow> {
  const [kase] = await db.select().from(cases).where(and(eq(cases.id, caseId), eq(cases.organisationId, organisationId))).limit(1);
  if (!kase) throw notFound("Case");
  return kase;
}

export async function listCasesFor(
  db: Db,
  actor: Actor,
  query: { siteId: string; state: string; isMine?: boolean | undefined; page: number; pageSize: number },
  now: Date,
) {
  const mine = sql`exists (select 1 from ${caseAssignments} where ${caseAssignments.caseId} = ${cases.id}
    and ${caseAssignments.userId} = ${actor.userId} and ${caseAssignments.endedAt} is null)`;
  const where = and(
    visibleCases(actor, now, { includeBreakGlass: false }),
    eq(cases.siteId, query.siteId),
    query.state === "open" ? ne(cases.state, "closed") : eq(cases.state, query.state),
    query.isMine ? mine : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select({ kase: cases, clientReference: clients.reference })
      .from(cases)
      .innerJoin(clients, eq(clients.id, cases.clientId))
      .where(where)
      .orderBy(desc(cases.openedAt), asc(cases.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(cases).where(where),
  ]);
  const keyWorkers = await activeAssignments(db, rows.map((row) => row.kase.id));
  return { rows, total: totals[0]?.n ?? 0, keyWorkers };
}

export async function activeAssignments(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select({ caseId: caseAssignments.caseId, userId: caseAssignments.userId, role: caseAssignments.role, assignedAt: caseAssignments.assignedAt, name: users.displayName })
    .from(caseAssignments)
    .innerJoin(users, eq(users.id, caseAssignments.userId))
    .where(and(inArray(caseAssignments.caseId, caseIds), isNull(caseAssignments.endedAt)));
}
