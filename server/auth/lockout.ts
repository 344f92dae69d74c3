/**
 * Account lockout shared by passwords and second-factor codes: five wrong answers in a row lock the
 * account for fifteen minutes. The count is committed even though the request itself is refused.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { users } from "../db/schema.js";

export const maxFailedSignIns = 5;
export const lockoutMinutes = 15;

/** Counts one more failure for the user; returns whether this one locked the account. */
export async function recordFailedAttempt(tx: Db, user: { id: string; failedSignIns: number }, now: Date): Promise<boolean> {
  const failures = user.failedSignIns + 1;
  const isLocking = failures >= maxFailedSignIns;
  await tx
    .update(users)
    .set(isLocking ? { failedSignIns: 0, lockedUntil: new Date(now.getTime() + lockoutMinutes * 60_000) } : { failedSignIns: failures })
    .where(eq(users.id, user.id));
  return isLocking;
}

export const isLocked = (user: { lockedUntil: Date | null }, now: Date): boolean =>
  user.lockedUntil !== null && user.lockedUntil > now;
