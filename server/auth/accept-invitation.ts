/** Accepting an invitation: the new colleague sets a password and is signed in. */
import { eq } from "drizzle-orm";
import { requiresSecondFactor } from "../../core/roles.js";
import { recordAudit } from "../audit/record-audit.js";
import { inTransaction, type Db } from "../db/client.js";
import { users } from "../db/schema.js";
import { AppError } from "../http/errors.js";
import { loadGrants } from "./grants.js";
import { assertPasswordAcceptable, hashPassword } from "./passwords.js";
import { claimLink, findUnusedLink } from "./one-time-links.js";
import { createSession, type NewSession } from "./sessions.js";

/** The invitation and its user, if the token is live; 404 if unknown or used, 410 if expired. */
export async function findInvitation(db: Db, token: string, now: Date) {
  const row = await findUnusedLink(db, token, "invitation");
  if (!row || !row.user.isActive || row.user.passwordHash !== null) {
    throw new AppError("not_found", "This invitation link is not valid or has already been used.");
  }
  if (row.link.expiresAt <= now) {
    throw new AppError("gone", "This invitation link has expired. Ask your administrator for a new one.");
  }
  return row;
}

export async function acceptInvitation(
  db: Db,
  input: { token: string; password: string; commonPasswords: ReadonlySet<string>; now: Date; requestId: string },
): Promise<NewSession> {
  const { link, user, organisation } = await findInvitation(db, input.token, input.now);
  assertPasswordAcceptable(input.password, input.commonPasswords, {
    email: user.email,
    displayName: user.displayName,
    organisationName: organisation.name,
  });
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (tx) => {
    // Claimed first, so two simultaneous accepts cannot both succeed.
    await claimLink(tx, link.id, input.now, "This invitation link has already been used.");
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
