/**
 * The periods social value is reported over: UK financial years (April to March), which is how
 * funders and the public sector account, and the price year a period's figures belong to. Pure.
 */
import type { MonthRange } from "../reporting/catalogue.js";
import { financialYearStarting, type PriceYear } from "./price-years.js";

const yearOf = (month: string) => Number(month.slice(0, 4));
const monthNumberOf = (month: string) => Number(month.slice(5, 7));

/** The financial year a month (`YYYY-MM`) falls in: 2026-03 → "2025-26", 2026-04 → "2026-27". */
export const financialYearOfMonth = (month: string): PriceYear => financialYearStarting(monthNumberOf(month) >= 4 ? yearOf(month) : yearOf(month) - 1);

/** The months of the financial year starting in April of `startYear`. */
export const financialYearMonths = (startYear: number): MonthRange => ({ from: `${startYear}-04`, to: `${startYear + 1}-03` });

/** The last financial year that has ended by `lastWholeMonth`: the one ending with it, or the one before. */
export function lastWholeFinancialYear(lastWholeMonth: string): MonthRange {
  const endsIn = monthNumberOf(lastWholeMonth) >= 3 ? yearOf(lastWholeMonth) : yearOf(lastWholeMonth) - 1;
  return financialYearMonths(endsIn - 1);
}

/**
 * The price year a period's own figures (its spend) are in, and the default year to bring the
 * catalogue's values to: the financial year in which the period ends.
 */
export const priceYearOfPeriod = (months: MonthRange): PriceYear => financialYearOfMonth(months.to);
