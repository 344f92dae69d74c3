/**
 * Price years and money: the year a figure's prices are from, and how pence are rounded. Pure.
 *
 * A price year is a financial year written "2013-14" (April 2013 to March 2014), which is how the
 * unit-cost sources state them, or a calendar year written "2019" for the few sources that state
 * one (HM Treasury's wellbeing values are "2019 prices"). The two are never treated as the same
 * year: "2019" and "2019-20" are different keys in a deflator table.
 */
import { z } from "zod";

const financialYearPattern = /^(\d{4})-(\d{2})$/;
const calendarYearPattern = /^\d{4}$/;

export const isFinancialYear = (year: string): boolean => {
  const match = financialYearPattern.exec(year);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
};

export const isCalendarYear = (year: string): boolean => calendarYearPattern.test(year);

export const priceYearSchema = z.string().refine((year) => isFinancialYear(year) || isCalendarYear(year), {
  message: 'A price year is a financial year such as "2013-14" or a calendar year such as "2019".',
});
export type PriceYear = z.infer<typeof priceYearSchema>;

/** The financial year that begins in April of `startYear`: 2013 → "2013-14". */
export function financialYearStarting(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** A whole number of pence, never negative: every catalogue value, cost and result is one. */
export const penceSchema = z
  .number({ message: "An amount is a number of pence." })
  .int({ message: "An amount is a whole number of pence." })
  .min(0, { message: "An amount cannot be negative." })
  .max(Number.MAX_SAFE_INTEGER, { message: "That amount is too large." });

/**
 * The one rounding rule: to the nearest penny, a half penny going up. Used only where a figure is
 * finished (the end of a line of a calculation, an uprated amount); everything before it is worked
 * unrounded. Every amount rounded here is zero or positive, so "up" is also "away from zero".
 */
export function roundPence(unrounded: number): number {
  // Math.round takes a half towards +∞ and, unlike floor(x + 0.5), is exact just below a half.
  return Math.round(unrounded);
}
