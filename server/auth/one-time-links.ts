/**
 * Reading and using the one-time links administrators hand on (invitations and password resets):
 * found by the token's hash and purpose while unused, and claimed conditionally so the same link
 * used twice at once succeeds once.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { invitations, organisations, users } from "../db/schema.js";
import { AppError } from "../http/errors.js";
import type { LinkPurpose } from "../users/issue-invitation.js";
import { hashToken } from "./sessions.js";

/** The unused link with this token and purpose, with its user and organisation, or undefined. */
export async function findUnusedLink(db: Db, token: string, purpose: LinkPurpose) {
  const [row] = await db
    .select({ link: invitations, user: users, organisation: organisations })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(invitations.tokenHash, hashToken(token)), eq(invitations.purpose, purpose), isNull(invitations.usedAt)))
    .limit(1);
  return row;
}

/** Marks the link used; refuses with 404 if another request used it first. */
export async function claimLink(tx: Db, linkId: string, now: Date, usedMessage: string): Promise<void> {
  const claimed = await tx
    .update(invitations)
    .set({ usedAt: now })
    .where(and(eq(invitations.id, linkId), isNull(invitations.usedAt)))
    .returning({ id: invitations.id });
  if (claimed.length === 0) throw new AppError("not_found", usedMessage);
}
