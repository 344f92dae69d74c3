/**
 * Unusual-access alerts for their reviewers: the list (by status, newest first), one alert, and
 * acknowledging or closing it with a note, which is encrypted under the alert's own key and
 * audited by whether it was given, never its words. Nobody sees an alert about themselves: to
 * them it does not exist.
 */
import { and, count, desc, eq, ne, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { AuditAlert, auditAlertListQuerySchema, reviewAlertBodySchema } from "../../core/api/audit.js";
import type { Db } from "../db/client.js";
import { auditAlerts, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError, notFound } from "../http/errors.js";
import { isVaultError } from "../vault/errors.js";
import type { Vault } from "../vault/vault.js";
import { recordAudit } from "./record-audit.js";

type AlertRow = typeof auditAlerts.$inferSelect;
const noteField = "audit_alert_note";
const reviewer = alias(users, "reviewer");

/** The alerts an actor may see: their organisation's, except those about themselves. */
const visibleAlerts = (actor: Actor): SQL => and(eq(auditAlerts.organisationId, actor.organisationId), ne(auditAlerts.userId, actor.userId)) as SQL;

async function presentAlerts(db: Db, vault: Vault, where: SQL, page: { limit: number; offset: number }): Promise<AuditAlert[]> {
  const rows = await db
    .select({ alert: auditAlerts, userName: users.displayName, reviewedByName: reviewer.displayName })
    .from(auditAlerts)
    .innerJoin(users, eq(users.id, auditAlerts.userId))
    .leftJoin(reviewer, eq(reviewer.id, auditAlerts.reviewedBy))
    .where(where)
    .orderBy(desc(auditAlerts.createdAt), desc(auditAlerts.id))
    .limit(page.limit)
    .offset(page.offset);
  return Promise.all(
    rows.map(async ({ alert, userName, reviewedByName }) => ({
      id: alert.id,
      rule: alert.rule as AuditAlert["rule"],
      userId: alert.userId,
      userName,
      firstAt: alert.firstAt.toISOString(),
      lastAt: alert.lastAt.toISOString(),
      count: alert.count,
      threshold: alert.threshold,
      status: alert.status as AuditAlert["status"],
      note: alert.note ? vault.decrypt(await vault.loadSubjectKey(db, alert.id), noteField, alert.note) : null,
      reviewedByName,
      reviewedAt: alert.reviewedAt?.toISOString() ?? null,
      createdAt: alert.createdAt.toISOString(),
      version: alert.version,
    })),
  );
}

export async function listAlerts(db: Db, vault: Vault, actor: Actor, query: z.infer<typeof auditAlertListQuerySchema>) {
  const where = and(visibleAlerts(actor), query.status ? eq(auditAlerts.status, query.status) : undefined) as SQL;
  const [items, [total]] = await Promise.all([
    presentAlerts(db, vault, where, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    db.select({ n: count() }).from(auditAlerts).where(where),
  ]);
  return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function readAlert(db: Db, vault: Vault, actor: Actor, alertId: string): Promise<AuditAlert> {
  const [alert] = await presentAlerts(db, vault, and(visibleAlerts(actor), eq(auditAlerts.id, alertId)) as SQL, { limit: 1, offset: 0 });
  if (!alert) throw notFound("Alert");
  return alert;
}

async function noteKey(tx: Db, vault: Vault, alert: AlertRow) {
  try {
    return await vault.loadSubjectKey(tx, alert.id);
  } catch (error) {
    if (!isVaultError(error, "subject_key_missing")) throw error;
    return vault.createSubjectKey(tx, { subjectId: alert.id, organisationId: alert.organisationId });
  }
}

/** Acknowledges or closes an alert with the version seen; a closed alert stays closed. */
export async function reviewAlert(tx: Db, actor: Actor, alertId: string, body: z.infer<typeof reviewAlertBodySchema>, context: { vault: Vault; now: Date; requestId: string }): Promise<void> {
  const [alert] = await tx.select().from(auditAlerts).where(and(visibleAlerts(actor), eq(auditAlerts.id, alertId))).for("update");
  if (!alert) throw notFound("Alert");
  if (alert.version !== body.version) throw new AppError("conflict", "Someone else reviewed this alert. Reload to see what they did.");
  if (alert.status === "closed") throw new AppError("invalid_transition", "This alert is already closed.");
  const note = body.note === "" ? null : context.vault.encrypt(await noteKey(tx, context.vault, alert), noteField, body.note);
  await tx
    .update(auditAlerts)
    .set({ status: body.status, note, reviewedBy: actor.userId, reviewedAt: context.now, version: alert.version + 1 })
    .where(eq(auditAlerts.id, alert.id));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "audit.alert_reviewed",
    entityType: "audit_alert",
    entityId: alert.id,
    requestId: context.requestId,
    details: { from: alert.status, to: body.status, hasNote: note !== null, userId: alert.userId },
  });
}
