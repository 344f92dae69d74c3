import { describe, expect, it } from "vitest";
import { summariseSpend } from "./spend-summary.js";

describe("funding.spend summary", () => {
  it("adds up by category and by month, with every category and month present, and ignores months outside", () => {
    const summary = summariseSpend(
      [
        { month: "2026-04", category: "staff", pence: 1_000_000 },
        { month: "2026-04", category: "resources", pence: 30_000 },
        { month: "2026-06", category: "staff", pence: 1_050_000 },
        { month: "2026-07", category: "staff", pence: 999 },
      ],
      { from: "2026-04", to: "2026-06" },
    );
    expect(summary.totalPence).toBe(2_080_000);
    expect(summary.byMonth).toEqual([
      { month: "2026-04", totalPence: 1_030_000 },
      { month: "2026-05", totalPence: 0 },
      { month: "2026-06", totalPence: 1_050_000 },
    ]);
    expect(summary.byCategory).toEqual([
      { category: "staff", totalPence: 2_050_000 },
      { category: "rent_running_costs", totalPence: 0 },
      { category: "resources", totalPence: 30_000 },
      { category: "outreach_sessions", totalPence: 0 },
      { category: "mentoring", totalPence: 0 },
      { category: "training", totalPence: 0 },
      { category: "other", totalPence: 0 },
    ]);
  });
});
