import { describe, expect, it } from "vitest";
import { monthRangeProblem } from "../../../../core/api/reporting-dashboard.js";
import { monthsOfPeriod, quarterChoices } from "./dashboard-periods.js";

describe("reporting.dashboard periods", () => {
  it("counts back twelve whole months, across a new year", () => {
    expect(monthsOfPeriod("last_12_months", "2026-03")).toEqual({ from: "2025-04", to: "2026-03" });
    expect(monthsOfPeriod("last_12_months", "2026-12")).toEqual({ from: "2026-01", to: "2026-12" });
  });

  it("shows this year as far as the month under way, and last year whole", () => {
    expect(monthsOfPeriod("this_year", "2026-03")).toEqual({ from: "2026-01", to: "2026-04" });
    // In January the last whole month is December: this year is January alone.
    expect(monthsOfPeriod("this_year", "2025-12")).toEqual({ from: "2026-01", to: "2026-01" });
    expect(monthsOfPeriod("last_year", "2025-12")).toEqual({ from: "2025-01", to: "2025-12" });
  });

  it("shows a quarter whole, or as far as it has gone", () => {
    expect(monthsOfPeriod("quarter", "2026-04", "2026-Q1")).toEqual({ from: "2026-01", to: "2026-03" });
    expect(monthsOfPeriod("quarter", "2026-04", "2026-Q2")).toEqual({ from: "2026-04", to: "2026-05" });
  });

  it("offers the quarter under way and the twelve before it, newest first", () => {
    const quarters = quarterChoices("2026-03");
    expect(quarters).toHaveLength(13);
    expect(quarters.slice(0, 3)).toEqual(["2026-Q2", "2026-Q1", "2025-Q4"]);
    expect(quarters.at(-1)).toBe("2023-Q2");
  });

  it("never offers a period the server would refuse", () => {
    for (const last of ["2025-12", "2026-01", "2026-06", "2026-11"]) {
      const periods = [
        monthsOfPeriod("last_12_months", last),
        monthsOfPeriod("this_year", last),
        monthsOfPeriod("last_year", last),
        ...quarterChoices(last).map((quarter) => monthsOfPeriod("quarter", last, quarter)),
      ];
      for (const period of periods) expect(monthRangeProblem(period.from, period.to), `${last}: ${JSON.stringify(period)}`).toBeNull();
    }
  });
});
