/** Replaces a user's role grants, keeping at least one active administrator in the organisation. */
import { eq } from "drizzle-orm";
import type { RoleGrant } from "../../core/roles.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { roleGrants } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { grantsOf, otherActiveAdministrators, type UserRow } from "./queries.js";
import { validateGrants } from "./validate-grants.js";

export async function setUserRoles(tx: Db, actor: Actor, user: UserRow, requested: RoleGrant[], requestId: string): Promise<void> {
  const grants = await validateGrants(tx, actor, requested);
  const before = (await grantsOf(tx, [user.id])).get(user.id) ?? [];
  const wasAdministrator = before.some((grant) => grant.role === "administrator");
  const staysAdministrator = grants.some((grant) => grant.role === "administrator");
  if (wasAdministrator && !staysAdministrator && user.isActive) {
    if ((await otherActiveAdministrators(tx, actor.organisationId, user.id)) === 0) {
      throw new AppError("conflict", "The organisation must keep at least one active administrator.");
    }
  }
  await tx.delete(roleGrants).where(eq(roleGrants.userId, user.id));
  if (grants.length > 0) {
    await tx.insert(roleGrants).values(
      grants.map((grant) => ({ organisationId: actor.organisationId, userId: user.id, role: grant.role, siteId: grant.siteId })),
    );
  }
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "user.roles_changed",
    entityType: "user",
    entityId: user.id,
    requestId,
    details: {
      before: before.map((grant) => ({ role: grant.role, siteId: grant.siteId })),
      after: grants.map((grant) => ({ role: grant.role, siteId: grant.siteId })),
    },
  });
}
