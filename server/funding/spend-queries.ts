/**
 * Reading spend over a run of whole months: which months a request covers (by default the twelve
 * up to and including this one), which spend a site choice takes in (every site and the
 * organisation-wide spend, only the organisation-wide, or one site's), a page of entries, and the
 * totals by month and category that summaries and the costs of delivery are built from.
 */
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from "drizzle-orm";
import { maxSpendMonths, type SpendSite } from "../../core/api/funding.js";
import { monthsSpanned, shiftMonth } from "../../core/api/reporting-dashboard.js";
import type { SpendCell } from "../../core/funding/spend-summary.js";
import type { SpendCategory } from "../../core/funding/vocabulary.js";
import type { MonthRange } from "../../core/reporting/catalogue.js";
import type { Db } from "../db/client.js";
import { spendEntries } from "../db/funding-schema.js";
import { sites } from "../db/schema.js";
import { AppError, notFound } from "../http/errors.js";
import { londonMonthOf } from "./spend-checks.js";
import type { SpendRow } from "./queries.js";

/** The months asked for, the missing end filled in: `to` this month, `from` eleven months before `to`. At most three years (400 naming the field). */
export function spendMonths(asked: { from?: string | undefined; to?: string | undefined }, now: Date): MonthRange {
  const to = asked.to ?? londonMonthOf(now);
  const from = asked.from ?? shiftMonth(to, -11);
  const field = asked.to === undefined ? "query.from" : "query.to";
  const refuse = (message: string) => new AppError("validation_failed", message, { fields: [{ path: field, message }] });
  if (to < from) throw refuse("The last month cannot come before the first.");
  if (monthsSpanned(from, to) > maxSpendMonths) throw refuse(`At most ${maxSpendMonths} months at once.`);
  return { from, to };
}

/** The spend a site choice takes in; a site of another organisation (or none) is not found. */
export async function spendSiteCondition(db: Db, organisationId: string, site: SpendSite): Promise<SQL | undefined> {
  if (site === "all") return undefined;
  if (site === "organisation") return organisationWide();
  const [found] = await db.select({ id: sites.id }).from(sites).where(and(eq(sites.id, site), eq(sites.organisationId, organisationId))).limit(1);
  if (!found) throw notFound("Site");
  return eq(spendEntries.siteId, found.id);
}

const inMonths = (months: MonthRange) => and(gte(spendEntries.month, months.from), lte(spendEntries.month, months.to));

export interface SpendPage {
  items: SpendRow[];
  total: number;
  totalPence: number;
}

/** A page of the organisation's spend entries, newest month first, with how many there are and what they add up to. */
export async function spendPageOf(
  db: Db,
  organisationId: string,
  options: { months: MonthRange; site: SQL | undefined; category?: SpendCategory | undefined; grantId?: string | undefined; page: number; pageSize: number },
): Promise<SpendPage> {
  const where = and(
    eq(spendEntries.organisationId, organisationId),
    inMonths(options.months),
    options.site,
    options.category ? eq(spendEntries.category, options.category) : undefined,
    options.grantId ? eq(spendEntries.grantId, options.grantId) : undefined,
  );
  const [items, [totals]] = await Promise.all([
    db
      .select()
      .from(spendEntries)
      .where(where)
      .orderBy(desc(spendEntries.month), asc(spendEntries.category), desc(spendEntries.amountPence), asc(spendEntries.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count(), pence: sql<string>`coalesce(sum(${spendEntries.amountPence}), 0)::text` }).from(spendEntries).where(where),
  ]);
  return { items, total: totals?.n ?? 0, totalPence: Number(totals?.pence ?? 0) };
}

/** The condition for spend at `siteIds` only (none: nothing), or, with null, every site and the organisation-wide spend. */
export const atSites = (siteIds: readonly string[] | null): SQL | undefined =>
  siteIds === null ? undefined : siteIds.length > 0 ? inArray(spendEntries.siteId, [...siteIds]) : sql`false`;

/** The condition for spend recorded for the organisation as a whole. */
export const organisationWide = (): SQL => isNull(spendEntries.siteId);

/** The organisation's spend over `months` that meets `condition`, totalled by month and category. */
export async function spendCellsOf(db: Db, organisationId: string, months: MonthRange, condition: SQL | undefined): Promise<SpendCell[]> {
  const rows = await db
    .select({ month: spendEntries.month, category: spendEntries.category, pence: sql<string>`sum(${spendEntries.amountPence})::text` })
    .from(spendEntries)
    .where(and(eq(spendEntries.organisationId, organisationId), inMonths(months), condition))
    .groupBy(spendEntries.month, spendEntries.category);
  return rows.map((row) => ({ month: row.month, category: row.category, pence: Number(row.pence) }));
}
