/** Site queries, always scoped to the actor's organisation and, for site roles, to their sites. */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { sites } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";
import { seesAllSites } from "./policy.js";

export type SiteRow = typeof sites.$inferSelect;

export async function listSitesFor(db: Db, actor: Actor): Promise<SiteRow[]> {
  const inOrganisation = eq(sites.organisationId, actor.organisationId);
  if (seesAllSites(actor)) {
    return db.select().from(sites).where(inOrganisation).orderBy(asc(sites.name)).limit(500);
  }
  const siteIds = actor.grants.flatMap((grant) => (grant.siteId ? [grant.siteId] : []));
  if (siteIds.length === 0) return [];
  return db
    .select()
    .from(sites)
    .where(and(inOrganisation, inArray(sites.id, siteIds)))
    .orderBy(asc(sites.name))
    .limit(500);
}

/** A site the actor can see, or a 404. */
export async function findSiteFor(db: Db, actor: Actor, siteId: string): Promise<SiteRow> {
  const visible = await listSitesFor(db, actor);
  const site = visible.find((candidate) => candidate.id === siteId);
  if (!site) throw notFound("Site");
  return site;
}

/** The organisation's sites by id, for validating role grants. */
export async function sitesOfOrganisation(db: Db, organisationId: string, ids: string[]): Promise<SiteRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(sites)
    .where(and(eq(sites.organisationId, organisationId), inArray(sites.id, ids)));
}
