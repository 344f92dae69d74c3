/**
 * The periods a dashboard offers, in whole London months, worked out from the last whole month the
 * server names: the last 12 whole months (the default), this year so far (the month under way
 * included, as staff want to see it), last year, one quarter of the last three years, or months of
 * the user's own choosing, checked with the server's own rule (the end not before the start, at
 * most 36 months) before they are asked for. Pure.
 */
import { defaultDashboardMonths, shiftMonth } from "../../../../core/api/reporting-dashboard.js";
import { quarterMonths, quarterOf } from "../../../../core/reporting/kpi.js";
import type { MonthRange } from "../../../../core/reporting/catalogue.js";

export const periodKinds = ["last_12_months", "this_year", "last_year", "quarter", "custom"] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** The quarters one may choose, newest first: the one under way and the twelve before it (three years). */
export function quarterChoices(lastWholeMonth: string): string[] {
  const firstMonth = quarterMonths(quarterOf(shiftMonth(lastWholeMonth, 1))).from;
  return Array.from({ length: 13 }, (_, back) => quarterOf(shiftMonth(firstMonth, -3 * back)));
}

/** The months of a period chosen by kind (`quarter` with the quarter chosen, `YYYY-Qn`). */
export function monthsOfPeriod(kind: Exclude<PeriodKind, "custom">, lastWholeMonth: string, quarter?: string): MonthRange {
  const thisMonth = shiftMonth(lastWholeMonth, 1);
  const year = Number(thisMonth.slice(0, 4));
  switch (kind) {
    case "last_12_months":
      return { from: shiftMonth(lastWholeMonth, 1 - defaultDashboardMonths), to: lastWholeMonth };
    case "this_year":
      return { from: `${year}-01`, to: thisMonth };
    case "last_year":
      return { from: `${year - 1}-01`, to: `${year - 1}-12` };
    case "quarter": {
      const months = quarterMonths(quarter ?? quarterOf(lastWholeMonth));
      // A quarter under way is shown as far as it has gone.
      return { from: months.from, to: months.to > thisMonth ? thisMonth : months.to };
    }
  }
}
