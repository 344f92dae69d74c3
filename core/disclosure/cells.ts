/**
 * One count as it may be published, and what a reader can tell from it. Pure.
 *
 * Primary suppression and rounding as in the shared reference "domain facts" §5 (NHS Digital's
 * sub-national rule): 0 stays 0 and is exact; 1 to threshold - 1 is suppressed; anything larger is
 * rounded to the nearest rounding base. Totals are counts like any other and are rounded on their
 * own, not summed from rounded cells. Rates use the rounded figures; a rate or mean resting on a
 * suppressed figure is suppressed too.
 */
import { roundToBase, type DisclosureRules } from "./rules.js";

export type DisclosedCount =
  | { kind: "zero"; value: 0 }
  /** From 1 to threshold - 1 (primary), or hidden so that another cannot be worked out (secondary). */
  | { kind: "suppressed"; value: null }
  | { kind: "rounded"; value: number };

export const suppressedCount: DisclosedCount = Object.freeze({ kind: "suppressed", value: null });

/** Refuses what is not a count: every figure in this folder is a whole number of people or events. */
export function assertCount(count: number): void {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`A count is a whole number of at least 0, not ${count}.`);
}

/** A count as it may be published, before any secondary suppression. */
export function discloseCount(count: number, rules: DisclosureRules): DisclosedCount {
  assertCount(count);
  if (count === 0) return { kind: "zero", value: 0 };
  if (count < rules.threshold) return suppressedCount;
  return { kind: "rounded", value: roundToBase(count, rules.roundingBase) };
}

/** The whole numbers a count could be, for a reader who knows the rules; `high` may be Infinity. */
export interface CountRange {
  readonly low: number;
  readonly high: number;
}

/**
 * What a reader knows of a count from its published form. A zero is exact. A rounded figure v is
 * within the rounding of v (ties go up, so base 10 shows 15 as 20: [v - 5, v + 4]) and is at least
 * the threshold, since smaller counts are never shown. A suppressed count is not zero (zeros are
 * always shown) but may be of any size, because secondary suppression hides large counts too.
 */
export function shownRange(shown: DisclosedCount, rules: DisclosureRules): CountRange {
  if (shown.kind === "zero") return { low: 0, high: 0 };
  if (shown.kind === "suppressed") return { low: 1, high: Number.POSITIVE_INFINITY };
  const base = rules.roundingBase;
  return { low: Math.max(rules.threshold, shown.value - Math.floor(base / 2)), high: shown.value + Math.ceil(base / 2) - 1 };
}

/**
 * A proportion (0–1) from two published counts: worked out from the rounded figures (§5), and
 * null when either is suppressed or there is nothing to divide by.
 */
export function disclosedRate(numerator: DisclosedCount, denominator: DisclosedCount): number | null {
  if (numerator.kind === "suppressed" || denominator.kind !== "rounded") return null;
  return numerator.value / denominator.value;
}

/**
 * A mean over `count` values (a total of days waited, say): null when the number of values is
 * suppressed or zero (§5: "means from 1–7 values shown as *"). `shownCount` is how that number is
 * published, which in a table may be suppressed although large; the mean itself is exact.
 */
export function disclosedMean(sum: number, count: number, shownCount: DisclosedCount): number | null {
  assertCount(count);
  if (shownCount.kind !== "rounded") return null;
  return sum / count;
}
