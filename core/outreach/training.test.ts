import { describe, expect, it } from "vitest";
import { attendeeSchema, confidenceSummary, isRefresherDue, refresherDueOn } from "./training.js";

const attendee = { name: "Imam Yusuf Ali", role: "Imam", organisation: "Green Lane Mosque", email: null, hasConsented: true as const, before: [2, 3], after: [4, 3] };
const problems = (value: unknown) => attendeeSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("outreach.training", () => {
  it("holds an attendee only with their consent, with a rating from 1 to 5 for each question before and after", () => {
    expect(problems(attendee)).toEqual([]);
    expect(problems({ ...attendee, hasConsented: false })).toEqual(["hasConsented: An attendee's details are kept only with their consent."]);
    expect(problems({ ...attendee, before: [0, 6] })).toEqual(["before.0: Give a rating from 1 to 5.", "before.1: Give a rating from 1 to 5."]);
    expect(problems({ ...attendee, after: [4] })).toEqual(["after: Give an answer (or none) for each question, before and after."]);
  });

  it("sums up confidence per question over those who answered before and after", () => {
    const summary = confidenceSummary([attendee, { before: [1, null], after: [3, 5] }, { before: [4, 2], after: [4, 1] }], 2);
    expect(summary[0]).toEqual({ answered: 3, meanBefore: 7 / 3, meanAfter: 11 / 3, shareImproved: 2 / 3 });
    expect(summary[1]).toEqual({ answered: 2, meanBefore: 2.5, meanAfter: 2, shareImproved: 0 });
    expect(confidenceSummary([], 1)).toEqual([{ answered: 0, meanBefore: null, meanAfter: null, shareImproved: null }]);
  });

  it.each([
    ["2026-01-15", 12, "2027-01-15"],
    ["2026-08-31", 6, "2027-02-28"],
    ["2027-11-30", 3, "2028-02-29"],
    ["2026-03-31", 1, "2026-04-30"],
  ])("puts a refresher for training on %s, %i months on, on %s", (deliveredOn, months, due) => {
    expect(refresherDueOn(deliveredOn, months)).toBe(due);
  });

  it("says a refresher is due within the reminder window or overdue", () => {
    expect(isRefresherDue("2026-12-20", "2026-11-24", 30)).toBe(true);
    expect(isRefresherDue("2026-10-01", "2026-11-24", 30)).toBe(true);
    expect(isRefresherDue("2027-01-30", "2026-11-24", 30)).toBe(false);
    expect(() => refresherDueOn("2026-01-01", 0)).toThrow(RangeError);
  });
});
