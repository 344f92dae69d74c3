import { describe, expect, it } from "vitest";
import { lastTwelveMonths, monthStartBefore, monthsOf, quarter } from "./dashboard-period.js";

describe("outreach.dashboard periods", () => {
  it.each([
    ["2026-05-14", 11, "2025-06-01"],
    ["2026-01-31", 1, "2025-12-01"],
    ["2026-12-01", 12, "2025-12-01"],
    ["2026-03-15", 0, "2026-03-01"],
    ["2026-11-15", -2, "2027-01-01"],
  ])("puts the month %i months before %s at %s", (day, months, start) => {
    expect(monthStartBefore(day, months)).toBe(start);
  });

  it("covers the last 12 months as twelve months, this one last", () => {
    const period = lastTwelveMonths("2026-05-14");
    expect(period).toEqual({ from: "2025-06-01", to: "2026-05-14" });
    expect(monthsOf(period)).toEqual(["2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]);
  });

  it.each([
    ["2026-05-14", 0, { from: "2026-04-01", to: "2026-05-14" }],
    ["2026-05-14", 1, { from: "2026-01-01", to: "2026-03-31" }],
    ["2026-02-10", 1, { from: "2025-10-01", to: "2025-12-31" }],
    ["2026-08-01", 1, { from: "2026-04-01", to: "2026-06-30" }],
    ["2024-04-02", 1, { from: "2024-01-01", to: "2024-03-31" }],
    ["2026-01-01", 0, { from: "2026-01-01", to: "2026-01-01" }],
  ])("on %s, %i quarters back is %o", (today, back, period) => {
    expect(quarter(today, back)).toEqual(period);
  });

  it("lists the months a period touches, partly or wholly", () => {
    expect(monthsOf({ from: "2025-11-20", to: "2026-02-03" })).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsOf({ from: "2026-02-03", to: "2026-02-03" })).toEqual(["2026-02"]);
  });
});
