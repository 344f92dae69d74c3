/**
 * Invitations: a one-time link an administrator passes to a new colleague, who sets their own
 * password with it. Only the token's hash is stored; the link is shown once.
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

export async function issueInvitation(
  tx: Db,
  input: { userId: string; publicUrl: string; now: Date },
): Promise<{ invitationUrl: string; invitationExpiresAt: string }> {
  // A new link replaces any earlier one still outstanding.
  await tx
    .update(invitations)
    .set({ usedAt: input.now })
    .where(and(eq(invitations.userId, input.userId), isNull(invitations.usedAt)));
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(input.now.getTime() + invitationLifetimeHours * 3_600_000);
  await tx.insert(invitations).values({ userId: input.userId, tokenHash: hashToken(token), expiresAt });
  return {
    invitationUrl: `${input.publicUrl.replace(/\/$/, "")}/invitation/${token}`,
    invitationExpiresAt: expiresAt.toISOString(),
  };
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
