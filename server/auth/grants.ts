/** Loads a user's role grants. */
import { eq } from "drizzle-orm";
import type { Role, RoleGrant } from "../../core/roles.js";
import type { Db } from "../db/client.js";
import { roleGrants } from "../db/schema.js";

export async function loadGrants(db: Db, userId: string): Promise<RoleGrant[]> {
  const rows = await db
    .select({ role: roleGrants.role, siteId: roleGrants.siteId })
    .from(roleGrants)
    .where(eq(roleGrants.userId, userId));
  return rows.map((row) => ({ role: row.role as Role, siteId: row.siteId }));
}
