/** Response shapes for the people who work at a site, as those who allocate work there see them. */
import { z } from "zod";
import { assignmentRoles } from "../cases/assignment-roles.js";
import { roleSchema } from "../roles.js";
import { idSchema } from "./common.js";

export const siteStaffMemberSchema = z.object({
  id: idSchema,
  displayName: z.string(),
  /** The roles this person holds at the site (not elsewhere). */
  roles: z.array(roleSchema),
  /** The roles they could take on a case at the site; empty for people who do no casework. */
  assignableAs: z.array(z.enum(assignmentRoles)),
});
export type SiteStaffMember = z.infer<typeof siteStaffMemberSchema>;

export const siteStaffSchema = z.object({ items: z.array(siteStaffMemberSchema) });
