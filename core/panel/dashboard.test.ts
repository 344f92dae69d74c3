import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { casesAwaitingMeeting, decisionsByKind, nearestRankPercentile, overdueActions, timeToDecision, type EscalationRow } from "./dashboard.js";
import { decisionKinds, type DecisionKind } from "./decisions.js";

const today = "2026-03-10";
const row = (escalationId: string, state: EscalationRow["state"], meetingOn: string | null, submittedAt: string, isUrgent = false): EscalationRow => ({
  escalationId,
  state,
  meetingOn,
  isUrgent,
  submittedAt: new Date(submittedAt),
});

describe("panel.dashboard cases awaiting a meeting", () => {
  it("is empty with no escalations", () => {
    expect(casesAwaitingMeeting([], today)).toEqual([]);
  });

  it.each([
    ["a submitted escalation", row("a", "submitted", null, "2026-03-01T10:00:00Z"), true],
    ["an accepted escalation with a meeting next week", row("a", "accepted", "2026-03-17", "2026-03-01T10:00:00Z"), true],
    ["an accepted escalation with a meeting today", row("a", "accepted", today, "2026-03-01T10:00:00Z"), true],
    ["an accepted escalation whose meeting has passed", row("a", "accepted", "2026-03-09", "2026-03-01T10:00:00Z"), false],
    ["a returned escalation", row("a", "returned", null, "2026-03-01T10:00:00Z"), false],
    ["a discussed escalation", row("a", "discussed", "2026-03-17", "2026-03-01T10:00:00Z"), false],
    ["a withdrawn escalation", row("a", "withdrawn", null, "2026-03-01T10:00:00Z"), false],
  ] as const)("counts %s: %s", (_what, r, isAwaiting) => {
    expect(casesAwaitingMeeting([r], today)).toEqual(isAwaiting ? [r] : []);
  });

  it("lists urgent escalations first, then the longest waiting, keeping ties in their order", () => {
    const rows = [
      row("newer", "submitted", null, "2026-03-05T10:00:00Z"),
      row("older", "accepted", "2026-03-17", "2026-03-01T10:00:00Z"),
      row("urgent", "submitted", null, "2026-03-09T10:00:00Z", true),
      row("same-time", "submitted", null, "2026-03-05T10:00:00Z"),
    ];
    expect(casesAwaitingMeeting(rows, today).map((r) => r.escalationId)).toEqual(["urgent", "older", "newer", "same-time"]);
  });
});

describe("panel.dashboard decisions by kind", () => {
  const zero = Object.fromEntries(decisionKinds.map((kind) => [kind, 0]));
  const decided = (kind: DecisionKind, at: string) => ({ kind, decidedAt: new Date(at) });

  it("has every kind at zero with no decisions", () => {
    expect(decisionsByKind([], 2026)).toEqual(zero);
  });

  it("counts one decision", () => {
    expect(decisionsByKind([decided("refer_to_channel", "2026-05-01T10:00:00Z")], 2026)).toEqual({ ...zero, refer_to_channel: 1 });
  });

  it("counts each kind in the year, leaving out other years", () => {
    const rows = [
      decided("refer_to_channel", "2026-02-01T10:00:00Z"),
      decided("refer_to_channel", "2026-08-01T10:00:00Z"),
      decided("monitor_and_review", "2026-04-01T10:00:00Z"),
      decided("refer_to_police", "2025-12-01T10:00:00Z"),
    ];
    expect(decisionsByKind(rows, 2026)).toEqual({ ...zero, refer_to_channel: 2, monitor_and_review: 1 });
    expect(decisionsByKind(rows, 2025)).toEqual({ ...zero, refer_to_police: 1 });
  });

  it("uses the London calendar at the turn of the year", () => {
    // 31 Dec 23:30 UTC is 23:30 GMT in London: still the old year.
    expect(decisionsByKind([decided("no_further_action", "2025-12-31T23:30:00Z")], 2025)).toEqual({ ...zero, no_further_action: 1 });
    expect(decisionsByKind([decided("no_further_action", "2026-01-01T00:00:00Z")], 2026)).toEqual({ ...zero, no_further_action: 1 });
  });
});

