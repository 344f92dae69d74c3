/**
 * Which retention holds apply to clients (core/data-protection/holds.ts says what each kind means):
 * safeguarding holds read from their cases and the panel's records, and the legal-claim and
 * statutory-duty holds the data protection officer placed and has not lifted. For many clients at
 * once, so the retention review can ask about every candidate in a few queries. Codes, ids and
 * references only: a placed hold's reason stays encrypted here.
 */
import { and, asc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { isCaseAtRisk, type Hold } from "../../../core/data-protection/holds.js";
import type { Db } from "../../db/client.js";
import { cases, panelActions, panelEscalations, retentionHolds } from "../../db/schema.js";

/** Escalations still in the panel's hands (the same states as the one-live-escalation index). */
const liveEscalationStates = ["submitted", "accepted", "returned"];

/** The holds on each of `clientIds` (every id is in the map, with an empty list when none applies). */
export async function holdsOf(db: Db, organisationId: string, clientIds: readonly string[]): Promise<Map<string, Hold[]>> {
  const holds = new Map<string, Hold[]>(clientIds.map((id) => [id, []]));
  if (clientIds.length === 0) return holds;
  const add = (clientId: string, hold: Hold) => holds.get(clientId)?.push(hold);
  const ids = [...clientIds];

  const openCases = await db
    .select({ caseId: cases.id, clientId: cases.clientId, reference: cases.reference, state: cases.state, tier: cases.tier, isRestricted: cases.isRestricted })
    .from(cases)
    .where(and(eq(cases.organisationId, organisationId), inArray(cases.clientId, ids), ne(cases.state, "closed")))
    .orderBy(asc(cases.openedAt), asc(cases.id));
  for (const kase of openCases) {
    if (isCaseAtRisk(kase)) add(kase.clientId, { kind: "safeguarding", concern: "case_at_risk", caseId: kase.caseId, caseReference: kase.reference });
  }

  const escalations = await db
    .select({ caseId: cases.id, clientId: cases.clientId, reference: cases.reference })
    .from(panelEscalations)
    .innerJoin(cases, eq(cases.id, panelEscalations.caseId))
    .where(and(eq(panelEscalations.organisationId, organisationId), inArray(cases.clientId, ids), inArray(panelEscalations.state, liveEscalationStates)))
    .orderBy(asc(panelEscalations.submittedAt), asc(panelEscalations.id));
  for (const row of escalations) add(row.clientId, { kind: "safeguarding", concern: "panel_escalation", caseId: row.caseId, caseReference: row.reference });

  const actions = await db
    .selectDistinct({ caseId: cases.id, clientId: cases.clientId, reference: cases.reference })
    .from(panelActions)
    .innerJoin(cases, eq(cases.id, panelActions.caseId))
    .where(and(eq(panelActions.organisationId, organisationId), inArray(cases.clientId, ids), eq(panelActions.status, "open")))
    .orderBy(asc(cases.reference), asc(cases.id));
  for (const row of actions) add(row.clientId, { kind: "safeguarding", concern: "panel_action", caseId: row.caseId, caseReference: row.reference });

  const placed = await db
    .select({ id: retentionHolds.id, clientId: retentionHolds.clientId, kind: retentionHolds.kind, placedAt: retentionHolds.placedAt, reviewOn: retentionHolds.reviewOn })
    .from(retentionHolds)
    .where(and(eq(retentionHolds.organisationId, organisationId), inArray(retentionHolds.clientId, ids), isNull(retentionHolds.liftedAt)))
    .orderBy(asc(retentionHolds.placedAt), asc(retentionHolds.id));
  for (const row of placed) {
    add(row.clientId, { kind: row.kind as "legal_claim" | "statutory_duty", holdId: row.id, placedAt: row.placedAt.toISOString(), reviewOn: row.reviewOn });
  }
  return holds;
}

/** The holds on one client. */
export async function holdsOnClient(db: Db, organisationId: string, clientId: string): Promise<Hold[]> {
  return (await holdsOf(db, organisationId, [clientId])).get(clientId) ?? [];
}

/** The client's cases that are still open, by reference (erasure waits until they are closed). */
export async function openCaseReferences(db: Db, clientIds: readonly string[]): Promise<string[]> {
  if (clientIds.length === 0) return [];
  const rows = await db
    .select({ reference: cases.reference })
    .from(cases)
    .where(and(inArray(cases.clientId, [...clientIds]), sql`${cases.state} <> 'closed'`))
    .orderBy(asc(cases.reference));
  return rows.map((row) => row.reference);
}
