/**
 * A metric's period as the database compares it: whole London calendar months, from 00:00 London
 * time on the first day to 00:00 London time on the first day of the month after the last. Worked
 * out once here so every statement compares a timestamp column with two UTC instants (or a date
 * column with two days), which an index on the column serves; a function of the column would not.
 */
import { londonMonth, startOfLondonDay } from "../../../core/london-time.js";
import { monthsIn, type MonthRange } from "../../../core/reporting/catalogue.js";

export interface Period {
  /** The first instant of the first month, ISO 8601 in UTC (in BST that is 23:00 the day before). */
  readonly start: string;
  /** The first instant after the last month. */
  readonly end: string;
  /** The first day of the first month, `YYYY-MM-DD`, for date columns. */
  readonly firstDay: string;
  /** The first day after the last month. */
  readonly dayAfter: string;
  /** Every month of the period, `YYYY-MM`. */
  readonly months: readonly string[];
}

export function periodOf(range: MonthRange): Period {
  const firstDay = `${range.from}-01`;
  const dayAfter = londonMonth(`${range.to}-01`).next;
  return {
    start: startOfLondonDay(firstDay).toISOString(),
    end: startOfLondonDay(dayAfter).toISOString(),
    firstDay,
    dayAfter,
    months: monthsIn(range),
  };
}
