import { describe, expect, it } from "vitest";
import { lastEndedQuarter, quartersBetween } from "./quarter-choices.js";

describe("quarter choices", () => {
  it("offers the quarters of a span newest first, across a year's end", () => {
    expect(quartersBetween("2025-Q3", "2026-Q2")).toEqual(["2026-Q2", "2026-Q1", "2025-Q4", "2025-Q3"]);
    expect(quartersBetween("2026-Q2", "2026-Q1")).toEqual([]);
  });

  it("offers a quarter only once its last month has ended", () => {
    expect(lastEndedQuarter("2026-09")).toBe("2026-Q3");
    expect(lastEndedQuarter("2026-10")).toBe("2026-Q3");
    expect(lastEndedQuarter("2026-11")).toBe("2026-Q3");
    expect(lastEndedQuarter("2026-02")).toBe("2025-Q4");
  });
});
