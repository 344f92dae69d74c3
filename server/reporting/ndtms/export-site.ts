/**
 * The site an export is asked for. A site is in the actor's sight when it is one of their
 * organisation's and they hold a role there, or hold an organisation-wide role (administrators,
 * data protection officers, commissioners); any other site is not found (404), as a record out of
 * scope is. At a site in sight, only its team managers export (server/reporting/policy.ts): 403.
 */
import { and, eq } from "drizzle-orm";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { sites } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import { canExportNationalDataset } from "../policy.js";

const seesSite = (actor: Actor, siteId: string): boolean => actor.grants.some((grant) => grant.siteId === null || grant.siteId === siteId);

export async function exportSiteFor(db: Db, actor: Actor, siteId: string): Promise<{ id: string; name: string }> {
  const [site] = await db
    .select({ id: sites.id, name: sites.name })
    .from(sites)
    .where(and(eq(sites.id, siteId), eq(sites.organisationId, actor.organisationId)))
    .limit(1);
  if (!site || !seesSite(actor, site.id)) throw notFound("Site");
  authorize(canExportNationalDataset(actor, site.id), "Only the site's team managers export the national dataset.");
  return site;
}
