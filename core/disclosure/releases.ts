/**
 * Release differencing: a new release checked against earlier ones, so that subtracting a
 * published count from another cannot reveal a small count. Pure.
 *
 * §5 of the shared reference "domain facts": "Also check overlapping periods and geographies
 * across releases"; issue 9: "a new release that overlaps an earlier one (periods, sites,
 * breakdowns) is checked against it so the difference of two releases cannot reveal a small cell".
 *
 * The key model: a published count is keyed by what it counts. A metric (referrals received,
 * people reached); a period of whole months (no dates finer than the month, issue 9); a set of
 * sites; and breakdown filters (gender = female, pathway = drugs), a dimension left out meaning
 * every value of it. Keys of one metric count nested people when one's months and sites contain
 * the other's and its filters are among the other's: Q1 at two sites contains January at one.
 */
import { z } from "zod";
import { shownRange, type CountRange, type DisclosedCount } from "./cells.js";
import type { DisclosureRules } from "./rules.js";

const yearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "A month is written YYYY-MM." });

export const countKeySchema = z.strictObject({
  metric: z.string().trim().min(1, { message: "Name what is counted." }),
  months: z
    .strictObject({ from: yearMonthSchema, to: yearMonthSchema })
    .refine((months) => months.from <= months.to, { message: "The period cannot end before it begins.", path: ["to"] }),
  sites: z.array(z.string().min(1)).min(1, { message: "Name at least one site." }),
  breakdown: z.record(z.string().min(1), z.string()),
});
export type CountKey = z.infer<typeof countKeySchema>;

export interface ReleasedCount {
  readonly key: CountKey;
  readonly shown: DisclosedCount;
}

export interface Release {
  readonly id: string;
  readonly counts: readonly ReleasedCount[];
}

/** Whether everyone `inner` counts is also counted by `outer` (the same key counts within itself). */
export function countsWithin(inner: CountKey, outer: CountKey): boolean {
  return (
    inner.metric === outer.metric &&
    outer.months.from <= inner.months.from &&
    inner.months.to <= outer.months.to &&
    inner.sites.every((site) => outer.sites.includes(site)) &&
    Object.entries(outer.breakdown).every(([dimension, value]) => inner.breakdown[dimension] === value)
  );
}

export interface DifferencingRisk {
  /** The count in the new release. */
  readonly released: ReleasedCount;
  readonly earlierReleaseId: string;
  readonly earlier: ReleasedCount;
  /** Which of the two counts the larger population: the difference is it minus the other. */
  readonly larger: "released" | "earlier";
  /** What a reader can tell of the difference from the two published figures. */
  readonly difference: CountRange;
}

/** The range of outer - inner for nested populations (so never below 0), from their published figures. */
export function differenceRange(outer: DisclosedCount, inner: DisclosedCount, rules: DisclosureRules): CountRange {
  const outerRange = shownRange(outer, rules);
  const innerRange = shownRange(inner, rules);
  return { low: Math.max(0, outerRange.low - innerRange.high), high: outerRange.high - innerRange.low };
}

/**
 * Whether a difference reveals a small count: it could be one (its range meets 1 to threshold - 1)
 * and a reader can narrow it below the protection width, the standard every suppressed cell of a
 * table is held to. A difference known only to be "between 1 and 9" is as protected as a
 * suppressed cell with that interval; "between 0 and 4" or exactly 3 is not.
 */
export function revealsSmallCount(difference: CountRange, rules: DisclosureRules): boolean {
  const couldBeSmall = difference.low <= rules.threshold - 1 && difference.high >= 1;
  return couldBeSmall && difference.high - difference.low < rules.protectionWidth;
}

/**
 * Pairs of a new count and an earlier one that count nested populations (but not the same one)
 * whose difference reveals a small count: the caller suppresses the new count or refuses the
 * release. Only pairs are checked, against every earlier release.
 */
export function findDifferencingRisks(earlierReleases: readonly Release[], release: Release, rules: DisclosureRules): DifferencingRisk[] {
  const risks: DifferencingRisk[] = [];
  for (const released of release.counts) {
    for (const earlierRelease of earlierReleases) {
      for (const earlier of earlierRelease.counts) {
        const isReleasedLarger = countsWithin(earlier.key, released.key);
        const isEarlierLarger = countsWithin(released.key, earlier.key);
        // The same people counted twice: their difference is 0, not a small count.
        if (isReleasedLarger === isEarlierLarger) continue;
        const difference = isReleasedLarger ? differenceRange(released.shown, earlier.shown, rules) : differenceRange(earlier.shown, released.shown, rules);
        if (revealsSmallCount(difference, rules)) risks.push({ released, earlierReleaseId: earlierRelease.id, earlier, larger: isReleasedLarger ? "released" : "earlier", difference });
      }
    }
  }
  return risks;
}
