/**
 * Spend over a run of months, added up by category and by month, every category and every month
 * present (zeros too) and in order, so charts and the social-value calculation read the same
 * shape whatever was recorded. Pure: the server totals by month and category in SQL first.
 */
import { monthsIn, type MonthRange } from "../reporting/catalogue.js";
import { spendCategories, type SpendCategory } from "./vocabulary.js";

/** Spend in one category in one month, in pence. */
export interface SpendCell {
  readonly month: string;
  readonly category: SpendCategory;
  readonly pence: number;
}

export interface SpendSummary {
  totalPence: number;
  byCategory: { category: SpendCategory; totalPence: number }[];
  byMonth: { month: string; totalPence: number }[];
}

/** Totals of `cells` over `months`; a cell outside the months is not counted. */
export function summariseSpend(cells: readonly SpendCell[], months: MonthRange): SpendSummary {
  const monthList = monthsIn(months);
  const byCategory = new Map<SpendCategory, number>(spendCategories.map((category) => [category, 0]));
  const byMonth = new Map<string, number>(monthList.map((month) => [month, 0]));
  let totalPence = 0;
  for (const cell of cells) {
    if (!byMonth.has(cell.month)) continue;
    byMonth.set(cell.month, byMonth.get(cell.month)! + cell.pence);
    byCategory.set(cell.category, (byCategory.get(cell.category) ?? 0) + cell.pence);
    totalPence += cell.pence;
  }
  return {
    totalPence,
    byCategory: spendCategories.map((category) => ({ category, totalPence: byCategory.get(category)! })),
    byMonth: monthList.map((month) => ({ month, totalPence: byMonth.get(month)! })),
  };
}
