/**
 * What a dashboard request covers. One site: it must be one of the actor's organisation's sites
 * and in their sight (a role there, or an organisation-wide role), or it is not found (404), as the
 * national dataset export answers; in sight, only those who read its dashboard get it (403). No
 * site: the whole organisation, for administrators only (403). The months are whole London months,
 * by default the last twelve whole ones, at most three years (400 naming the field). Restricted
 * records are counted only for administrators (who answer for the returns, which count them).
 */
import { and, asc, eq } from "drizzle-orm";
import { defaultDashboardMonths, monthRangeProblem, shiftMonth, type DashboardQuery } from "../../../core/api/reporting-dashboard.js";
import type { MetricScope, MonthRange } from "../../../core/reporting/catalogue.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { sites } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError, notFound } from "../../http/errors.js";
import { canReadSiteDashboard, dashboardSitesOf, readsWholeOrganisation } from "../policy.js";
import { lastCompleteMonth } from "../returns/releases.js";

export interface DashboardScope extends MetricScope {
  /** The site asked for, or null for the whole organisation. */
  readonly siteId: string | null;
}

const seesSite = (actor: Actor, siteId: string): boolean => actor.grants.some((grant) => grant.siteId === null || grant.siteId === siteId);

/** The months asked for, the missing end filled in: `to` the last whole month, `from` eleven months before `to`. */
export function dashboardMonths(asked: Pick<DashboardQuery, "from" | "to">, now: Date): MonthRange {
  const to = asked.to ?? lastCompleteMonth(now);
  const from = asked.from ?? shiftMonth(to, 1 - defaultDashboardMonths);
  const problem = monthRangeProblem(from, to);
  if (problem) {
    // With `to` filled in, it is the `from` asked for that does not fit.
    const field = asked.to === undefined ? "query.from" : `query.${problem.path}`;
    throw new AppError("validation_failed", problem.message, { fields: [{ path: field, message: problem.message }] });
  }
  return { from, to };
}

/** The organisation's sites, by name. */
export async function organisationSites(db: Db, organisationId: string): Promise<{ id: string; name: string }[]> {
  return db.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.organisationId, organisationId)).orderBy(asc(sites.name), asc(sites.id));
}

export async function dashboardScopeFor(db: Db, actor: Actor, query: DashboardQuery, now: Date): Promise<DashboardScope> {
  if (query.siteId === undefined) {
    authorize(readsWholeOrganisation(actor), "Only administrators read the whole organisation's dashboard.");
    const all = await organisationSites(db, actor.organisationId);
    return { organisationId: actor.organisationId, siteId: null, siteIds: all.map((site) => site.id), months: dashboardMonths(query, now), leavesOutRestricted: false };
  }
  const [site] = await db
    .select({ id: sites.id })
    .from(sites)
    .where(and(eq(sites.id, query.siteId), eq(sites.organisationId, actor.organisationId)))
    .limit(1);
  if (!site || !seesSite(actor, site.id)) throw notFound("Site");
  authorize(canReadSiteDashboard(actor, site.id), "Only the site's team managers and administrators read its dashboard.");
  // Restricted records are counted for administrators only: a team manager is not named on them.
  return { organisationId: actor.organisationId, siteId: site.id, siteIds: [site.id], months: dashboardMonths(query, now), leavesOutRestricted: !readsWholeOrganisation(actor) };
}

/** The sites the actor may choose between (every site for administrators), and whether the whole organisation is one choice. */
export async function dashboardChoicesFor(db: Db, actor: Actor): Promise<{ sites: { id: string; name: string }[]; offersWholeOrganisation: boolean }> {
  const isWhole = readsWholeOrganisation(actor);
  const own = new Set(dashboardSitesOf(actor));
  authorize(isWhole || own.size > 0, "Only team managers and administrators read dashboards.");
  const all = await organisationSites(db, actor.organisationId);
  return { sites: isWhole ? all : all.filter((site) => own.has(site.id)), offersWholeOrganisation: isWhole };
}
