import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discloseCount, disclosureSettingsSchema, parseDisclosureRules, shownRange, type DisclosureRules } from "../disclosure/index.js";
import {
  commissionerKpiProgress,
  isQuarterKey,
  kpiDirections,
  kpiProgress,
  measureFitsMetric,
  monthsOfQuarter,
  nextQuarter,
  periodMonthsOfQuarter,
  quarterMonths,
  quarterOf,
  quartersOfPeriod,
  ragStatus,
  targetProblem,
  type KpiDirection,
  type KpiMeasurement,
} from "./kpi.js";

const rules = parseDisclosureRules({});
const anyRules = fc
  .record({ threshold: fc.integer({ min: 5, max: 20 }), roundingBase: fc.integer({ min: 1, max: 10 }) })
  .filter((settings) => disclosureSettingsSchema.safeParse(settings).success)
  .map((settings) => parseDisclosureRules(settings));
const anyDirection = fc.constantFrom<KpiDirection>(...kpiDirections);
const count = (value: number): KpiMeasurement => ({ measure: "count", count: value });
const share = (part: number, whole: number): KpiMeasurement => ({ measure: "share", part, whole });
const median = (waits: number, days: number | null): KpiMeasurement => ({ measure: "median_days", waits, days });

describe("reporting.kpi quarters", () => {
  it("keys calendar quarters YYYY-Qn and finds a month's or a day's quarter", () => {
    expect(quarterOf("2026-01")).toBe("2026-Q1");
    expect(quarterOf("2026-03-31")).toBe("2026-Q1");
    expect(quarterOf("2026-04-01")).toBe("2026-Q2");
    expect(quarterOf("2026-12")).toBe("2026-Q4");
    expect(() => quarterOf("2026-13")).toThrow(RangeError);
    expect(isQuarterKey("2026-Q4")).toBe(true);
    expect(isQuarterKey("2026-Q5")).toBe(false);
    expect(isQuarterKey("2026Q1")).toBe(false);
  });

  it("gives a quarter's months and the quarter after it", () => {
    expect(monthsOfQuarter("2026-Q2")).toEqual(["2026-04", "2026-05", "2026-06"]);
    expect(quarterMonths("2026-Q4")).toEqual({ from: "2026-10", to: "2026-12" });
    expect(nextQuarter("2026-Q3")).toBe("2026-Q4");
    expect(nextQuarter("2026-Q4")).toBe("2027-Q1");
  });

  it("lists the quarters a contract's period touches, in order, a part quarter at each end included", () => {
    expect(quartersOfPeriod("2026-02-15", "2026-06-30")).toEqual(["2026-Q1", "2026-Q2"]);
    expect(quartersOfPeriod("2025-04-01", "2026-03-31")).toEqual(["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"]);
    expect(quartersOfPeriod("2026-05-01", "2026-05-01")).toEqual(["2026-Q2"]);
    expect(quartersOfPeriod("2026-05-02", "2026-05-01")).toEqual([]);
  });

  it("counts the whole months of a quarter a period touches, and nothing for a quarter outside it", () => {
    const contract = { startsOn: "2026-02-15", endsOn: "2026-05-10" };
    expect(periodMonthsOfQuarter(contract, "2026-Q1")).toEqual({ from: "2026-02", to: "2026-03" });
    expect(periodMonthsOfQuarter(contract, "2026-Q2")).toEqual({ from: "2026-04", to: "2026-05" });
    expect(periodMonthsOfQuarter(contract, "2026-Q3")).toBeNull();
  });

  it("puts every month of every quarter of a period back in that quarter, each month once", () => {
    const day = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [startsOn, endsOn] = a <= b ? [a, b] : [b, a];
        const quarters = quartersOfPeriod(startsOn, endsOn);
        expect(quarters[0]).toBe(quarterOf(startsOn));
        expect(quarters.at(-1)).toBe(quarterOf(endsOn));
        const months = quarters.flatMap((quarter) => monthsOfQuarter(quarter));
        expect(new Set(months).size).toBe(months.length);
        for (const quarter of quarters) for (const month of monthsOfQuarter(quarter)) expect(quarterOf(month)).toBe(quarter);
      }),
    );
  });
});

