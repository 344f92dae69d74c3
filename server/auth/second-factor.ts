/**
 * The second step of signing in, and enrolment of an authenticator app. Giving a valid code (or
 * an unused recovery code) completes the session and replaces its token. Wrong codes count towards
 * the same lockout as wrong passwords.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import QRCode from "qrcode";
import { recordAudit } from "../audit/record-audit.js";
import { inTransaction, type Db } from "../db/client.js";
import { recoveryCodes, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import type { Vault } from "../vault/vault.js";
import { readTotpSecret, storeTotpSecret } from "./second-factor-secret.js";
import { rotateSession, type NewSession } from "./sessions.js";
import { isLocked, lockoutMinutes, recordFailedAttempt } from "./lockout.js";
import { matchTotp, newTotpSecret, otpauthUri } from "./totp.js";

const hashRecoveryCode = (code: string): string =>
  createHash("sha256").update(code.replace(/-/g, "").toLowerCase()).digest("hex");

function newRecoveryCode(): string {
  const raw = randomBytes(10).toString("base64url").replace(/[^a-z0-9]/gi, "").toLowerCase();
  const padded = (raw + randomBytes(8).toString("hex")).slice(0, 10);
  return `${padded.slice(0, 5)}-${padded.slice(5)}`;
}

interface Context {
  db: Db;
  vault: Vault;
  now: Date;
  requestId: string;
}

function audit(tx: Db, actor: Actor, action: string, requestId: string, details: Record<string, unknown> = {}) {
  return recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action,
    entityType: "user",
    entityId: actor.userId,
    requestId,
    details,
  });
}

async function countFailure(context: Context, actor: Actor, failedSignIns: number): Promise<never> {
  await inTransaction(context.db, async (tx) => {
    const isLockedOut = await recordFailedAttempt(tx, { id: actor.userId, failedSignIns }, context.now);
    await audit(tx, actor, "auth.second_factor_failed", context.requestId, { isLockedOut });
  });
  throw new AppError("invalid_second_factor", "That code is not right. Check your authenticator app and try again.");
}

export async function verifySecondFactor(
  context: Context,
  actor: Actor,
  input: { code: string } | { recoveryCode: string },
): Promise<NewSession> {
  const [user] = await context.db.select().from(users).where(eq(users.id, actor.userId)).limit(1);
  if (!user?.totpSecret || !user.totpEnabledAt) throw new AppError("conflict", "No second factor is set up for this account.");
  if (isLocked(user, context.now)) {
    throw new AppError("account_locked", `Too many wrong codes. Try again after ${lockoutMinutes} minutes, or ask an administrator.`);
  }
  let step: number | null = null;
  let recoveryCodeId: string | null = null;
  if ("code" in input) {
    const secret = await readTotpSecret(context.db, context.vault, user.id, user.totpSecret);
    step = matchTotp(secret, input.code, context.now, user.totpLastStep);
    if (step === null) return countFailure(context, actor, user.failedSignIns);
  } else {
    const [match] = await context.db
      .select({ id: recoveryCodes.id })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, user.id), eq(recoveryCodes.codeHash, hashRecoveryCode(input.recoveryCode)), isNull(recoveryCodes.usedAt)))
      .limit(1);
    if (!match) return countFailure(context, actor, user.failedSignIns);
    recoveryCodeId = match.id;
  }
  return inTransaction(context.db, async (tx) => {
    if (recoveryCodeId) await tx.update(recoveryCodes).set({ usedAt: context.now }).where(eq(recoveryCodes.id, recoveryCodeId));
    await tx
      .update(users)
      .set({ failedSignIns: 0, lockedUntil: null, lastSignInAt: context.now, ...(step !== null ? { totpLastStep: step } : {}) })
      .where(eq(users.id, user.id));
    await audit(tx, actor, "auth.signed_in", context.requestId, { method: recoveryCodeId ? "recovery_code" : "totp" });
    return rotateSession(tx, actor.session.tokenHash, "complete", context.now);
  });
}

/** Starts enrolment: a new secret is stored (not yet active) and shown as a QR code. */
export async function startEnrolment(context: Context, actor: Actor): Promise<{ secret: string; otpauthUri: string; qrSvg: string }> {
  if (actor.isSecondFactorEnrolled) throw new AppError("conflict", "A second factor is already set up. Ask an administrator to reset it.");
  const secret = newTotpSecret();
  await inTransaction(context.db, (tx) => storeTotpSecret(tx, context.vault, { id: actor.userId, organisationId: actor.organisationId }, secret));
  const uri = otpauthUri(secret, actor.email, `Pathways (${actor.organisationName})`);
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, otpauthUri: uri, qrSvg };
}

/** Confirms enrolment with a first code; returns recovery codes, shown this once only. */
export async function confirmEnrolment(
  context: Context,
  actor: Actor,
  code: string,
): Promise<{ recoveryCodes: string[]; session: NewSession }> {
  const [user] = await context.db.select().from(users).where(eq(users.id, actor.userId)).limit(1);
  if (!user?.totpSecret) throw new AppError("conflict", "Start setting up the authenticator app first.");
  if (user.totpEnabledAt) throw new AppError("conflict", "A second factor is already set up.");
  const secret = await readTotpSecret(context.db, context.vault, user.id, user.totpSecret);
  const step = matchTotp(secret, code, context.now, null);
  if (step === null) {
    throw new AppError("invalid_second_factor", "That code is not right. Check the time on your phone and try again.", {
      fields: [{ path: "body.code", message: "That code is not right." }],
    });
  }
  const codes = Array.from({ length: 10 }, newRecoveryCode);
  return inTransaction(context.db, async (tx) => {
    await tx.update(users).set({ totpEnabledAt: context.now, totpLastStep: step, lastSignInAt: context.now }).where(eq(users.id, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: user.id, codeHash: hashRecoveryCode(c) })));
    await audit(tx, actor, "auth.second_factor_enrolled", context.requestId);
    const session = await rotateSession(tx, actor.session.tokenHash, "complete", context.now);
    return { recoveryCodes: codes, session };
  });
}
