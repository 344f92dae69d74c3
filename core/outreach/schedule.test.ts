import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../instruments/reassessment.js";
import { londonDay } from "../london-time.js";
import { nextOccurrence, occurrences, scheduleSchema, weekdayOf, type OutreachSchedule } from "./schedule.js";

const fridays: OutreachSchedule = { startsOn: "2026-09-01", endsOn: null, time: "13:00", durationMinutes: 90, recurrence: { kind: "weekly", weekday: 5, everyWeeks: 1 }, skippedDays: [] };
const days = (schedule: OutreachSchedule, from: string, to: string) => occurrences(schedule, from, to).map((occurrence) => occurrence.day);

describe("outreach.schedule", () => {
  it("knows the weekday of a day", () => {
    expect([weekdayOf("2026-11-23"), weekdayOf("2026-11-27"), weekdayOf("2026-11-29")]).toEqual([1, 5, 7]);
  });

  it("makes every Friday in a window, at the same London time across the clock change", () => {
    const found = occurrences(fridays, "2026-10-19", "2026-11-08");
    expect(found.map((occurrence) => occurrence.day)).toEqual(["2026-10-23", "2026-10-30", "2026-11-06"]);
    // 13:00 in London is 12:00 UTC in summer time and 13:00 UTC after the clocks go back on 25 October.
    expect(found.map((occurrence) => occurrence.startsAt.toISOString())).toEqual(["2026-10-23T12:00:00.000Z", "2026-10-30T13:00:00.000Z", "2026-11-06T13:00:00.000Z"]);
    expect(found[0]!.endsAt.toISOString()).toBe("2026-10-23T13:30:00.000Z");
  });

  it("keeps to its first and last day and leaves out skipped days", () => {
    const bounded = { ...fridays, startsOn: "2026-11-05", endsOn: "2026-11-27", skippedDays: ["2026-11-20"] };
    expect(days(bounded, "2026-10-01", "2026-12-31")).toEqual(["2026-11-06", "2026-11-13", "2026-11-27"]);
    expect(days(bounded, "2026-12-01", "2026-12-31")).toEqual([]);
  });

  it("counts every other week from the first occurrence", () => {
    const fortnightly = { ...fridays, startsOn: "2026-11-04", recurrence: { kind: "weekly", weekday: 2, everyWeeks: 2 } } as const;
    expect(days(fortnightly, "2026-11-01", "2026-12-31")).toEqual(["2026-11-10", "2026-11-24", "2026-12-08", "2026-12-22"]);
  });

  it.each([
    [1, ["2026-11-07", "2026-12-05", "2027-01-02"]],
    [2, ["2026-11-14", "2026-12-12", "2027-01-09"]],
    [4, ["2026-11-28", "2026-12-26", "2027-01-23"]],
    [-1, ["2026-11-28", "2026-12-26", "2027-01-30"]],
  ] as const)("makes the %s Saturday of each month", (nth, expected) => {
    const monthly: OutreachSchedule = { ...fridays, recurrence: { kind: "monthly", weekday: 6, nth } };
    expect(days(monthly, "2026-11-01", "2027-01-31")).toEqual(expected);
  });

  it("gives the next occurrence, or none once the schedule has ended", () => {
    expect(nextOccurrence(fridays, "2026-11-24")?.day).toBe("2026-11-27");
    expect(nextOccurrence(fridays, "2026-11-27")?.day).toBe("2026-11-27");
    expect(nextOccurrence({ ...fridays, endsOn: "2026-11-20" }, "2026-11-24")).toBeNull();
  });

  it("refuses a window too long to list, and a schedule that ends before it starts or has a bad time", () => {
    expect(() => occurrences(fridays, "2026-01-01", "2027-12-31")).toThrow(RangeError);
    const problems = scheduleSchema.safeParse({ ...fridays, endsOn: "2026-08-01", time: "25:00" }).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(problems).toEqual(["time: The time must be HH:MM, 24-hour.", "endsOn: The last day cannot be before the first."]);
  });

  it("only ever gives days of its weekday, in order, each on its London day at its time", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 23 }), (offset, weekday, everyWeeks, hour) => {
        const startsOn = addDays("2024-01-01", offset);
        const time = `${String(hour).padStart(2, "0")}:15`;
        const schedule: OutreachSchedule = { ...fridays, startsOn, time, recurrence: { kind: "weekly", weekday: weekday as 1, everyWeeks } };
        const found = occurrences(schedule, startsOn, addDays(startsOn, 120));
        expect(found.length).toBeGreaterThanOrEqual(Math.floor(120 / (7 * everyWeeks)));
        for (const [index, occurrence] of found.entries()) {
          expect(weekdayOf(occurrence.day)).toBe(weekday);
          expect(londonDay(occurrence.startsAt)).toBe(occurrence.day);
          if (index > 0) expect(occurrence.day > found[index - 1]!.day).toBe(true);
        }
      }),
    );
  });
});
