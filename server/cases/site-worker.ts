/**
 * The roles an active member of staff holds at a case's site, for checking that the person a manager
 * assigns or names on a case can work it (core/cases/assignment-roles.ts decides which roles can).
 */
import { and, eq } from "drizzle-orm";
import type { Role } from "../../core/roles.js";
import type { Db } from "../db/client.js";
import { roleGrants, users } from "../db/schema.js";

export async function rolesOfWorkerAt(tx: Db, organisationId: string, userId: string, siteId: string): Promise<Role[]> {
  const rows = await tx
    .select({ role: roleGrants.role })
    .from(users)
    .innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId), eq(users.isActive, true), eq(roleGrants.siteId, siteId)));
  return rows.map((row) => row.role as Role);
}
