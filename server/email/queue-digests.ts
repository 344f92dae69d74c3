/**
 * Daily digests for users who chose one: once their hour on the London clock has come (or later
 * that day, if no instance ran at the hour), the alerts raised for them since their last digest —
 * unread, of the kinds that are emailed, not already emailed — are counted by kind into one email
 * in their language, queued in the outbox for the sender. A digest row per user and London day,
 * under a unique key, in the job's transaction, makes it once across instances; a day with no
 * alerts is recorded too (so the next digest starts from it) but sends nothing.
 */
import { and, asc, eq, gte, inArray, isNull, lt, lte, sql } from "drizzle-orm";
import { londonDay } from "../../core/london-time.js";
import type { Db } from "../db/client.js";
import { emailDigests, emailOutbox, emailPreferences, notifications, users } from "../db/schema.js";
import { digestText, type DigestLine } from "./digest-messages.js";
import { emailedKinds, type EmailedKind } from "./messages.js";

/** A first digest, or one after a long gap, reaches back no further than this. */
const maxLookbackMs = 7 * 24 * 60 * 60 * 1000;
const usersPerRun = 200;
const alertsPerDigest = 2000;
/** Kinds whose alert carries a case or referral reference worth listing. */
const referencedKinds = new Set<EmailedKind>(["reassessment_due", "care_plan_review_due", "session_write_up_due", "assessment_flag", "break_glass", "urgent_referral", "urgent_escalation"]);

const londonHour = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", hourCycle: "h23" });

/** Queues the digests due now; answers how many emails were queued. */
export async function queueDigests(tx: Db, options: { now: Date; publicUrl: string }): Promise<number> {
  const today = londonDay(options.now);
  const hour = Number(londonHour.format(options.now));
  const due = await tx
    .select({ userId: users.id, organisationId: users.organisationId, language: users.language })
    .from(emailPreferences)
    .innerJoin(users, and(eq(users.id, emailPreferences.userId), eq(users.isActive, true)))
    .where(
      and(
        eq(emailPreferences.mode, "daily_digest"),
        lte(emailPreferences.digestHour, hour),
        sql`not exists (select 1 from ${emailDigests} where ${emailDigests.userId} = ${emailPreferences.userId} and ${emailDigests.day} = ${today})`,
      ),
    )
    .orderBy(asc(users.id))
    .limit(usersPerRun);
  let queued = 0;
  for (const user of due) queued += await queueDigest(tx, user, today, options);
  return queued;
}

async function queueDigest(tx: Db, user: { userId: string; organisationId: string; language: string }, today: string, options: { now: Date; publicUrl: string }): Promise<number> {
  const [last] = await tx.select({ until: emailDigests.coveredUntil }).from(emailDigests).where(eq(emailDigests.userId, user.userId)).orderBy(sql`${emailDigests.coveredUntil} desc`).limit(1);
  const earliest = new Date(options.now.getTime() - maxLookbackMs);
  const coveredFrom = last && last.until > earliest ? last.until : earliest;
  const [digest] = await tx
    .insert(emailDigests)
    .values({ organisationId: user.organisationId, userId: user.userId, day: today, coveredFrom, coveredUntil: options.now, alertCount: 0, createdAt: options.now })
    .onConflictDoNothing()
    .returning({ id: emailDigests.id });
  if (!digest) return 0;
  const alerts = await tx
    .select({ kind: notifications.kind, details: notifications.details })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, user.userId),
        gte(notifications.createdAt, coveredFrom),
        lt(notifications.createdAt, options.now),
        inArray(notifications.kind, [...emailedKinds]),
        isNull(notifications.readAt),
        sql`not exists (select 1 from ${emailOutbox} where ${emailOutbox.notificationId} = ${notifications.id})`,
      ),
    )
    .orderBy(asc(notifications.createdAt), asc(notifications.id))
    .limit(alertsPerDigest);
  if (alerts.length === 0) return 0;
  const lines = new Map<EmailedKind, DigestLine & { references: string[] }>();
  for (const alert of alerts) {
    const kind = alert.kind as EmailedKind;
    const line = lines.get(kind) ?? { kind, count: 0, references: [] };
    line.count += 1;
    const reference = alert.details.reference;
    if (referencedKinds.has(kind) && typeof reference === "string" && reference !== "" && !line.references.includes(reference)) line.references.push(reference);
    lines.set(kind, line);
  }
  const ordered = emailedKinds.flatMap((kind) => lines.get(kind) ?? []);
  const words = digestText(ordered, user.language === "ur" ? "ur" : "en", `${options.publicUrl.replace(/\/+$/, "")}/alerts`);
  const [outbox] = await tx
    .insert(emailOutbox)
    .values({ organisationId: user.organisationId, userId: user.userId, notificationId: null, subject: words.subject, body: words.body, createdAt: options.now })
    .returning({ id: emailOutbox.id });
  await tx.update(emailDigests).set({ outboxId: outbox!.id, alertCount: alerts.length }).where(eq(emailDigests.id, digest.id));
  return 1;
}
