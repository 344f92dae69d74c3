import { describe, expect, it } from "vitest";
import { lastWholeMonth, monthBefore } from "./months.js";

describe("ndtms.months", () => {
  it.each([
    ["2025-03", "2025-02"],
    ["2025-01", "2024-12"],
    ["2025-10", "2025-09"],
  ])("goes back from %s to %s", (month, before) => {
    expect(monthBefore(month)).toBe(before);
  });

  it("takes the last whole month by the London calendar", () => {
    // 00:30 on 1 June in London is still 31 May in UTC.
    expect(lastWholeMonth(new Date("2025-05-31T23:30:00Z"))).toBe("2025-05");
    expect(lastWholeMonth(new Date("2025-01-15T12:00:00Z"))).toBe("2024-12");
  });
});
