/**
 * Disclosure control for referral counts that leave staff (a partner's printed summary): a mosque
 * committee must not be able to tell that one named young person was referred. Pure.
 *
 * The rule is the core disclosure engine's single-count rule (core/disclosure/cells.ts) under the
 * default settings: NHS Digital's sub-national disclosure control for HES and ECDS (from September
 * 2018; see shared reference "domain facts" §5): 0 stays 0; 1 to 7 are not shown ("fewer than 8");
 * 8 or more are rounded to the nearest 5; rates are worked out from the rounded figures, and not
 * at all when either figure is hidden. Every count is rounded on its own (totals too), so a hidden
 * count cannot be recovered by taking the others from a total.
 */
import { discloseCount as discloseUnder, disclosedRate as rateOfShown, type DisclosedCount } from "../disclosure/cells.js";
import { defaultDisclosureRules } from "../disclosure/rules.js";

export type { DisclosedCount };

/** The smallest count shown: below it (and above zero) a count is suppressed. */
export const smallestShownCount = defaultDisclosureRules.threshold;

/** A count as it may be shown outside staff. */
export const discloseCount = (count: number): DisclosedCount => discloseUnder(count, defaultDisclosureRules);

/**
 * A proportion (0–1) of two counts as they may be shown: from the rounded figures, and null when
 * either is hidden or the denominator is zero. Whole percentages only: a decimal place needs a
 * denominator of thousands, which a partner's referrals never reach.
 */
export const disclosedRate = (numerator: number, denominator: number): number | null => rateOfShown(discloseCount(numerator), discloseCount(denominator));

/** "fewer than 8", or the shown figure: for text that must say a count in words. */
export function describeDisclosed(count: DisclosedCount, format: (value: number) => string = String): string {
  return count.kind === "suppressed" ? `fewer than ${smallestShownCount}` : format(count.value);
}
