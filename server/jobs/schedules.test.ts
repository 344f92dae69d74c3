/** Slot arithmetic that every instance must agree on without talking to the others. */
import { describe, expect, it } from "vitest";
import { assertValidSchedule, slotDedupeKey, slotStart } from "./schedules.js";

describe("jobs.schedules", () => {
  it.each([
    [60, "2031-05-01T12:00:00.000Z", "2031-05-01T12:00:00.000Z"],
    [60, "2031-05-01T12:00:59.999Z", "2031-05-01T12:00:00.000Z"],
    [300, "2031-05-01T12:07:30.000Z", "2031-05-01T12:05:00.000Z"],
    [3600, "2031-05-01T12:59:59.000Z", "2031-05-01T12:00:00.000Z"],
    [86_400, "2031-05-01T23:00:00.000Z", "2031-05-01T00:00:00.000Z"],
  ])("puts every moment of a %i-second interval in the same epoch-aligned slot (%s → %s)", (everySeconds, now, slot) => {
    expect(slotStart({ name: "x", everySeconds }, new Date(now)).toISOString()).toBe(slot);
  });

  it("names a slot by its job and start, so every instance builds the same dedupe key", () => {
    const schedule = { name: "sessions.purge-expired", everySeconds: 300 };
    const slot = slotStart(schedule, new Date("2031-05-01T12:07:30Z"));
    expect(slotDedupeKey(schedule, slot)).toBe("sessions.purge-expired@2031-05-01T12:05:00.000Z");
  });

  it.each([0, -60, 1.5, Number.NaN])("refuses an interval of %s seconds", (everySeconds) => {
    expect(() => {
      assertValidSchedule({ name: "x", everySeconds });
    }).toThrow(/everySeconds/);
  });
});
