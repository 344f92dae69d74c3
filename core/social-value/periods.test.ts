import { describe, expect, it } from "vitest";
import { financialYearOfMonth, lastWholeFinancialYear, priceYearOfPeriod } from "./periods.js";

describe("social-value.periods", () => {
  it.each([
    ["2026-03", "2025-26"],
    ["2026-04", "2026-27"],
    ["2026-12", "2026-27"],
    ["2000-01", "1999-00"],
  ])("puts %s in the financial year %s", (month, year) => {
    expect(financialYearOfMonth(month)).toBe(year);
  });

  it.each([
    ["2026-03", { from: "2025-04", to: "2026-03" }],
    ["2026-10", { from: "2025-04", to: "2026-03" }],
    ["2026-02", { from: "2024-04", to: "2025-03" }],
    ["2027-01", { from: "2025-04", to: "2026-03" }],
  ])("finds the last whole financial year once %s has ended", (month, range) => {
    expect(lastWholeFinancialYear(month)).toEqual(range);
  });

  it("prices a period in the financial year it ends in", () => {
    expect(priceYearOfPeriod({ from: "2025-01", to: "2025-06" })).toBe("2025-26");
  });
});
