/**
 * Server-side sessions stored in the database, so any app instance can serve any request. The
 * browser holds a random token; the table holds only its SHA-256. Sessions end when idle for the
 * organisation's idle limit, at an absolute maximum age, on sign-out, or when the user is deactivated.
 */
import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { organisations, sessions, users } from "../db/schema.js";
import type { MfaState } from "../http/context.js";

export const sessionCookieName = "pathways_session";

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");
export const newToken = (): string => randomBytes(32).toString("base64url");

export interface NewSession {
  token: string;
  tokenHash: string;
  csrfToken: string;
}

export async function createSession(
  tx: Db,
  input: { userId: string; mfaState: MfaState; maxHours: number; now: Date },
): Promise<NewSession> {
  const token = newToken();
  const tokenHash = hashToken(token);
  const csrfToken = randomBytes(24).toString("base64url");
  await tx.insert(sessions).values({
    tokenHash,
    userId: input.userId,
    mfaState: input.mfaState,
    csrfToken,
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt: new Date(input.now.getTime() + input.maxHours * 3_600_000),
  });
  return { token, tokenHash, csrfToken };
}

/**
 * Replaces a session with a new token when its privilege changes (second factor given), so a token
 * observed before that moment is worthless afterwards.
 */
export async function rotateSession(tx: Db, oldTokenHash: string, mfaState: MfaState, now: Date): Promise<NewSession> {
  const [old] = await tx.delete(sessions).where(eq(sessions.tokenHash, oldTokenHash)).returning();
  if (!old) throw new Error("session vanished during rotation");
  const token = newToken();
  const tokenHash = hashToken(token);
  const csrfToken = randomBytes(24).toString("base64url");
  await tx.insert(sessions).values({ ...old, tokenHash, csrfToken, mfaState, lastSeenAt: now });
  return { token, tokenHash, csrfToken };
}

export async function endSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function endAllSessionsOf(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export interface LoadedSession {
  tokenHash: string;
  userId: string;
  mfaState: MfaState;
  csrfToken: string;
  idleMinutes: number;
  lastSeenAt: Date;
  user: typeof users.$inferSelect;
  organisationName: string;
}

/** Finds a live session for the token, ending it instead if it has expired or its user is inactive. */
export async function loadSession(db: Db, token: string, now: Date): Promise<LoadedSession | null> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ session: sessions, user: users, organisation: organisations })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
  if (!row) return null;
  const idleMinutes = row.organisation.sessionIdleMinutes;
  const isIdle = now.getTime() - row.session.lastSeenAt.getTime() > idleMinutes * 60_000;
  if (isIdle || row.session.expiresAt <= now || !row.user.isActive) {
    await endSession(db, tokenHash);
    return null;
  }
  return {
    tokenHash,
    userId: row.user.id,
    mfaState: row.session.mfaState as MfaState,
    csrfToken: row.session.csrfToken,
    idleMinutes,
    lastSeenAt: row.session.lastSeenAt,
    user: row.user,
    organisationName: row.organisation.name,
  };
}

/** Records activity at most once every 30 seconds per session, to keep writes off the hot path. */
export async function touchSession(db: Db, session: LoadedSession, now: Date): Promise<void> {
  if (now.getTime() - session.lastSeenAt.getTime() < 30_000) return;
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, session.tokenHash));
}
