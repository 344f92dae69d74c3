/**
 * One-time links an administrator passes on: an invitation, with which a new colleague sets their
 * own password, and a password reset for one who has forgotten theirs. Only the token's hash is
 * stored; the link is shown once.
 */
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit.js";
import { hashToken } from "../auth/sessions.js";
import type { Db } from "../db/client.js";
import { invitations } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import type { UserRow } from "./queries.js";

export const invitationLifetimeHours = 72;
export const passwordResetLifetimeHours = 24;

export type LinkPurpose = "invitation" | "password_reset";
const linkPaths: Record<LinkPurpose, string> = { invitation: "invitation", password_reset: "reset-password" };
const lifetimeHours: Record<LinkPurpose, number> = { invitation: invitationLifetimeHours, password_reset: passwordResetLifetimeHours };

/** A one-time link of the given purpose; it replaces any earlier one of that purpose still outstanding. */
async function issueLink(tx: Db, input: { userId: string; publicUrl: string; now: Date; purpose: LinkPurpose }): Promise<{ url: string; expiresAt: string }> {
  await tx
    .update(invitations)
    .set({ usedAt: input.now })
    .where(and(eq(invitations.userId, input.userId), eq(invitations.purpose, input.purpose), isNull(invitations.usedAt)));
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(input.now.getTime() + lifetimeHours[input.purpose] * 3_600_000);
  await tx.insert(invitations).values({ userId: input.userId, tokenHash: hashToken(token), purpose: input.purpose, expiresAt });
  return { url: `${input.publicUrl.replace(/\/$/, "")}/${linkPaths[input.purpose]}/${token}`, expiresAt: expiresAt.toISOString() };
}

export async function issueInvitation(
  tx: Db,
  input: { userId: string; publicUrl: string; now: Date },
): Promise<{ invitationUrl: string; invitationExpiresAt: string }> {
  const link = await issueLink(tx, { ...input, purpose: "invitation" });
  return { invitationUrl: link.url, invitationExpiresAt: link.expiresAt };
}

/** A password-reset link for a colleague who has forgotten theirs; their second factor stays as it is. */
export async function issuePasswordReset(
  tx: Db,
  actor: Actor,
  user: UserRow,
  context: { publicUrl: string; now: Date; requestId: string },
): Promise<{ resetUrl: string; resetExpiresAt: string }> {
  const link = await issueLink(tx, { userId: user.id, publicUrl: context.publicUrl, now: context.now, purpose: "password_reset" });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "user.password_reset_issued",
    entityType: "user",
    entityId: user.id,
    requestId: context.requestId,
  });
  return { resetUrl: link.url, resetExpiresAt: link.expiresAt };
}

/** A fresh link for someone who has not yet accepted theirs (lost or expired). */
export async function reissueInvitation(
  tx: Db,
  actor: Actor,
  user: UserRow,
  context: { publicUrl: string; now: Date; requestId: string },
): Promise<{ invitationUrl: string; invitationExpiresAt: string }> {
  const invitation = await issueInvitation(tx, { userId: user.id, publicUrl: context.publicUrl, now: context.now });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "user.invitation_reissued",
    entityType: "user",
    entityId: user.id,
    requestId: context.requestId,
  });
  return invitation;
}
