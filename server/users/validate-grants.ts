/**
 * Checks a requested set of role grants: site roles name a site of this organisation, organisation-
 * wide roles name none, and duplicates collapse. Problems come back as field errors.
 */
import { isGrantShapeValid, roleFacts, type RoleGrant } from "../../core/roles.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { AppError, type FieldError } from "../http/errors.js";
import { sitesOfOrganisation } from "../sites/queries.js";

export async function validateGrants(tx: Db, actor: Actor, grants: RoleGrant[]): Promise<RoleGrant[]> {
  const fields: FieldError[] = [];
  grants.forEach((grant, index) => {
    if (!isGrantShapeValid(grant)) {
      fields.push({
        path: `body.grants.${index}.siteId`,
        message: roleFacts[grant.role].isSiteScoped
          ? "Choose the site where this role applies."
          : "This role applies across the organisation; do not choose a site.",
      });
    }
  });
  const siteIds = [...new Set(grants.flatMap((grant) => (grant.siteId ? [grant.siteId] : [])))];
  const known = new Set((await sitesOfOrganisation(tx, actor.organisationId, siteIds)).map((site) => site.id));
  grants.forEach((grant, index) => {
    if (grant.siteId && !known.has(grant.siteId)) {
      fields.push({ path: `body.grants.${index}.siteId`, message: "No such site." });
    }
  });
  if (fields.length > 0) throw new AppError("validation_failed", "Some of the roles are not valid.", { fields });
  const unique = new Map(grants.map((grant) => [`${grant.role}:${grant.siteId ?? ""}`, grant]));
  return [...unique.values()];
}
