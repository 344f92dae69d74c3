/** A signed-in user's own account: password change and language preference. */
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit.js";
import { inTransaction, type Db } from "../db/client.js";
import { sessions, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { and, ne } from "drizzle-orm";
import { assertPasswordAcceptable, hashPassword, verifyPassword } from "./passwords.js";

export async function changePassword(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; commonPasswords: ReadonlySet<string>; requestId: string },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId)).limit(1);
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("validation_failed", "Your current password is not right.", {
      fields: [{ path: "body.currentPassword", message: "Your current password is not right." }],
    });
  }
  assertPasswordAcceptable(
    input.newPassword,
    input.commonPasswords,
    { email: actor.email, displayName: actor.displayName, organisationName: actor.organisationName },
    "body.newPassword",
  );
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(db, async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.userId));
    // Other sessions may belong to whoever knew the old password: end them, keep this one.
    await tx.delete(sessions).where(and(eq(sessions.userId, actor.userId), ne(sessions.tokenHash, actor.session.tokenHash)));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "auth.password_changed",
      entityType: "user",
      entityId: actor.userId,
      requestId: input.requestId,
    });
  });
}

export async function setLanguage(db: Db, actor: Actor, language: string): Promise<void> {
  await db.update(users).set({ language }).where(eq(users.id, actor.userId));
}
