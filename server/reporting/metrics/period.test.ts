import { describe, expect, it } from "vitest";
import { periodOf } from "./period.js";

describe("reporting.metrics periodOf", () => {
  it("starts and ends a summer quarter at London midnight, an hour before UTC midnight", () => {
    expect(periodOf({ from: "2026-04", to: "2026-06" })).toEqual({
      start: "2026-03-31T23:00:00.000Z",
      end: "2026-06-30T23:00:00.000Z",
      firstDay: "2026-04-01",
      dayAfter: "2026-07-01",
      months: ["2026-04", "2026-05", "2026-06"],
    });
  });

  it("ends a winter period at UTC midnight, across the new year", () => {
    expect(periodOf({ from: "2025-11", to: "2026-01" })).toMatchObject({
      start: "2025-11-01T00:00:00.000Z",
      end: "2026-02-01T00:00:00.000Z",
      dayAfter: "2026-02-01",
      months: ["2025-11", "2025-12", "2026-01"],
    });
    expect(periodOf({ from: "2026-12", to: "2026-12" })).toMatchObject({ end: "2027-01-01T00:00:00.000Z", dayAfter: "2027-01-01", months: ["2026-12"] });
  });

  it("runs from the March change to summer time to the October change back", () => {
    const period = periodOf({ from: "2026-03", to: "2026-10" });
    expect(period.start).toBe("2026-03-01T00:00:00.000Z");
    expect(period.end).toBe("2026-11-01T00:00:00.000Z");
    expect(period.months).toHaveLength(8);
  });
});