describe("reporting.kpi measures and targets", () => {
  it("measures count metrics by count or share and waiting times by median or 90th percentile", () => {
    expect(measureFitsMetric("count", "count")).toBe(true);
    expect(measureFitsMetric("share", "count")).toBe(true);
    expect(measureFitsMetric("median_days", "count")).toBe(false);
    expect(measureFitsMetric("p90_days", "duration")).toBe(true);
    expect(measureFitsMetric("count", "duration")).toBe(false);
  });

  it("accepts whole counts, percentages and days as targets, and says what is wrong with anything else", () => {
    expect(targetProblem("count", 50)).toBeNull();
    expect(targetProblem("count", 0)).toBeNull();
    expect(targetProblem("count", 2.5)).toMatch(/whole number/);
    expect(targetProblem("count", -1)).toMatch(/at least 0/);
    expect(targetProblem("share", 60)).toBeNull();
    expect(targetProblem("share", 100.5)).toMatch(/at most 100/);
    expect(targetProblem("median_days", 10.5)).toBeNull();
    expect(targetProblem("p90_days", 4000)).toMatch(/3650/);
    expect(targetProblem("count", Number.NaN)).not.toBeNull();
  });
});

describe("reporting.kpi progress for staff", () => {
  it.each([
    ["at_least", 50, 50, "green"],
    ["at_least", 60, 50, "green"],
    ["at_least", 49, 50, "amber"],
    ["at_least", 45, 50, "amber"],
    ["at_least", 44, 50, "red"],
    ["at_least", 0, 0, "green"],
    ["at_most", 10, 10, "green"],
    ["at_most", 11, 10, "amber"],
    ["at_most", 11.5, 10, "red"],
    ["at_most", 0, 0, "green"],
    ["at_most", 1, 0, "red"],
  ] as const)("%s a target: %d against %d is %s", (direction, value, target, status) => {
    expect(ragStatus(value, target, direction)).toBe(status);
  });

  it("measures a count, a share as a percentage and a median in days from the true figures", () => {
    expect(kpiProgress("at_least", count(47), 50)).toEqual({ value: 47, target: 50, status: "amber" });
    expect(kpiProgress("at_least", share(3, 4), 60)).toEqual({ value: 75, target: 60, status: "green" });
    expect(kpiProgress("at_most", median(12, 9.5), 10)).toEqual({ value: 9.5, target: 10, status: "green" });
  });

  it("says when there is no target for the quarter, and when there is nothing to measure", () => {
    expect(kpiProgress("at_least", count(12), null)).toEqual({ value: 12, target: null, status: "no_target" });
    expect(kpiProgress("at_least", share(0, 0), 60).status).toBe("no_data");
    expect(kpiProgress("at_most", median(0, null), 10).status).toBe("no_data");
  });

  it("never moves to a worse band as the value improves", () => {
    const rank = { red: 0, amber: 1, green: 2 };
    fc.assert(
      fc.property(anyDirection, fc.nat({ max: 1000 }), fc.nat({ max: 1000 }), fc.nat({ max: 1000 }), (direction, target, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const better = direction === "at_least" ? [low, high] : [high, low];
        expect(rank[ragStatus(better[0]!, target, direction)]).toBeLessThanOrEqual(rank[ragStatus(better[1]!, target, direction)]);
      }),
    );
  });
});

