/**
 * Lockout for emails that have no account. Without it, five wrong passwords would lock a real
 * account ("try again in 15 minutes") but never an unknown email, and the difference would tell
 * anyone which addresses have accounts. An unknown email's failures are counted and locked with the
 * same rules as an account's, under a hash of the email.
 */
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { signInDecoys } from "../db/schema.js";
import { isLocked, lockoutMinutes, maxFailedSignIns } from "./lockout.js";

const hashOf = (email: string) => createHash("sha256").update(`sign-in-decoy:${email.toLowerCase()}`).digest("hex");

export async function isDecoyLocked(db: Db, email: string, now: Date): Promise<boolean> {
  const [row] = await db.select({ lockedUntil: signInDecoys.lockedUntil }).from(signInDecoys).where(eq(signInDecoys.emailHash, hashOf(email))).limit(1);
  return row ? isLocked(row, now) : false;
}

/** Counts one more wrong password for an unknown email; the fifth in a row locks it, as for an account. */
export async function recordDecoyFailure(db: Db, email: string, now: Date): Promise<void> {
  const lockedUntil = new Date(now.getTime() + lockoutMinutes * 60_000);
  await db
    .insert(signInDecoys)
    .values({ emailHash: hashOf(email), failedSignIns: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: signInDecoys.emailHash,
      set: {
        failedSignIns: sql`case when ${signInDecoys.failedSignIns} + 1 >= ${maxFailedSignIns} then 0 else ${signInDecoys.failedSignIns} + 1 end`,
        lockedUntil: sql`case when ${signInDecoys.failedSignIns} + 1 >= ${maxFailedSignIns} then ${lockedUntil.toISOString()}::timestamptz else ${signInDecoys.lockedUntil} end`,
        updatedAt: now,
      },
    });
}
