/**
 * Unusual-access detection: every minute, each organisation's audit events sealed since the last
 * run (its watermark, a position in the chain, which only grows) are read, the days and people
 * they touch are judged again with the rules of core/audit/unusual-access.ts, and each finding is
 * written once, keyed by its name: found again, it is updated, never raised twice. The watermark
 * row is locked for the run and moves in the same transaction as the alerts, so with several
 * instances (or a run that fails and is retried) every event is judged into exactly one outcome.
 * Reviewing the audit trail (`audit.*`) is not counted as opening client records. The first run for an
 * organisation starts at the end of its chain, so events from before detection was switched on are not judged.
 */
import { and, asc, desc, eq, gt, gte, inArray, isNotNull, like, lte, max, not, sql } from "drizzle-orm";
import {
  offCaseloadFindings,
  outOfHoursFindings,
  repeatedBreakGlassFindings,
  type BreakGlassUse,
  type ClientAccess,
  type Finding,
  type UnusualAccessSettings,
} from "../../core/audit/unusual-access.js";
import { endOfLondonDay, londonDay, startOfLondonDay } from "../../core/london-time.js";
import type { Db } from "../db/client.js";
import { auditAlerts, auditDetectionWatermarks, auditEvents } from "../db/schema.js";
import { sumOverOrganisations, type OrganisationChoice } from "../jobs/each-organisation.js";
import type { JobContext, JobHandlers } from "../jobs/run-next-job.js";
import { unusualAccessSettingsOf } from "./alert-settings.js";
import { notifyReviewers } from "./notify-reviewers.js";
import { sealOrganisationChain } from "./seal-chain.js";

/** Chain positions read per batch; a run reads batches until it has caught up. */
const batchSize = 5_000;
const breakGlassAction = "case.break_glass";

/**
 * Locks the organisation's watermark row for this transaction. The first run for an organisation
 * starts at the chain's end: detection judges access from the moment it is switched on, so a new
 * installation's history (a demo's seeding, an import) raises nothing.
 */
async function lockWatermark(tx: Db, organisationId: string, now: Date): Promise<number> {
  const [existing] = await tx.select({ lastSeq: auditDetectionWatermarks.lastSeq }).from(auditDetectionWatermarks).where(eq(auditDetectionWatermarks.organisationId, organisationId));
  if (!existing) {
    await sealOrganisationChain(tx, organisationId);
    const [end] = await tx.select({ seq: max(auditEvents.seq) }).from(auditEvents).where(eq(auditEvents.organisationId, organisationId));
    await tx.insert(auditDetectionWatermarks).values({ organisationId, lastSeq: end?.seq ?? 0, updatedAt: now }).onConflictDoNothing();
  }
  const [mark] = await tx.select({ lastSeq: auditDetectionWatermarks.lastSeq }).from(auditDetectionWatermarks).where(eq(auditDetectionWatermarks.organisationId, organisationId)).for("update");
  return mark?.lastSeq ?? 0;
}

/** Whether the client was on the person's caseload at the event: assigned to one of their cases then, or named on it. */
const onCaseloadAt = sql<boolean>`(exists (
    select 1 from case_assignments ca join cases c on c.id = ca.case_id
    where c.client_id = audit_events.client_id and ca.user_id = audit_events.actor_user_id
      and ca.assigned_at <= audit_events.at and (ca.ended_at is null or ca.ended_at > audit_events.at)
  ) or exists (
    select 1 from case_access_grants g join cases c on c.id = g.case_id
    where c.client_id = audit_events.client_id and g.user_id = audit_events.actor_user_id and g.granted_at <= audit_events.at
  ))`;

/** Every access to client data by the people named on the London days named, sealed up to `upTo`. */
async function accessesOnDays(tx: Db, organisationId: string, days: Map<string, Set<string>>, upTo: number): Promise<ClientAccess[]> {
  const accesses: ClientAccess[] = [];
  for (const [userId, touched] of days) {
    const sorted = [...touched].sort();
    const rows = await tx
      .select({ seq: auditEvents.seq, at: auditEvents.at, clientId: auditEvents.clientId, isOnCaseload: onCaseloadAt })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorUserId, userId),
          eq(auditEvents.organisationId, organisationId),
          gte(auditEvents.at, startOfLondonDay(sorted[0]!)),
          lte(auditEvents.at, endOfLondonDay(sorted.at(-1)!)),
          isNotNull(auditEvents.clientId),
          lte(auditEvents.seq, upTo),
          not(like(auditEvents.action, "audit.%")),
        ),
      );
    for (const row of rows) {
      if (row.seq !== null && row.clientId !== null && touched.has(londonDay(row.at))) accesses.push({ seq: row.seq, at: row.at, userId, clientId: row.clientId, isOnCaseload: row.isOnCaseload });
    }
  }
  return accesses;
}

