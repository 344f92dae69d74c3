/**
 * Disclosure control for referral counts that leave staff (a partner's printed summary): a mosque
 * committee must not be able to tell that one named young person was referred. Pure.
 *
 * The rule is NHS Digital's sub-national disclosure control for HES and ECDS (from September 2018;
 * see shared reference "domain facts" §5): 0 stays 0; 1 to 7 are not shown ("fewer than 8"); 8 or
 * more are rounded to the nearest 5; rates are worked out from the rounded figures, and not at all
 * when either figure is hidden. Every count is rounded on its own (totals too), so a hidden count
 * cannot be recovered by taking the others from a total.
 */

/** The smallest count shown: below it (and above zero) a count is suppressed. */
export const smallestShownCount = 8;

export type DisclosedCount =
  | { kind: "zero"; value: 0 }
  /** 1 to 7: shown only as "fewer than 8". */
  | { kind: "suppressed"; value: null }
  | { kind: "rounded"; value: number };

/** A count as it may be shown outside staff. */
export function discloseCount(count: number): DisclosedCount {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`A count is a whole number of at least 0, not ${count}.`);
  if (count === 0) return { kind: "zero", value: 0 };
  if (count < smallestShownCount) return { kind: "suppressed", value: null };
  return { kind: "rounded", value: Math.round(count / 5) * 5 };
}

/**
 * A proportion (0–1) of two counts as they may be shown: from the rounded figures, and null when
 * either is hidden or the denominator is zero. Whole percentages only: a decimal place needs a
 * denominator of thousands, which a partner's referrals never reach.
 */
export function disclosedRate(numerator: number, denominator: number): number | null {
  const top = discloseCount(numerator);
  const bottom = discloseCount(denominator);
  if (top.kind === "suppressed" || bottom.kind !== "rounded") return null;
  return top.value / bottom.value;
}

/** "fewer than 8", or the shown figure: for text that must say a count in words. */
export function describeDisclosed(count: DisclosedCount, format: (value: number) => string = String): string {
  return count.kind === "suppressed" ? `fewer than ${smallestShownCount}` : format(count.value);
}