describe("reporting.kpi progress for a commissioner", () => {
  it("shows a count through the disclosure engine: zero exactly, small counts suppressed, others rounded, with the band of the figure shown", () => {
    expect(commissionerKpiProgress("at_least", count(0), 50, rules)).toEqual({ shown: { kind: "value", value: 0 }, target: 50, status: "red" });
    expect(commissionerKpiProgress("at_least", count(52), 50, rules)).toEqual({ shown: { kind: "value", value: 50 }, target: 50, status: "green" });
    // The true 44 is red; the published 45 is amber, and the band follows what was published.
    expect(kpiProgress("at_least", count(44), 50).status).toBe("red");
    expect(commissionerKpiProgress("at_least", count(44), 50, rules)).toEqual({ shown: { kind: "value", value: 45 }, target: 50, status: "amber" });
  });

  it("gives the band of a suppressed count when every count it could stand for is in that band", () => {
    expect(commissionerKpiProgress("at_least", count(3), 50, rules)).toEqual({ shown: { kind: "suppressed" }, target: 50, status: "red" });
    expect(commissionerKpiProgress("at_most", count(3), 20, rules)).toEqual({ shown: { kind: "suppressed" }, target: 20, status: "green" });
  });

  it("does not show the band of a suppressed count when it would narrow the count down", () => {
    // Target 5, threshold 8: 1–4 red, 5–7 green; either band says more than "suppressed".
    expect(commissionerKpiProgress("at_least", count(4), 5, rules)).toEqual({ shown: { kind: "suppressed" }, target: 5, status: "not_shown" });
    expect(commissionerKpiProgress("at_least", count(6), 5, rules).status).toBe("not_shown");
  });

  it("works a share out from the published counts only, as a whole percentage below a published whole of 4,000", () => {
    // 33 of 52 is 63.5%; published as 35 of 50, which is 70%.
    expect(commissionerKpiProgress("at_least", share(33, 52), 60, rules)).toEqual({ shown: { kind: "value", value: 70 }, target: 60, status: "green" });
    // 1,333 of 4,001 is published as 1,335 of 4,000: 33.375%, shown to one place.
    expect(commissionerKpiProgress("at_least", share(1333, 4001), 30, rules)).toEqual({ shown: { kind: "value", value: 33.4 }, target: 30, status: "green" });
    expect(commissionerKpiProgress("at_least", share(0, 40), 60, rules)).toEqual({ shown: { kind: "value", value: 0 }, target: 60, status: "red" });
    expect(commissionerKpiProgress("at_least", share(0, 0), 60, rules)).toEqual({ shown: { kind: "none" }, target: 60, status: "no_data" });
  });

  it("suppresses a share resting on a suppressed count, giving its band only when no possible share changes it", () => {
    // 3 of about 100 is 1%–7%: red against 60% whatever the hidden count is.
    expect(commissionerKpiProgress("at_least", share(3, 100), 60, rules)).toEqual({ shown: { kind: "suppressed" }, target: 60, status: "red" });
    // 3 of 5: the share could be anything; no band.
    expect(commissionerKpiProgress("at_least", share(3, 5), 60, rules)).toEqual({ shown: { kind: "suppressed" }, target: 60, status: "not_shown" });
  });

  it("shows a median only from at least the threshold's number of waits, and never the band of a median of a few", () => {
    expect(commissionerKpiProgress("at_most", median(12, 9.46), 10, rules)).toEqual({ shown: { kind: "value", value: 9.5 }, target: 10, status: "green" });
    expect(commissionerKpiProgress("at_most", median(7, 30), 10, rules)).toEqual({ shown: { kind: "suppressed" }, target: 10, status: "not_shown" });
    expect(commissionerKpiProgress("at_most", median(0, null), 10, rules)).toEqual({ shown: { kind: "none" }, target: 10, status: "no_data" });
  });

  it("says there is no target without saying anything about a suppressed figure", () => {
    expect(commissionerKpiProgress("at_least", count(3), null, rules)).toEqual({ shown: { kind: "suppressed" }, target: null, status: "no_target" });
  });

  it("never shows a count from 1 to threshold - 1, nor a share or median resting on one", () => {
    fc.assert(
      fc.property(anyRules, anyDirection, fc.nat({ max: 500 }), fc.nat({ max: 500 }), fc.option(fc.nat({ max: 200 })), (chosen, direction, a, b, target) => {
        const shown = commissionerKpiProgress(direction, count(a), target, chosen).shown;
        if (shown.kind === "value") expect(shown.value === 0 || shown.value >= chosen.threshold).toBe(true);
        const [part, whole] = a <= b ? [a, b] : [b, a];
        const shareShown = commissionerKpiProgress(direction, share(part, whole), target, chosen).shown;
        if (part > 0 && part < chosen.threshold) expect(shareShown.kind).toBe("suppressed");
        const medianShown = commissionerKpiProgress(direction, median(a, a === 0 ? null : 5), target, chosen).shown;
        if (a > 0 && a < chosen.threshold) expect(medianShown.kind).toBe("suppressed");
      }),
    );
  });

  it("tells a commissioner nothing the published figures do not: two true values published alike give the same progress", () => {
    /** Another count published exactly as `value` is (`pick` in 0–1 chooses which). */
    const publishedAlike = (value: number, chosen: DisclosureRules, pick: number): number => {
      const shown = discloseCount(value, chosen);
      if (shown.kind === "zero") return 0;
      const [low, high] = shown.kind === "suppressed" ? [1, chosen.threshold - 1] : [shownRange(shown, chosen).low, shownRange(shown, chosen).high];
      return low + Math.floor(pick * (high - low + 1));
    };
    const pick = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
    const setting = fc.tuple(anyRules, anyDirection, fc.option(fc.nat({ max: 120 })));
    fc.assert(
      fc.property(setting, fc.nat({ max: 300 }), pick, ([chosen, direction, target], value, which) => {
        const other = publishedAlike(value, chosen, which);
        expect(commissionerKpiProgress(direction, count(other), target, chosen)).toEqual(commissionerKpiProgress(direction, count(value), target, chosen));
      }),
    );
    fc.assert(
      fc.property(setting, fc.nat({ max: 300 }), fc.nat({ max: 300 }), pick, pick, ([chosen, direction, target], a, b, first, second) => {
        const [part, whole] = a <= b ? [a, b] : [b, a];
        const otherWhole = publishedAlike(whole, chosen, first);
        const otherPart = Math.min(publishedAlike(part, chosen, second), otherWhole);
        fc.pre(discloseCount(otherPart, chosen).kind === discloseCount(part, chosen).kind && discloseCount(otherPart, chosen).value === discloseCount(part, chosen).value);
        expect(commissionerKpiProgress(direction, share(otherPart, otherWhole), target, chosen)).toEqual(commissionerKpiProgress(direction, share(part, whole), target, chosen));
      }),
    );
    fc.assert(
      fc.property(setting, fc.nat({ max: 40 }), pick, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), ([chosen, direction, target], waits, which, days, otherDays) => {
        const otherWaits = publishedAlike(waits, chosen, which);
        // The days are published with the waits only when the waits are; otherwise they may be anything.
        const hidden = discloseCount(waits, chosen).kind !== "rounded";
        const first = median(waits, waits === 0 ? null : days);
        const second = median(otherWaits, otherWaits === 0 ? null : hidden ? otherDays : days);
        expect(commissionerKpiProgress(direction, second, target, chosen)).toEqual(commissionerKpiProgress(direction, first, target, chosen));
      }),
    );
  });

  it("gives a suppressed count's band only when the true band is the same for every count from 1 to threshold - 1", () => {
    fc.assert(
      fc.property(anyRules, anyDirection, fc.nat({ max: 40 }), fc.integer({ min: 1, max: 19 }), (chosen, direction, target, value) => {
        fc.pre(value < chosen.threshold);
        const { status } = commissionerKpiProgress(direction, count(value), target, chosen);
        const bands = new Set(Array.from({ length: chosen.threshold - 1 }, (_, index) => ragStatus(index + 1, target, direction)));
        if (status === "not_shown") expect(bands.size).toBeGreaterThan(1);
        else expect([...bands]).toEqual([status]);
      }),
    );
  });
});