/** The repeated-emergency-access findings of the people who used it in this batch. */
async function breakGlassFindings(tx: Db, organisationId: string, newUses: BreakGlassUse[], upTo: number, settings: UnusualAccessSettings): Promise<Finding[]> {
  const periodMs = settings.breakGlassDays * 24 * 60 * 60_000;
  const findings: Finding[] = [];
  for (const userId of new Set(newUses.map((use) => use.userId))) {
    const earliest = Math.min(...newUses.filter((use) => use.userId === userId).map((use) => use.at.getTime()));
    const uses = await tx
      .select({ seq: auditEvents.seq, at: auditEvents.at })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, userId), eq(auditEvents.organisationId, organisationId), eq(auditEvents.action, breakGlassAction), gt(auditEvents.at, new Date(earliest - periodMs)), lte(auditEvents.seq, upTo)));
    const [earlier] = await tx
      .select({ key: auditAlerts.findingKey, firstAt: auditAlerts.firstAt, lastAt: auditAlerts.lastAt, count: auditAlerts.count })
      .from(auditAlerts)
      .where(and(eq(auditAlerts.userId, userId), eq(auditAlerts.rule, "repeated_break_glass"), eq(auditAlerts.organisationId, organisationId)))
      .orderBy(desc(auditAlerts.lastAt))
      .limit(1);
    const sealed = uses.flatMap((use) => (use.seq === null ? [] : [{ seq: use.seq, at: use.at, userId }]));
    findings.push(...repeatedBreakGlassFindings(sealed, earlier ?? null, settings));
  }
  return findings;
}

/** Writes new findings (and alerts the reviewers) and updates ones found again; answers how many are new. */
async function recordFindings(tx: Db, organisationId: string, findings: Finding[]): Promise<number> {
  if (findings.length === 0) return 0;
  const known = await tx
    .select({ id: auditAlerts.id, key: auditAlerts.findingKey, count: auditAlerts.count, firstAt: auditAlerts.firstAt, lastAt: auditAlerts.lastAt })
    .from(auditAlerts)
    .where(and(eq(auditAlerts.organisationId, organisationId), inArray(auditAlerts.findingKey, findings.map((finding) => finding.key))));
  const byKey = new Map(known.map((row) => [row.key, row]));
  let raised = 0;
  for (const finding of findings) {
    const existing = byKey.get(finding.key);
    if (existing) {
      if (existing.count !== finding.count || existing.lastAt.getTime() !== finding.lastAt.getTime() || existing.firstAt.getTime() !== finding.firstAt.getTime()) {
        await tx.update(auditAlerts).set({ count: finding.count, firstAt: finding.firstAt, lastAt: finding.lastAt }).where(eq(auditAlerts.id, existing.id));
      }
      continue;
    }
    const [alert] = await tx
      .insert(auditAlerts)
      .values({ organisationId, rule: finding.rule, userId: finding.userId, firstAt: finding.firstAt, lastAt: finding.lastAt, count: finding.count, threshold: finding.threshold, findingKey: finding.key })
      .returning({ id: auditAlerts.id });
    await notifyReviewers(tx, {
      organisationId,
      kind: "unusual_access",
      entityType: "audit_alert",
      entityId: alert!.id,
      aboutUserId: finding.userId,
      details: { userId: finding.userId, rule: finding.rule, count: finding.count, date: londonDay(finding.firstAt) },
    });
    raised += 1;
  }
  return raised;
}

/** Reads one organisation's newly sealed events batch by batch until caught up; answers how many alerts it raised. */
export async function detectUnusualAccess(tx: Db, organisationId: string, now: Date): Promise<number> {
  let lastSeq = await lockWatermark(tx, organisationId, now);
  const settings = await unusualAccessSettingsOf(tx, organisationId);
  let raised = 0;
  for (;;) {
    const batch = await tx
      .select({ seq: auditEvents.seq, at: auditEvents.at, userId: auditEvents.actorUserId, clientId: auditEvents.clientId, action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisationId), gt(auditEvents.seq, lastSeq), lte(auditEvents.seq, lastSeq + batchSize)))
      .orderBy(asc(auditEvents.seq));
    if (batch.length === 0) break;
    const upTo = batch.at(-1)!.seq!;
    const days = new Map<string, Set<string>>();
    const newUses: BreakGlassUse[] = [];
    for (const event of batch) {
      if (!event.userId || !event.clientId || event.action.startsWith("audit.")) continue;
      days.set(event.userId, (days.get(event.userId) ?? new Set()).add(londonDay(event.at)));
      if (event.action === breakGlassAction) newUses.push({ seq: event.seq!, at: event.at, userId: event.userId });
    }
    const accesses = await accessesOnDays(tx, organisationId, days, upTo);
    const findings = [...offCaseloadFindings(accesses, settings), ...outOfHoursFindings(accesses, settings), ...(await breakGlassFindings(tx, organisationId, newUses, upTo, settings))];
    raised += await recordFindings(tx, organisationId, findings);
    lastSeq = upTo;
    await tx.update(auditDetectionWatermarks).set({ lastSeq, updatedAt: now }).where(eq(auditDetectionWatermarks.organisationId, organisationId));
    if (batch.length < batchSize) break;
  }
  return raised;
}

export async function detectUnusualAccessEverywhere(tx: Db, now: Date, choice: OrganisationChoice = {}): Promise<number> {
  return sumOverOrganisations(tx, choice, (organisationId) => detectUnusualAccess(tx, organisationId, now));
}

export const detectionJobName = "audit.detect-unusual-access";

export const detectionHandlers = {
  [detectionJobName]: async (tx: Db, _payload: unknown, { now }: JobContext) => {
    await detectUnusualAccessEverywhere(tx, now);
  },
} satisfies JobHandlers;

export const detectionSchedules = [{ name: detectionJobName, everySeconds: 60 }] as const;
