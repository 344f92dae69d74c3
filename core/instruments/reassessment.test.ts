import { describe, expect, it } from "vitest";
import { addDays, defaultInstrumentSettings, reassessmentDue } from "./reassessment.js";

const topSchedule = { atStart: true, everyWeeks: 12, atExit: true };
const due = (overrides: Partial<Parameters<typeof reassessmentDue>[0]>) =>
  reassessmentDue({ schedule: topSchedule, caseState: "active", caseOpenedOn: "2026-01-05", givenOn: [], today: "2026-01-10", ...overrides });

describe("instruments.reassessment", () => {
  it("counts calendar days across month and year ends", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-25", 14)).toBe("2027-01-08");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("asks for the first one within two weeks of the case opening, overdue after", () => {
    expect(due({ today: "2026-01-19" })).toEqual({ reason: "start", dueOn: "2026-01-19", isOverdue: false });
    expect(due({ today: "2026-01-20" })).toEqual({ reason: "start", dueOn: "2026-01-19", isOverdue: true });
  });

  it("asks again twelve weeks after the latest, from a week before", () => {
    const givenOn = ["2026-01-12", "2026-02-02"];
    expect(due({ givenOn, today: "2026-04-19" })).toBeNull();
    expect(due({ givenOn, today: "2026-04-20" })).toEqual({ reason: "interval", dueOn: "2026-04-27", isOverdue: false });
    expect(due({ givenOn, today: "2026-04-28" })).toEqual({ reason: "interval", dueOn: "2026-04-27", isOverdue: true });
  });

  it("asks for the exit one when the case is in review and it was not given in the last two weeks", () => {
    expect(due({ caseState: "review", givenOn: ["2026-03-01"], today: "2026-03-10" })).toBeNull();
    expect(due({ caseState: "review", givenOn: ["2026-03-01"], today: "2026-03-16" })).toEqual({ reason: "exit", dueOn: "2026-03-16", isOverdue: false });
  });

  it("asks nothing on a closed case, or for an instrument with no schedule", () => {
    expect(due({ caseState: "closed" })).toBeNull();
    expect(due({ schedule: { atStart: false, everyWeeks: null, atExit: false }, givenOn: ["2025-01-01"], today: "2026-06-01" })).toBeNull();
  });

  it("has a manager approve vulnerability assessments by default, and schedules the TOP", () => {
    expect(defaultInstrumentSettings({ key: "cross_vulnerability", kind: "vulnerability" }).requiresApproval).toBe(true);
    expect(defaultInstrumentSettings({ key: "audit", kind: "screening" })).toEqual({
      isEnabled: true,
      requiresApproval: false,
      schedule: { atStart: false, everyWeeks: null, atExit: false },
    });
    expect(defaultInstrumentSettings({ key: "top", kind: "outcome" }).schedule).toEqual(topSchedule);
  });
});
