/** Which of a user's roles apply at a site: those held there plus the organisation-wide ones. */
import type { Role, RoleGrant } from "../../../core/roles.js";

export interface RoleHere {
  role: Role;
  isOrganisationWide: boolean;
}

export function rolesAt(grants: readonly RoleGrant[], siteId: string | null): RoleHere[] {
  const seen = new Set<Role>();
  const result: RoleHere[] = [];
  for (const grant of grants) {
    if (grant.siteId !== null && grant.siteId !== siteId) continue;
    if (seen.has(grant.role)) continue;
    seen.add(grant.role);
    result.push({ role: grant.role, isOrganisationWide: grant.siteId === null });
  }
  return result;
}
