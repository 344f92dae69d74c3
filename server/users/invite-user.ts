/** Creates a staff account with its roles and an invitation link to set a password. */
import { eq } from "drizzle-orm";
import type { RoleGrant } from "../../core/roles.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { roleGrants, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { issueInvitation } from "./issue-invitation.js";
import type { UserRow } from "./queries.js";
import { validateGrants } from "./validate-grants.js";

export interface InviteUserInput {
  email: string;
  displayName: string;
  grants: RoleGrant[];
}

export async function inviteUser(
  tx: Db,
  actor: Actor,
  input: InviteUserInput,
  context: { publicUrl: string; now: Date; requestId: string },
): Promise<{ user: UserRow; invitationUrl: string; invitationExpiresAt: string }> {
  const grants = await validateGrants(tx, actor, input.grants);
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
  if (existing) {
    throw new AppError("conflict", "An account with this email already exists.", {
      fields: [{ path: "body.email", message: "An account with this email already exists." }],
    });
  }
  const [user] = await tx
    .insert(users)
    .values({ organisationId: actor.organisationId, email: input.email, displayName: input.displayName })
    .returning();
  if (!user) throw new Error("insert returned no user");
  if (grants.length > 0) {
    await tx.insert(roleGrants).values(
      grants.map((grant) => ({ organisationId: actor.organisationId, userId: user.id, role: grant.role, siteId: grant.siteId })),
    );
  }
  const invitation = await issueInvitation(tx, { userId: user.id, publicUrl: context.publicUrl, now: context.now });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "user.invited",
    entityType: "user",
    entityId: user.id,
    requestId: context.requestId,
    details: { grants: grants.map((grant) => ({ role: grant.role, siteId: grant.siteId })) },
  });
  return { user, ...invitation };
}
