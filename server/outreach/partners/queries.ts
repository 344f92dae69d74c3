/**
 * Reading a site's partners: the directory with its search and filters (each with the day of its
 * last session), and one partner within the sites whose outreach the actor reads (anything else is
 * "not found").
 */
import { and, asc, desc, eq, ilike, inArray, max, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { outreachPartners, outreachSessions } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import { outreachSitesOf } from "../policy.js";

export type PartnerRow = typeof outreachPartners.$inferSelect;
export interface PartnerWithLastSession {
  partner: PartnerRow;
  lastSessionAt: Date | null;
}

/** A site has tens of partners, a big one a few hundred; past this the search narrows the list. */
export const maxPartnersListed = 300;

export interface PartnerFilter {
  type?: string | undefined;
  pathway?: string | undefined;
  q?: string | undefined;
  includeInactive: boolean;
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The site's partners matching the filter, active first and then by name, with one more row than listed to tell when the list is cut short. */
export async function partnersOfSite(db: Db, organisationId: string, siteId: string, filter: PartnerFilter): Promise<PartnerWithLastSession[]> {
  const lastSessions = db
    .select({ partnerId: outreachSessions.partnerId, lastAt: max(outreachSessions.startsAt).as("last_at") })
    .from(outreachSessions)
    .where(and(eq(outreachSessions.organisationId, organisationId), eq(outreachSessions.siteId, siteId)))
    .groupBy(outreachSessions.partnerId)
    .as("last_sessions");
  const rows = await db
    .select({ partner: outreachPartners, lastSessionAt: lastSessions.lastAt })
    .from(outreachPartners)
    .leftJoin(lastSessions, eq(lastSessions.partnerId, outreachPartners.id))
    .where(
      and(
        eq(outreachPartners.organisationId, organisationId),
        eq(outreachPartners.siteId, siteId),
        filter.includeInactive ? undefined : eq(outreachPartners.isActive, true),
        filter.type ? eq(outreachPartners.type, filter.type) : undefined,
        filter.pathway ? sql`${outreachPartners.pathways} @> ${JSON.stringify([filter.pathway])}::jsonb` : undefined,
        filter.q ? ilike(outreachPartners.name, `%${escapeLike(filter.q)}%`) : undefined,
      ),
    )
    .orderBy(desc(outreachPartners.isActive), sql`lower(${outreachPartners.name})`, asc(outreachPartners.id))
    .limit(maxPartnersListed + 1);
  return rows.map((row) => ({ partner: row.partner, lastSessionAt: row.lastSessionAt === null ? null : new Date(row.lastSessionAt) }));
}

/** A partner at a site whose outreach the actor reads, or "not found" (another organisation or site looks the same as none). */
export async function findPartnerFor(db: Db, actor: Actor, partnerId: string, options: { forUpdate?: boolean } = {}): Promise<PartnerRow> {
  const sites = outreachSitesOf(actor);
  if (sites.length === 0) throw notFound("Partner");
  const query = db
    .select()
    .from(outreachPartners)
    .where(and(eq(outreachPartners.id, partnerId), eq(outreachPartners.organisationId, actor.organisationId), inArray(outreachPartners.siteId, sites)))
    .limit(1);
  const [partner] = options.forUpdate ? await query.for("update") : await query;
  if (!partner) throw notFound("Partner");
  return partner;
}

/** When the partner's last session began. */
export async function lastSessionAt(db: Db, partner: Pick<PartnerRow, "id" | "organisationId">): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(outreachSessions.startsAt) })
    .from(outreachSessions)
    .where(and(eq(outreachSessions.organisationId, partner.organisationId), eq(outreachSessions.partnerId, partner.id)));
  return row?.at ?? null;
}

/** Another partner of the site with the same name (any case), so a second record for one mosque is caught at entry. */
export async function namesake(db: Db, organisationId: string, siteId: string, name: string, exceptId: string | null): Promise<boolean> {
  const [found] = await db
    .select({ id: outreachPartners.id })
    .from(outreachPartners)
    .where(
      and(
        eq(outreachPartners.organisationId, organisationId),
        eq(outreachPartners.siteId, siteId),
        sql`lower(${outreachPartners.name}) = lower(${name})`,
        exceptId ? sql`${outreachPartners.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return found !== undefined;
}
