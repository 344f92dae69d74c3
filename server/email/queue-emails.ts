/**
 * Turns recent alerts into emails waiting in the outbox: reminders (re-assessments, care plan
 * reviews, session notes, vetting, training refreshers, records due for deletion) and urgent alerts (assessment flags, emergency access, urgent
 * referrals, urgent escalations to the panel) raised in the last day, not yet read in the app and not yet queued, to active staff.
 * Each email is written now, in the recipient's language, from the alert's references, dates and
 * names (messages.ts says what an email may carry). One alert gives at most one email: the outbox
 * holds the alert's id under a unique index. Alerts of users who chose a daily digest wait for it.
 */
import { and, asc, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { emailDigests, emailOutbox, emailPreferences, notifications, sites, users } from "../db/schema.js";
import { emailedKinds, emailText, type EmailedKind, type EmailFacts } from "./messages.js";

/** Older alerts are not emailed: email turned on for the first time must not send the past. */
const windowMs = 24 * 60 * 60 * 1000;
const batchSize = 500;

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** Where an email's link goes: the record the alert is about, or the alerts page. */
function pathOf(entityType: string, entityId: string): string {
  switch (entityType) {
    case "case":
      return `/cases/${entityId}`;
    case "assessment":
      return `/assessments/${entityId}`;
    case "referral":
      return `/referrals/${entityId}`;
    case "training_delivery":
      return `/outreach/training/deliveries/${entityId}`;
    case "audit_alert":
      return "/audit?tab=alerts";
    case "audit_check":
      return "/audit?tab=verification";
    case "retention_review":
      return "/data-protection/retention";
    default:
      return "/alerts";
  }
}

/** A training refresher's course, partner and count, when the alert carries them. */
function trainingOf(details: Record<string, unknown>): EmailFacts["training"] {
  const courseTitle = text(details.courseTitle);
  return courseTitle && typeof details.count === "number" ? { courseTitle, partnerName: text(details.partnerName), count: details.count } : null;
}

/** A retention alert's counts, when the alert carries them. */
function retentionOf(details: Record<string, unknown>): EmailFacts["retention"] {
  const { newlyDue, stillDue, due } = details;
  return typeof newlyDue === "number" && typeof stillDue === "number" && typeof due === "number" ? { newlyDue, stillDue, due } : null;
}

async function namesById<T extends { id: string; name: string }>(rows: Promise<T[]>): Promise<Map<string, string>> {
  return new Map((await rows).map((row) => [row.id, row.name]));
}

/** Queues the emails for recent alerts; answers how many were queued. */
export async function queueEmails(tx: Db, options: { now: Date; publicUrl: string }): Promise<number> {
  const since = new Date(options.now.getTime() - windowMs);
  const alerts = await tx
    .select({ alert: notifications, language: users.language })
    .from(notifications)
    .innerJoin(users, and(eq(users.id, notifications.userId), eq(users.isActive, true)))
    .where(
      and(
        gte(notifications.createdAt, since),
        inArray(notifications.kind, [...emailedKinds]),
        isNull(notifications.readAt),
        sql`not exists (select 1 from ${emailOutbox} where ${emailOutbox.notificationId} = ${notifications.id})`,
        // Those who chose a daily digest get theirs from queue-digests.ts; an alert a digest already
        // counted is not sent again when they switch back to immediately.
        sql`not exists (select 1 from ${emailPreferences} where ${emailPreferences.userId} = ${notifications.userId} and ${emailPreferences.mode} = 'daily_digest')`,
        sql`not exists (select 1 from ${emailDigests} where ${emailDigests.userId} = ${notifications.userId} and ${emailDigests.coveredUntil} > ${notifications.createdAt})`,
      ),
    )
    .orderBy(asc(notifications.createdAt), asc(notifications.id))
    .limit(batchSize);
  if (alerts.length === 0) return 0;

  const siteIds = [...new Set(alerts.flatMap(({ alert }) => text(alert.details.siteId) ?? []))];
  const userIds = [...new Set(alerts.flatMap(({ alert }) => text(alert.details.userId) ?? []))];
  const [siteNames, staffNames] = await Promise.all([
    siteIds.length === 0 ? new Map<string, string>() : namesById(tx.select({ id: sites.id, name: sites.name }).from(sites).where(inArray(sites.id, siteIds))),
    userIds.length === 0 ? new Map<string, string>() : namesById(tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds))),
  ]);
  const base = options.publicUrl.replace(/\/+$/, "");
  const rows = alerts.map(({ alert, language }) => {
    const siteId = text(alert.details.siteId);
    const userId = text(alert.details.userId);
    const words = emailText(
      {
        kind: alert.kind as EmailedKind,
        reference: text(alert.details.reference) ?? "",
        date: text(alert.details.date) ?? text(alert.details.dueOn),
        siteName: siteId ? (siteNames.get(siteId) ?? null) : null,
        personName: userId ? (staffNames.get(userId) ?? null) : null,
        training: trainingOf(alert.details),
        retention: retentionOf(alert.details),
        link: `${base}${pathOf(alert.entityType, alert.entityId)}`,
      },
      language === "ur" ? "ur" : "en",
    );
    return { organisationId: alert.organisationId, userId: alert.userId, notificationId: alert.id, subject: words.subject, body: words.body, createdAt: options.now };
  });
  const queued = await tx.insert(emailOutbox).values(rows).onConflictDoNothing({ target: emailOutbox.notificationId }).returning({ id: emailOutbox.id });
  return queued.length;
}
