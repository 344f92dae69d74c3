/** Accepting an invitation: the new colleague sets a password and is signed in. */
import { and, eq, isNull } from "drizzle-orm";
import { requiresSecondFactor } from "../../core/roles.js";
import { recordAudit } from "../audit/record-audit.js";
import { inTransaction, type Db } from "../db/client.js";
import { invitations, organisations, users } from "../db/schema.js";
import { AppError } from "../http/errors.js";
import { loadGrants } from "./grants.js";
import { assertPasswordAcceptable, hashPassword } from "./passwords.js";
import { createSession, hashToken, type NewSession } from "./sessions.js";

/** The invitation and its user, if the token is live; 404 if unknown or used, 410 if expired. */
export async function findInvitation(db: Db, token: string, now: Date) {
  const [row] = await db
    .select({ invitation: invitations, user: users, organisation: organisations })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(invitations.tokenHash, hashToken(token)), eq(invitations.purpose, "invitation"), isNull(invitations.usedAt)))
    .limit(1);
  if (!row || !row.user.isActive || row.user.passwordHash !== null) {
    throw new AppError("not_found", "This invitation link is not valid or has already been used.");
  }
  if (row.invitation.expiresAt <= now) {
    throw new AppError("gone", "This invitation link has expired. Ask your administrator for a new one.");
  }
  return row;
}

export async function acceptInvitation(
  db: Db,
  input: { token: string; password: string; commonPasswords: ReadonlySet<string>; now: Date; requestId: string },
): Promise<NewSession> {
  const { invitation, user, organisation } = await findInvitation(db, input.token, input.now);
  assertPasswordAcceptable(input.password, input.commonPasswords, {
    email: user.email,
    displayName: user.displayName,
    organisationName: organisation.name,
  });
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (tx) => {
    // Mark used first, conditionally, so two simultaneous accepts cannot both succeed.
    const claimed = await tx
      .update(invitations)
      .set({ usedAt: input.now })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.usedAt)))
      .returning({ id: invitations.id });
    if (claimed.length === 0) throw new AppError("not_found", "This invitation link has already been used.");
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    const grants = await loadGrants(tx, user.id);
    await recordAudit(tx, {
      organisationId: user.organisationId,
      actorUserId: user.id,
      action: "user.invitation_accepted",
      entityType: "user",
      entityId: user.id,
      requestId: input.requestId,
    });
    return createSession(tx, {
      userId: user.id,
      mfaState: requiresSecondFactor(grants) ? "enrolment_required" : "complete",
      maxHours: organisation.sessionMaxHours,
      now: input.now,
    });
  });
}