describe("panel.dashboard overdue actions", () => {
  const action = (id: string, dueOn: string, status: "open" | "done" | "cancelled" = "open") => ({ id, dueOn, status });

  it("is empty with no actions", () => {
    expect(overdueActions([], today)).toEqual([]);
  });

  it("lists open actions due before today, the longest overdue first", () => {
    const rows = [action("yesterday", "2026-03-09"), action("today", today), action("done", "2026-01-01", "done"), action("cancelled", "2026-01-01", "cancelled"), action("january", "2026-01-15"), action("tomorrow", "2026-03-11")];
    expect(overdueActions(rows, today).map((r) => r.id)).toEqual(["january", "yesterday"]);
  });

  it("keeps actions due the same day in their order", () => {
    expect(overdueActions([action("b", "2026-03-01"), action("a", "2026-03-01")], today).map((r) => r.id)).toEqual(["b", "a"]);
  });
});

describe("panel.dashboard nearest-rank percentile", () => {
  it.each([
    ["no values", [], 50, null],
    ["one value, median", [7], 50, 7],
    ["one value, 90th", [7], 90, 7],
    ["two values, median (rank ⌈1⌉ = 1)", [3, 1], 50, 1],
    ["two values, 90th (rank ⌈1.8⌉ = 2)", [3, 1], 90, 3],
    ["ten values, median (rank 5)", [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 50, 5],
    ["ten values, 90th (rank 9)", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    ["eleven values, 90th (rank ⌈9.9⌉ = 10)", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10],
    ["the 100th is the maximum", [4, 2, 9], 100, 9],
    ["a tiny percentile is the minimum", [4, 2, 9], 0.1, 2],
    ["ties", [2, 2, 2, 5], 50, 2],
  ] as const)("takes %s", (_what, values, p, expected) => {
    expect(nearestRankPercentile(values, p)).toBe(expected);
  });

  it.each([0, -5, 101, Number.NaN])("refuses the percentile %s", (p) => {
    expect(() => nearestRankPercentile([1], p)).toThrow(RangeError);
  });

  it("keeps the median at or below the 90th percentile, both values from the data, within its range", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 200 }), (values) => {
        const p50 = nearestRankPercentile(values, 50)!;
        const p90 = nearestRankPercentile(values, 90)!;
        expect(p50).toBeLessThanOrEqual(p90);
        expect(values).toContain(p50);
        expect(values).toContain(p90);
        expect(p50).toBeGreaterThanOrEqual(Math.min(...values));
        expect(p90).toBeLessThanOrEqual(Math.max(...values));
        // Nearest rank: at least p% of the values are at or below it.
        expect(values.filter((v) => v <= p90).length).toBeGreaterThanOrEqual(Math.ceil(0.9 * values.length));
      }),
      { numRuns: 1000 },
    );
  });

  it("does not reorder the caller's values", () => {
    const values = [3, 1, 2];
    nearestRankPercentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("panel.dashboard time from escalation to decision", () => {
  const wait = (days: number, decided = true) => {
    const submittedAt = new Date("2026-01-05T09:00:00Z");
    return { submittedAt, decidedAt: decided ? new Date(submittedAt.getTime() + days * 86_400_000) : null };
  };

  it("has no figures with no decisions", () => {
    expect(timeToDecision([])).toEqual({ count: 0, medianDays: null, p90Days: null, excluded: 0 });
    expect(timeToDecision([wait(3, false)])).toEqual({ count: 0, medianDays: null, p90Days: null, excluded: 0 });
  });

  it("gives one decision's wait as both figures", () => {
    expect(timeToDecision([wait(1.5)])).toEqual({ count: 1, medianDays: 1.5, p90Days: 1.5, excluded: 0 });
  });

  it("takes the median and 90th percentile by nearest rank, ignoring undecided rows", () => {
    const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9, 30].map((days) => wait(days));
    expect(timeToDecision([...rows, wait(100, false)])).toEqual({ count: 10, medianDays: 5, p90Days: 9, excluded: 0 });
  });

  it("handles ties", () => {
    expect(timeToDecision([wait(7), wait(7), wait(7)])).toEqual({ count: 3, medianDays: 7, p90Days: 7, excluded: 0 });
  });

  it("leaves out, and counts, rows decided before they were submitted", () => {
    expect(timeToDecision([wait(-2), wait(4)])).toEqual({ count: 1, medianDays: 4, p90Days: 4, excluded: 1 });
  });

  it("counts a decision on the moment of escalation as no wait", () => {
    expect(timeToDecision([wait(0)])).toEqual({ count: 1, medianDays: 0, p90Days: 0, excluded: 0 });
  });
});
