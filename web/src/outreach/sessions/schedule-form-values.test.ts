import { describe, expect, it } from "vitest";
import { updateScheduleBodySchema, type OutreachScheduleView } from "../../../../core/api/outreach-sessions.js";
import { scheduleBodyOf, scheduleFieldOf, scheduleFieldsOf, scheduleValues } from "./schedule-form-values.js";

const schedule: OutreachScheduleView = {
  id: "0b6b7c0e-1d2a-4c3b-8e9f-0a1b2c3d4e5f",
  siteId: "1c7c8d1f-2e3b-4d4c-9f0a-1b2c3d4e5f60",
  partner: { id: "2d8d9e20-3f4c-4e5d-8a1b-2c3d4e5f6071", name: "Green Lane Mosque", type: "mosque" },
  sessionType: "parents_session",
  topics: ["grooming"],
  startsOn: "2026-09-01",
  endsOn: null,
  time: "18:00",
  durationMinutes: 90,
  recurrence: { kind: "monthly", weekday: 6, nth: -1 },
  skippedDays: [],
  staff: [{ id: "3e9eaf31-404d-4f6e-9b2c-3d4e5f607182", displayName: "Bilal Ahmed" }],
  nextOccurrence: null,
  version: 3,
  abilities: { edit: true },
};

describe("outreach.scheduleForm", () => {
  it("gives a schedule back unchanged through the form, the last Saturday of the month included", () => {
    const body = { ...scheduleFieldsOf(scheduleValues(schedule, { startsOn: "2026-11-24", staffIds: [] })), version: 3 };
    expect(body).toEqual(scheduleBodyOf(schedule, {}));
    expect(updateScheduleBodySchema.safeParse(body).success).toBe(true);
  });

  it("skips a day and ends a schedule as changes of one field, with the version seen", () => {
    expect(scheduleBodyOf(schedule, { skippedDays: ["2026-11-28"] })).toMatchObject({ skippedDays: ["2026-11-28"], endsOn: null, version: 3 });
    expect(updateScheduleBodySchema.safeParse(scheduleBodyOf(schedule, { skippedDays: ["2026-11-21"] })).success).toBe(false);
    expect(scheduleBodyOf(schedule, { endsOn: "2026-12-31" })).toMatchObject({ endsOn: "2026-12-31" });
  });

  it("shows a problem with the pattern on its box", () => {
    expect(scheduleFieldOf("recurrence.everyWeeks")).toBe("everyWeeks");
    expect(scheduleFieldOf("recurrence.weekday")).toBe("weekday");
    expect(scheduleFieldOf("recurrence")).toBe("weekday");
    expect(scheduleFieldOf("endsOn")).toBe("endsOn");
    expect(scheduleFieldOf("skippedDays.0")).toBeNull();
  });
});
