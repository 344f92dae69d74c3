/** Case queries, every one through the visibility condition in scope.ts. */
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { caseAccessGrants, caseAssignments, cases, clients, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";
import { visibleCases } from "./scope.js";
import { processingNotRestricted } from "../data-protection/client-record-state.js";

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
    // A literal, so the planner can match the partial index of open cases.
    query.state === "open" ? sql`${cases.state} <> 'closed'` : eq(cases.state, query.state),
    query.isMine ? mine : undefined,
    // Everyday lists leave out clients whose processing is restricted (UK GDPR Art 18); a direct link still opens the case, read-only.
    processingNotRestricted(cases.clientId),
  );
  const [page, totals] = await Promise.all([
    db
      .select()
      .from(cases)
      .where(where)
      // Exactly the partial index's order (drizzle's desc() leaves nulls first, which it is not).
      .orderBy(sql`${cases.openedAt} desc nulls last`, asc(cases.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(cases).where(where),
  ]);
  // The page's client references by id, rather than a join the planner may answer by scanning
  // every client (seen at a million clients; see bench/README).
  const caseIds = page.map((kase) => kase.id);
  const [references, keyWorkers] = await Promise.all([
    page.length === 0
      ? []
      : db.select({ id: clients.id, reference: clients.reference }).from(clients).where(inArray(clients.id, page.map((kase) => kase.clientId))),
    activeAssignments(db, caseIds),
  ]);
  const referenceOf = new Map(references.map((row) => [row.id, row.reference]));
  const rows = page.map((kase) => ({ kase, clientReference: referenceOf.get(kase.clientId) ?? "" }));
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

/** The people named on a case (those who may see it while it is restricted), by name. */
export async function namedPeople(db: Db, caseId: string) {
  return db
    .select({ userId: caseAccessGrants.userId, name: users.displayName })
    .from(caseAccessGrants)
    .innerJoin(users, eq(users.id, caseAccessGrants.userId))
    .where(eq(caseAccessGrants.caseId, caseId))
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(500);
}
