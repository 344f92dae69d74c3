/**
 * Alerts to the people who review the audit trail: the organisation's data protection officers,
 * or, where it has none (or the alert is about its only one), its administrators. Never the person
 * an alert is about, who must not learn they are being looked at from the alert itself. In-app,
 * and by email through the outbox when email is on (server/email/queue-emails.ts).
 */
import { and, eq, ne } from "drizzle-orm";
import type { NotificationKind } from "../../core/api/notifications.js";
import type { Db } from "../db/client.js";
import { notifications, roleGrants, users } from "../db/schema.js";

export interface ReviewerAlert {
  organisationId: string;
  kind: Extract<NotificationKind, "unusual_access" | "audit_chain_broken">;
  entityType: "audit_alert" | "audit_check";
  entityId: string;
  /** The member of staff the alert is about, who is not told. */
  aboutUserId?: string;
  details: Record<string, unknown>;
}

async function holders(tx: Db, organisationId: string, role: "data_protection_officer" | "administrator", aboutUserId: string | undefined): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ userId: roleGrants.userId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.organisationId, organisationId), eq(roleGrants.role, role), eq(users.isActive, true), aboutUserId ? ne(roleGrants.userId, aboutUserId) : undefined));
  return rows.map((row) => row.userId);
}

/** Alerts the reviewers; answers how many were told. */
export async function notifyReviewers(tx: Db, alert: ReviewerAlert): Promise<number> {
  let recipients = await holders(tx, alert.organisationId, "data_protection_officer", alert.aboutUserId);
  if (recipients.length === 0) recipients = await holders(tx, alert.organisationId, "administrator", alert.aboutUserId);
  if (recipients.length === 0) return 0;
  await tx.insert(notifications).values(
    recipients.map((userId) => ({ organisationId: alert.organisationId, userId, kind: alert.kind, entityType: alert.entityType, entityId: alert.entityId, details: alert.details })),
  );
  return recipients.length;
}
