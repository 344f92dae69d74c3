/** Site queries, always scoped to the actor's organisation and, for site roles, to their sites. */
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Role } from "../../core/roles.js";
import type { Db } from "../db/client.js";
import { roleGrants, sites, users } from "../db/schema.js";
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

/**
 * Every site of the organisation but one, whatever the actor's own sites: only for a caller a
 * policy has already allowed to send a case elsewhere (transfer destinations).
 */
export async function unsafeListOtherSites(db: Db, organisationId: string, exceptSiteId: string): Promise<Pick<SiteRow, "id" | "name">[]> {
  return db
    .select({ id: sites.id, name: sites.name })
    .from(sites)
    .where(and(eq(sites.organisationId, organisationId), ne(sites.id, exceptSiteId)))
    .orderBy(asc(sites.name))
    .limit(500);
}

export interface StaffRow {
  id: string;
  displayName: string;
  roles: Role[];
}

/** Largest staff list one site returns; a site of the organisation has tens of people. */
export const maxStaffListed = 500;

/** The active people holding a role at `site` (a site already found in the actor's scope), by name. */
export async function listStaffAt(db: Db, site: SiteRow): Promise<StaffRow[]> {
  return db
    .select({
      id: users.id,
      displayName: users.displayName,
      roles: sql<Role[]>`array_agg(${roleGrants.role} order by ${roleGrants.role})`,
    })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.siteId, site.id), eq(users.organisationId, site.organisationId), eq(users.isActive, true)))
    .groupBy(users.id, users.displayName)
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(maxStaffListed);
}
