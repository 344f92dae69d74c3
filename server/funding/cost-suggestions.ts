/**
 * What the organisation's records suggest each unit cost is, over the last twelve whole London
 * months: the spend in the derivation's category (every site and the organisation-wide spend)
 * divided by what was recorded done — drug awareness kits handed out from outreach stock, outreach
 * sessions held, people with an attended mentoring session — worked out by the core. Counts only,
 * never a person; each count one bounded query by the organisation's sites.
 */
import { and, countDistinct, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { CostSuggestion } from "../../core/api/funding.js";
import { shiftMonth } from "../../core/api/reporting-dashboard.js";
import { suggestedUnitCost } from "../../core/funding/unit-cost-suggestion.js";
import { costDerivations, derivationSources, mentoringInterventionTypes, suggestionMonths, type RecordedActivity, type SpendCategory } from "../../core/funding/vocabulary.js";
import { londonMonth, startOfLondonDay } from "../../core/london-time.js";
import type { MonthRange } from "../../core/reporting/catalogue.js";
import type { Db } from "../db/client.js";
import { outreachSessions, outreachStockItems, outreachStockMovements, sites, supportSessions } from "../db/schema.js";
import { lastCompleteMonth } from "../reporting/returns/releases.js";
import { spendCellsOf } from "./spend-queries.js";

/** The months suggestions look back over: the last twelve whole London months. */
export const suggestionWindow = (now: Date): MonthRange => {
  const to = lastCompleteMonth(now);
  return { from: shiftMonth(to, 1 - suggestionMonths), to };
};

/** Each recorded activity counted over `months`. */
async function activityCounts(db: Db, organisationId: string, months: MonthRange): Promise<Record<RecordedActivity, number>> {
  const start = startOfLondonDay(`${months.from}-01`);
  const end = startOfLondonDay(londonMonth(`${months.to}-01`).next);
  const organisationSites = db.select({ id: sites.id }).from(sites).where(eq(sites.organisationId, organisationId));
  const [[kits], [sessions], [mentored]] = await Promise.all([
    db
      .select({ n: sql<string>`coalesce(sum(-${outreachStockMovements.change}), 0)::text` })
      .from(outreachStockMovements)
      .where(
        and(
          eq(outreachStockMovements.organisationId, organisationId),
          inArray(outreachStockMovements.itemId, db.select({ id: outreachStockItems.id }).from(outreachStockItems).where(and(eq(outreachStockItems.organisationId, organisationId), eq(outreachStockItems.kind, "drug_awareness_kit")))),
          eq(outreachStockMovements.reason, "handed_out"),
          gte(outreachStockMovements.createdAt, start),
          lt(outreachStockMovements.createdAt, end),
        ),
      ),
    db
      .select({ n: sql<string>`count(*)::text` })
      .from(outreachSessions)
      .where(and(inArray(outreachSessions.siteId, organisationSites), eq(outreachSessions.organisationId, organisationId), gte(outreachSessions.startsAt, start), lt(outreachSessions.startsAt, end))),
    db
      .select({ n: countDistinct(supportSessions.caseId) })
      .from(supportSessions)
      .where(
        and(
          inArray(supportSessions.siteId, organisationSites),
          eq(supportSessions.organisationId, organisationId),
          eq(supportSessions.attendance, "attended"),
          inArray(supportSessions.interventionType, [...mentoringInterventionTypes]),
          gte(supportSessions.startsAt, start),
          lt(supportSessions.startsAt, end),
        ),
      ),
  ]);
  return { kits_handed_out: Number(kits?.n ?? 0), outreach_sessions_held: Number(sessions?.n ?? 0), people_mentored: Number(mentored?.n ?? 0) };
}

/** One suggestion per derivation over `months`, whether or not a unit cost uses it. */
export async function costSuggestionsOf(db: Db, organisationId: string, months: MonthRange): Promise<CostSuggestion[]> {
  const [cells, activities] = await Promise.all([spendCellsOf(db, organisationId, months, undefined), activityCounts(db, organisationId, months)]);
  const spendOf = (category: SpendCategory) => {
    const inCategory = cells.filter((cell) => cell.category === category && cell.pence > 0);
    return { spendPence: inCategory.reduce((sum, cell) => sum + cell.pence, 0), monthsWithSpend: new Set(inCategory.map((cell) => cell.month)).size };
  };
  return costDerivations.map((derivation) => {
    const { category, activity } = derivationSources[derivation];
    const spend = spendOf(category);
    const activityCount = activity === null ? null : activities[activity];
    return { derivation, suggestedPence: suggestedUnitCost(derivation, { ...spend, activity: activityCount }), ...spend, activity, activityCount };
  });
}
