/** The fields of a site, and of the people who work there, that leave the server. */
import type { z } from "zod";
import type { siteSchema } from "../../core/api/admin.js";
import type { SiteStaffMember } from "../../core/api/staff.js";
import { assignableRoles } from "../../core/cases/assignment-roles.js";
import type { Actor } from "../http/context.js";
import { canRenameSite } from "./policy.js";
import type { SiteRow, StaffRow } from "./queries.js";

export function presentSite(site: SiteRow, actor: Actor): z.infer<typeof siteSchema> {
  return {
    id: site.id,
    name: site.name,
    createdAt: site.createdAt.toISOString(),
    abilities: { rename: canRenameSite(actor) },
  };
}

/** A member of a site's staff: their name, their roles there, and the roles they could take on its cases. */
export function presentStaffMember(row: StaffRow): SiteStaffMember {
  return { id: row.id, displayName: row.displayName, roles: row.roles, assignableAs: assignableRoles(row.roles) };
}
