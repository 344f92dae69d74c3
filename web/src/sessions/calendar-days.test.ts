import { describe, expect, it } from "vitest";
import { endOf, groupByDay, shiftDay } from "./calendar-days.js";

const at = (day: number, hour: number) => new Date(2025, 2, day, hour).toISOString();

describe("sessions.calendar days", () => {
  it("moves a day forwards and back across months", () => {
    expect(shiftDay("2025-03-28", 7)).toBe("2025-04-04");
    expect(shiftDay("2025-03-03", -7)).toBe("2025-02-24");
  });

  it("groups sessions by the day they happen, days in order and times in order", () => {
    const entries = [{ id: "c", startsAt: at(15, 9) }, { id: "b", startsAt: at(14, 16) }, { id: "a", startsAt: at(14, 9) }];
    expect(groupByDay(entries).map((group) => [group.day, group.items.map((entry) => entry.id)])).toEqual([
      ["2025-03-14", ["a", "b"]],
      ["2025-03-15", ["c"]],
    ]);
  });

  it("ends a session its length after it starts", () => {
    expect(endOf({ startsAt: "2025-03-14T10:00:00.000Z", durationMinutes: 90 })).toBe("2025-03-14T11:30:00.000Z");
  });
});
