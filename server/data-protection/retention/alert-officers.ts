/**
 * After the daily review, tells the organisation's data protection officers about records due for
 * deletion: once per run, counts only, when something is newly due or has waited a week since it
 * was last mentioned (the rule is core/data-protection/retention-alert.ts). In-app, and by email
 * through the outbox when email is on. An organisation without an active officer is not alerted
 * and nothing is marked, so the first officer appointed hears of everything still due.
 */
import { and, eq, inArray } from "drizzle-orm";
import { retentionAlertOf, type RetentionAlert } from "../../../core/data-protection/retention-alert.js";
import type { Db } from "../../db/client.js";
import { retentionReviewEntries } from "../../db/retention-schema.js";
import { notifications, roleGrants, users } from "../../db/schema.js";

async function activeOfficers(tx: Db, organisationId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ userId: roleGrants.userId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.organisationId, organisationId), eq(roleGrants.role, "data_protection_officer"), eq(users.isActive, true)));
  return rows.map((row) => row.userId);
}

/** Sends the alert the organisation's due records call for, if any; answers it, or null. */
export async function alertOfficersOfDueRecords(tx: Db, organisationId: string, now: Date): Promise<RetentionAlert | null> {
  const due = await tx
    .select({ id: retentionReviewEntries.id, alertedAt: retentionReviewEntries.alertedAt })
    .from(retentionReviewEntries)
    .where(and(eq(retentionReviewEntries.organisationId, organisationId), eq(retentionReviewEntries.status, "due")));
  const alert = retentionAlertOf(due, now);
  if (!alert) return null;
  const officers = await activeOfficers(tx, organisationId);
  if (officers.length === 0) return null;
  await tx.insert(notifications).values(
    officers.map((userId) => ({
      organisationId,
      userId,
      kind: "retention_due",
      entityType: "retention_review",
      entityId: organisationId,
      details: { newlyDue: alert.newlyDue, stillDue: alert.stillDue, due: alert.due },
      createdAt: now,
    })),
  );
  for (let start = 0; start < alert.alertedIds.length; start += 500) {
    await tx
      .update(retentionReviewEntries)
      .set({ alertedAt: now })
      .where(inArray(retentionReviewEntries.id, alert.alertedIds.slice(start, start + 500)));
  }
  return alert;
}
