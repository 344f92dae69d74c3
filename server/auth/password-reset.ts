/**
 * Forgotten passwords. There is no email to send a link by, and a link alone must never be a way
 * in, so a reset goes through the organisation's administrators:
 *
 * 1. The person asks on the sign-in page. The answer is the same whether or not the email has an
 *    account, and costs the same work: one job on the queue, naming an account or none.
 * 2. The job alerts the organisation's administrators (once an hour at most per account).
 * 3. An administrator who has checked it is really them issues a one-time link and passes it on.
 * 4. With the link the person sets a new password. Every session of theirs ends, any lock is
 *    lifted, and the second factor stays: the link replaces a password, nothing more.
 */
import { and, eq, gt } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit.js";
import { inTransaction, type Db } from "../db/client.js";
import { notifications, roleGrants, sessions, users } from "../db/schema.js";
import { AppError } from "../http/errors.js";
import { enqueueJob } from "../jobs/enqueue-job.js";
import type { JobContext, JobHandlers } from "../jobs/run-next-job.js";
import { assertPasswordAcceptable, hashPassword } from "./passwords.js";
import { claimLink, findUnusedLink } from "./one-time-links.js";

export const passwordResetJob = "password-reset.notify-administrators";

/** Records the request; what happens next depends on whether the email has an active account. */
export async function requestPasswordReset(db: Db, email: string): Promise<void> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), eq(users.isActive, true)))
    .limit(1);
  // Only an id (or nothing) goes on the queue: job payloads are plain text and never hold an email.
  await enqueueJob(db, { name: passwordResetJob, payload: { userId: user?.id ?? null }, maxAttempts: 3 });
}

/** Alerts the account's organisation's administrators, unless they were alerted in the last hour. */
async function notifyAdministrators(tx: Db, payload: Record<string, unknown>, { now }: JobContext): Promise<void> {
  const userId = payload.userId;
  if (typeof userId !== "string") return;
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user?.isActive || user.passwordHash === null) return;
  const recent = await tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      and(
        eq(notifications.kind, "password_reset_requested"),
        eq(notifications.entityId, user.id),
        gt(notifications.createdAt, new Date(now.getTime() - 3_600_000)),
      ),
    )
    .limit(1);
  if (recent.length > 0) return;
  const administrators = await tx
    .selectDistinct({ userId: roleGrants.userId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.organisationId, user.organisationId), eq(roleGrants.role, "administrator"), eq(users.isActive, true)));
  const recipients = administrators.filter((administrator) => administrator.userId !== user.id);
  if (recipients.length > 0) {
    await tx.insert(notifications).values(
      recipients.map((recipient) => ({
        organisationId: user.organisationId,
        userId: recipient.userId,
        kind: "password_reset_requested",
        entityType: "user",
        entityId: user.id,
        details: { userId: user.id },
        createdAt: now,
      })),
    );
  }
  await recordAudit(tx, {
    organisationId: user.organisationId,
    actorUserId: null,
    action: "auth.password_reset_requested",
    entityType: "user",
    entityId: user.id,
    at: now,
    details: { administratorsAlerted: recipients.length },
  });
}

export const passwordResetHandlers = { [passwordResetJob]: notifyAdministrators } satisfies JobHandlers;

/** The reset link's account, if the link is live; 404 if unknown or used, 410 if expired. */
export async function findPasswordReset(db: Db, token: string, now: Date) {
  const row = await findUnusedLink(db, token, "password_reset");
  if (!row || !row.user.isActive) {
    throw new AppError("not_found", "This reset link is not valid or has already been used.");
  }
  if (row.link.expiresAt <= now) {
    throw new AppError("gone", "This reset link has expired. Ask your administrator for a new one.");
  }
  return row;
}

export async function completePasswordReset(
  db: Db,
  input: { token: string; password: string; commonPasswords: ReadonlySet<string>; now: Date; requestId: string },
): Promise<void> {
  const { link, user, organisation } = await findPasswordReset(db, input.token, input.now);
  assertPasswordAcceptable(input.password, input.commonPasswords, {
    email: user.email,
    displayName: user.displayName,
    organisationName: organisation.name,
  });
  const passwordHash = await hashPassword(input.password);
  await inTransaction(db, async (tx) => {
    await claimLink(tx, link.id, input.now, "This reset link has already been used.");
    await tx.update(users).set({ passwordHash, failedSignIns: 0, lockedUntil: null }).where(eq(users.id, user.id));
    // Whoever knew the old password may be signed in somewhere.
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await recordAudit(tx, {
      organisationId: user.organisationId,
      actorUserId: user.id,
      action: "auth.password_reset_completed",
      entityType: "user",
      entityId: user.id,
      requestId: input.requestId,
    });
  });
}
