import { describe, expect, it } from "vitest";
import { addCalendarMonths, daysLeft, extendedDueOn, isExtensionNoticeInTime, responseDueOn, urgencyOf } from "./deadline.js";

describe("data-rights deadline", () => {
  it.each([
    // The ICO's own examples: received 3 September, due 3 October; received 31 March, due 30 April.
    ["2026-09-03", "2026-10-03"],
    ["2026-03-31", "2026-04-30"],
    ["2026-01-31", "2026-02-28"],
    ["2028-01-31", "2028-02-29"],
    ["2026-12-15", "2027-01-15"],
    ["2026-01-30", "2026-02-28"],
  ])("one calendar month from %s is %s", (received, due) => {
    expect(addCalendarMonths(received, 1)).toBe(due);
  });

  it("moves a deadline on a weekend to the Monday after", () => {
    // 3 October 2026 is a Saturday.
    expect(responseDueOn("2026-09-03")).toBe("2026-10-05");
  });

  it("moves a deadline on a bank holiday to the next working day", () => {
    // 28 December 2026 is the substitute Boxing Day holiday (Monday); 25 December a Friday.
    const holidays = new Set(["2026-12-25", "2026-12-28"]);
    expect(responseDueOn("2026-11-25", holidays)).toBe("2026-12-29");
    expect(responseDueOn("2026-11-28", holidays)).toBe("2026-12-29");
  });

  it("keeps a deadline that falls on a working day", () => {
    expect(responseDueOn("2026-11-02")).toBe("2026-12-02");
  });

  it("extends by two further months counted from the day received", () => {
    expect(extendedDueOn("2026-11-02")).toBe("2027-02-02");
    // 30 November + 3 months has no 30 February: the 28th, a Sunday, so Monday 1 March.
    expect(extendedDueOn("2026-11-30")).toBe("2027-03-01");
  });

  it("counts days left, negative once passed", () => {
    expect(daysLeft("2026-11-25", "2026-11-25")).toBe(0);
    expect(daysLeft("2026-11-25", "2026-12-02")).toBe(7);
    expect(daysLeft("2026-12-03", "2026-12-02")).toBe(-1);
    // Across the change to summer time, still whole days.
    expect(daysLeft("2026-03-28", "2026-03-30")).toBe(2);
  });

  it("marks overdue, due soon and on track", () => {
    expect(urgencyOf("2026-12-03", "2026-12-02")).toBe("overdue");
    expect(urgencyOf("2026-11-25", "2026-12-02")).toBe("due_soon");
    expect(urgencyOf("2026-11-24", "2026-12-02")).toBe("on_track");
  });

  it("accepts telling the person of an extension only within the first month", () => {
    expect(isExtensionNoticeInTime("2026-11-02", "2026-12-02")).toBe(true);
    expect(isExtensionNoticeInTime("2026-11-02", "2026-12-03")).toBe(false);
    expect(isExtensionNoticeInTime("2026-11-02", "2026-11-01")).toBe(false);
  });
});
