import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { retentionAlertOf, retentionReminderDays, type DueRecord } from "./retention-alert.js";

const now = new Date("2026-03-10T06:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe("retention.alert", () => {
  it.each<[string, DueRecord[], { newlyDue: number; stillDue: number; due: number; alertedIds: string[] } | null]>([
    ["nothing due: no alert", [], null],
    ["a record newly due", [{ id: "a", alertedAt: null }], { newlyDue: 1, stillDue: 0, due: 1, alertedIds: ["a"] }],
    ["the same record the next day: no alert", [{ id: "a", alertedAt: daysAgo(1) }], null],
    ["six days after its alert: still quiet", [{ id: "a", alertedAt: daysAgo(6) }], null],
    ["a week after its alert: a reminder", [{ id: "a", alertedAt: daysAgo(7) }], { newlyDue: 0, stillDue: 1, due: 1, alertedIds: ["a"] }],
    [
      "a new record with one alerted yesterday: only the new one is counted, the total says both",
      [
        { id: "a", alertedAt: daysAgo(1) },
        { id: "b", alertedAt: null },
      ],
      { newlyDue: 1, stillDue: 0, due: 2, alertedIds: ["b"] },
    ],
    [
      "new and waiting together: one alert for both",
      [
        { id: "a", alertedAt: daysAgo(9) },
        { id: "b", alertedAt: null },
        { id: "c", alertedAt: daysAgo(2) },
      ],
      { newlyDue: 1, stillDue: 1, due: 3, alertedIds: ["b", "a"] },
    ],
  ])("%s", (_name, due, expected) => {
    expect(retentionAlertOf(due, now)).toEqual(expected);
  });

  it("honours another reminder period", () => {
    expect(retentionAlertOf([{ id: "a", alertedAt: daysAgo(3) }], now, 3)?.stillDue).toBe(1);
  });

  const records = fc.array(
    fc.record({ id: fc.uuid(), alertedAt: fc.option(fc.integer({ min: 0, max: 60 * 24 }).map((hours) => new Date(now.getTime() - hours * 3_600_000))) }),
    { maxLength: 30 },
  );

  it("never alerts twice within the reminder period about the same records", () => {
    fc.assert(
      fc.property(records, fc.integer({ min: 0, max: retentionReminderDays * 24 - 1 }), (due, hoursLater) => {
        const first = retentionAlertOf(due, now);
        const marked = due.map((record) => (first?.alertedIds.includes(record.id) ? { ...record, alertedAt: now } : record));
        const second = retentionAlertOf(marked, new Date(now.getTime() + hoursLater * 3_600_000));
        // Within the period, records just alerted are not counted again (others may fall due).
        const again = new Set(second?.alertedIds ?? []);
        expect((first?.alertedIds ?? []).filter((id) => again.has(id))).toEqual([]);
      }),
    );
  });

  it("counts every due record at most once, and tells of every record never alerted", () => {
    fc.assert(
      fc.property(records, (due) => {
        const alert = retentionAlertOf(due, now);
        const neverAlerted = due.filter((record) => record.alertedAt === null).length;
        if (alert === null) {
          expect(neverAlerted).toBe(0);
          return;
        }
        expect(alert.newlyDue).toBe(neverAlerted);
        expect(alert.alertedIds.length).toBe(alert.newlyDue + alert.stillDue);
        expect(alert.alertedIds.length).toBeLessThanOrEqual(alert.due);
        expect(alert.due).toBe(due.length);
      }),
    );
  });
});
