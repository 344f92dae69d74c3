import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discloseCount, shownRange, suppressedCount, type DisclosedCount } from "./cells.js";
import { countKeySchema, countsWithin, findDifferencingRisks, type CountKey, type Release } from "./releases.js";
import { defaultDisclosureRules, parseDisclosureRules, type DisclosureRules } from "./rules.js";

const unrounded = parseDisclosureRules({ roundingBase: 1 });
const key = (from: string, to: string, sites: string[] = ["birmingham"], breakdown: Record<string, string> = {}, metric = "referrals"): CountKey => ({
  metric,
  months: { from, to },
  sites,
  breakdown,
});
const release = (id: string, ...counts: [CountKey, DisclosedCount][]): Release => ({ id, counts: counts.map(([countKey, shown]) => ({ key: countKey, shown })) });
const rounded = (value: number) => ({ kind: "rounded", value }) as const;
const problems = (value: unknown) => countKeySchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("disclosure.releases", () => {
  it("knows when one key counts people another also counts: a shorter period, fewer sites, more filters", () => {
    const quarter = key("2026-01", "2026-03", ["birmingham", "coventry"]);
    expect(countsWithin(key("2026-01", "2026-02", ["birmingham", "coventry"]), quarter)).toBe(true);
    expect(countsWithin(key("2026-01", "2026-03", ["coventry"]), quarter)).toBe(true);
    expect(countsWithin(key("2026-02", "2026-02", ["birmingham"], { gender: "female" }), quarter)).toBe(true);
    expect(countsWithin(quarter, quarter)).toBe(true);
    expect(countsWithin(quarter, key("2026-01", "2026-02", ["birmingham", "coventry"]))).toBe(false);
    expect(countsWithin(key("2026-02", "2026-04", ["birmingham"]), quarter)).toBe(false);
    expect(countsWithin(key("2026-01", "2026-03", ["birmingham", "leicester"]), quarter)).toBe(false);
    expect(countsWithin(key("2026-01", "2026-01", ["birmingham"], {}, "people reached"), quarter)).toBe(false);
    expect(countsWithin(key("2026-01", "2026-01", ["birmingham"]), key("2026-01", "2026-03", ["birmingham"], { gender: "female" }))).toBe(false);
    expect(countsWithin(key("2026-01", "2026-01", ["birmingham"], { gender: "male" }), key("2026-01", "2026-03", ["birmingham"], { gender: "female" }))).toBe(false);
  });

  it("refuses a key that is not a period of whole months, sites and filters, naming the field", () => {
    expect(problems(key("2026-01", "2026-03"))).toEqual([]);
    expect(problems(key("2026-01-15", "2026-03"))).toEqual(["months.from: A month is written YYYY-MM."]);
    expect(problems(key("2026-04", "2026-03"))).toEqual(["months.to: The period cannot end before it begins."]);
    expect(problems(key("2026-01", "2026-13"))).toEqual(["months.to: A month is written YYYY-MM."]);
    expect(problems(key("2026-01", "2026-03", []))).toEqual(["sites: Name at least one site."]);
    expect(problems({ ...key("2026-01", "2026-03"), metric: " " })).toEqual(["metric: Name what is counted."]);
  });

  it("flags January to March against January and February when both show 10: March is between 0 and 4", () => {
    const earlier = release("2026-02 return", [key("2026-01", "2026-02"), rounded(10)]);
    const next = release("Q1 return", [key("2026-01", "2026-03"), rounded(10)]);
    const risks = findDifferencingRisks([earlier], next, defaultDisclosureRules);
    expect(risks).toEqual([{ released: next.counts[0], earlierReleaseId: "2026-02 return", earlier: earlier.counts[0], larger: "released", difference: { low: 0, high: 4 } }]);
  });

  it("flags an exact small difference when figures are not rounded, whichever release is the larger", () => {
    const quarter = release("Q1", [key("2026-01", "2026-03"), rounded(23)]);
    const twoMonths = release("Jan–Feb", [key("2026-01", "2026-02"), rounded(20)]);
    expect(findDifferencingRisks([twoMonths], quarter, unrounded).map((risk) => [risk.larger, risk.difference])).toEqual([["released", { low: 3, high: 3 }]]);
    expect(findDifferencingRisks([quarter], twoMonths, unrounded).map((risk) => [risk.larger, risk.difference])).toEqual([["earlier", { low: 3, high: 3 }]]);
  });

  it("flags a site or a group within a wider count: both sites against one, everyone against women", () => {
    const earlier = release("earlier", [key("2026-01", "2026-03", ["birmingham"]), rounded(40)], [key("2026-01", "2026-03", ["birmingham"], { gender: "female" }), rounded(50)]);
    const next = release("next", [key("2026-01", "2026-03", ["birmingham", "coventry"]), rounded(40)], [key("2026-01", "2026-03", ["birmingham"]), rounded(50)]);
    const risks = findDifferencingRisks([earlier], next, defaultDisclosureRules);
    expect(risks.map((risk) => [risk.released.key.sites.length, risk.earlier.key.breakdown, risk.difference])).toEqual([
      [2, {}, { low: 0, high: 4 }],
      [1, { gender: "female" }, { low: 0, high: 4 }],
    ]);
  });

  it("does not flag what a reader cannot narrow below the protection width, as for a suppressed cell of a table", () => {
    const earlier = release("Jan–Feb", [key("2026-01", "2026-02"), rounded(95)]);
    // 98 to 102 less 93 to 97: March is 1 to 9, as wide as a suppressed cell must be.
    expect(findDifferencingRisks([earlier], release("Q1", [key("2026-01", "2026-03"), rounded(100)]), defaultDisclosureRules)).toEqual([]);
    // A suppressed January says only that it is not zero: February is 0 to 11.
    expect(findDifferencingRisks([release("Jan", [key("2026-01", "2026-01"), suppressedCount])], release("Jan–Feb", [key("2026-01", "2026-02"), rounded(10)]), defaultDisclosureRules)).toEqual([]);
    // A suppressed larger count bounds nothing.
    expect(findDifferencingRisks([earlier], release("Q1", [key("2026-01", "2026-03"), suppressedCount]), defaultDisclosureRules)).toEqual([]);
  });

  it("does not flag the same count again, counts that only overlap, or a difference known to be zero", () => {
    const earlier = release("earlier", [key("2026-01", "2026-03"), rounded(10)], [key("2026-02", "2026-04"), rounded(10)], [key("2026-01", "2026-01"), { kind: "zero", value: 0 }]);
    expect(findDifferencingRisks([earlier], release("next", [key("2026-01", "2026-03"), rounded(10)]), defaultDisclosureRules)).toEqual([]);
    expect(findDifferencingRisks([earlier], release("next", [key("2026-03", "2026-05"), rounded(10)]), defaultDisclosureRules)).toEqual([]);
    expect(findDifferencingRisks([earlier], release("next", [key("2025-12", "2026-01"), { kind: "zero", value: 0 }]), defaultDisclosureRules)).toEqual([]);
  });

  it("never lets two releases of nested counts yield a small difference undetected (random people, keys and releases)", () => {
    const months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];
    const sites = ["birmingham", "coventry", "leicester"];
    const genders = ["female", "male"];
    // How many people each month, site and gender: mostly few, so differences are often small.
    const people = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 12 })), { minLength: 36, maxLength: 36 });
    const countKey = fc
      .record({
        from: fc.nat({ max: 5 }),
        length: fc.nat({ max: 5 }),
        sites: fc.subarray(sites, { minLength: 1 }),
        gender: fc.option(fc.constantFrom(...genders), { nil: undefined }),
      })
      .map(({ from, length, sites: chosen, gender }) => key(months[from]!, months[Math.min(5, from + length)]!, chosen, gender === undefined ? {} : { gender }));
    const anyRules = fc.constantFrom<DisclosureRules>(defaultDisclosureRules, unrounded, parseDisclosureRules({ threshold: 10, roundingBase: 10 }));
    let flagged = 0;
    fc.assert(
      fc.property(people, fc.array(countKey, { minLength: 1, maxLength: 6 }), fc.array(countKey, { minLength: 1, maxLength: 6 }), anyRules, (counts, earlierKeys, nextKeys, rules) => {
        const truth = (countKey: CountKey) => {
          let total = 0;
          months.forEach((month, m) =>
            sites.forEach((site, s) =>
              genders.forEach((gender, g) => {
                const isCounted = countKey.months.from <= month && month <= countKey.months.to && countKey.sites.includes(site) && (countKey.breakdown.gender ?? gender) === gender;
                if (isCounted) total += counts[m * 6 + s * 2 + g]!;
              }),
            ),
          );
          return total;
        };
        const publish = (id: string, keys: CountKey[]): Release => ({ id, counts: keys.map((countKey) => ({ key: countKey, shown: discloseCount(truth(countKey), rules) })) });
        const earlier = publish("earlier", earlierKeys);
        const next = publish("next", nextKeys);
        const risks = findDifferencingRisks([earlier], next, rules);
        flagged += risks.length;
        for (const released of next.counts) {
          for (const previous of earlier.counts) {
            const [outer, inner] = countsWithin(previous.key, released.key) ? [released, previous] : [previous, released];
            if (!countsWithin(inner.key, outer.key) || countsWithin(outer.key, inner.key)) continue;
            const possible = possibleDifferences(outer.shown, inner.shown, rules);
            const difference = truth(outer.key) - truth(inner.key);
            const isFlagged = risks.some((risk) => risk.released === released && risk.earlier === previous);
            const isSmall = difference >= 1 && difference < rules.threshold;
            // A small difference a reader can narrow below the protection width is always flagged.
            if (isSmall && possible.high - possible.low < rules.protectionWidth && !isFlagged) return false;
            const risk = risks.find((found) => found.released === released && found.earlier === previous);
            if (risk && (risk.difference.low !== possible.low || risk.difference.high !== possible.high || difference < risk.difference.low || difference > risk.difference.high)) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
    // The property is not vacuous: risks do turn up.
    expect(flagged).toBeGreaterThan(0);
  });
});

/** Every difference outer - inner the two figures allow, by trying each pair of counts (inner ≤ outer). */
function possibleDifferences(outer: DisclosedCount, inner: DisclosedCount, rules: DisclosureRules): { low: number; high: number } {
  const outerRange = shownRange(outer, rules);
  const innerRange = shownRange(inner, rules);
  if (!Number.isFinite(outerRange.high)) return { low: 0, high: Number.POSITIVE_INFINITY };
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let outerCount = outerRange.low; outerCount <= outerRange.high; outerCount += 1) {
    for (let innerCount = innerRange.low; innerCount <= Math.min(innerRange.high, outerCount); innerCount += 1) {
      low = Math.min(low, outerCount - innerCount);
      high = Math.max(high, outerCount - innerCount);
    }
  }
  return { low, high };
}
