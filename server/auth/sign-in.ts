/**
 * Signing in with email and password. Five wrong passwords in a row lock the account for fifteen
 * minutes; the failure count is committed even though the request is refused. Unknown emails take
 * as long as known ones, get the same answers and lock the same way, so the form does not reveal
 * who has an account.
 */
import { eq } from "drizzle-orm";
import { requiresSecondFactor } from "../../core/roles.js";
import { recordAudit } from "../audit/record-audit.js";
import { inTransaction, type Db } from "../db/client.js";
import { organisations, users } from "../db/schema.js";
import type { MfaState } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { loadGrants } from "./grants.js";
import { isLocked, lockoutMinutes, recordFailedAttempt } from "./lockout.js";
import { decoyPasswordHash, verifyPassword } from "./passwords.js";
import { isDecoyLocked, recordDecoyFailure } from "./sign-in-decoys.js";
import { createSession, type NewSession } from "./sessions.js";

const invalid = () => new AppError("invalid_credentials", "The email or password is not right.");
const locked = () => new AppError("account_locked", `Too many wrong passwords. Try again after ${lockoutMinutes} minutes, or ask an administrator.`);

export async function signIn(
  db: Db,
  input: { email: string; password: string; now: Date; requestId: string },
): Promise<NewSession & { userId: string }> {
  const [found] = await db
    .select({ user: users, organisation: organisations })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.email, input.email))
    .limit(1);
  // Every answer below costs one password hash, so how long it takes says nothing about the email.
  if (!found || !found.user.passwordHash || !found.user.isActive || !found.organisation.isPasswordSignInEnabled) {
    const isDecoyLockedNow = await isDecoyLocked(db, input.email, input.now);
    await verifyPassword(await decoyPasswordHash(), input.password);
    if (isDecoyLockedNow) throw locked();
    await recordDecoyFailure(db, input.email, input.now);
    throw invalid();
  }
  const { user, organisation } = found;
  const audit = (tx: Db, action: string, details: Record<string, unknown> = {}) =>
    recordAudit(tx, {
      organisationId: user.organisationId,
      actorUserId: user.id,
      action,
      entityType: "user",
      entityId: user.id,
      requestId: input.requestId,
      details,
    });

  if (isLocked(user, input.now)) {
    await verifyPassword(await decoyPasswordHash(), input.password);
    await inTransaction(db, (tx) => audit(tx, "auth.sign_in_refused_locked"));
    throw locked();
  }

  if (!(await verifyPassword(user.passwordHash ?? "", input.password))) {
    await inTransaction(db, async (tx) => {
      const isLockedOut = await recordFailedAttempt(tx, user, input.now);
      await audit(tx, "auth.sign_in_failed", { isLockedOut });
    });
    throw invalid();
  }

  return inTransaction(db, async (tx) => {
    const grants = await loadGrants(tx, user.id);
    const mfaState: MfaState =
      user.totpEnabledAt !== null ? "pending" : requiresSecondFactor(grants) ? "enrolment_required" : "complete";
    await tx
      .update(users)
      .set({ failedSignIns: 0, lockedUntil: null, ...(mfaState === "complete" ? { lastSignInAt: input.now } : {}) })
      .where(eq(users.id, user.id));
    const session = await createSession(tx, {
      userId: user.id,
      mfaState,
      maxHours: organisation.sessionMaxHours,
      now: input.now,
    });
    await audit(tx, "auth.password_accepted", { next: mfaState });
    return { ...session, userId: user.id };
  });
}
