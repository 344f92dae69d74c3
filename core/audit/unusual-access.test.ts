import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defaultUnusualAccessSettings,
  isWithinWorkingHours,
  londonWeekdayAndTime,
  offCaseloadFindings,
  outOfHoursFindings,
  repeatedBreakGlassFindings,
  type ClientAccess,
  type UnusualAccessSettings,
} from "./unusual-access.js";

const settings: UnusualAccessSettings = { ...defaultUnusualAccessSettings, offCaseloadClients: 3, offCaseloadMinutes: 10 };
let seq = 0;
const access = (at: string, clientId: string, extra: Partial<ClientAccess> = {}): ClientAccess => ({
  seq: (seq += 1),
  at: new Date(at),
  userId: "amina",
  clientId,
  isOnCaseload: false,
  ...extra,
});
/** Accesses to distinct clients a minute apart from `start` (UTC, winter so London = UTC). */
const spree = (start: string, clients: number, extra: Partial<ClientAccess> = {}) =>
  Array.from({ length: clients }, (_, i) => access(new Date(new Date(start).getTime() + i * 60_000).toISOString(), `client-${i}`, extra));

describe("audit.unusual-access off caseload", () => {
  it("raises nothing at the threshold and a finding one client over it", () => {
    expect(offCaseloadFindings(spree("2026-01-12T10:00:00Z", 3), settings)).toEqual([]);
    expect(offCaseloadFindings(spree("2026-01-12T10:00:00Z", 4), settings)).toEqual([
      { rule: "off_caseload", userId: "amina", key: "off_caseload:amina:2026-01-12", firstAt: new Date("2026-01-12T10:00:00Z"), lastAt: new Date("2026-01-12T10:03:00Z"), count: 4, threshold: 3 },
    ]);
  });

  it("counts distinct clients, so opening one client many times is not a finding", () => {
    const same = Array.from({ length: 20 }, (_, i) => access(`2026-01-12T10:${String(i).padStart(2, "0")}:00Z`, "client-1"));
    expect(offCaseloadFindings(same, settings)).toEqual([]);
  });

  it("leaves clients on the person's caseload out", () => {
    expect(offCaseloadFindings(spree("2026-01-12T10:00:00Z", 8, { isOnCaseload: true }), settings)).toEqual([]);
  });

  it("keeps a window to M minutes: accesses exactly M minutes apart are not in one window", () => {
    const apart = [access("2026-01-12T10:00:00Z", "a"), access("2026-01-12T10:05:00Z", "b"), access("2026-01-12T10:09:59Z", "c"), access("2026-01-12T10:10:00Z", "d")];
    expect(offCaseloadFindings(apart, settings)).toEqual([]);
    const within = [...apart.slice(0, 3), access("2026-01-12T10:09:59.999Z", "d")];
    expect(offCaseloadFindings(within, settings)).toMatchObject([{ count: 4 }]);
  });

  it("judges each London day on its own and names the finding by person and day, across the spring clock change", () => {
    // 29 March 2026: London goes from GMT to BST at 01:00 UTC. 23:30 UTC on the 28th is still the 28th in London;
    // 23:30 UTC on the 29th is already the 30th.
    const lateSaturday = spree("2026-03-28T23:50:00Z", 4);
    const lateSunday = spree("2026-03-29T23:30:00Z", 4);
    expect(offCaseloadFindings([...lateSaturday, ...lateSunday], settings).map((finding) => finding.key)).toEqual([
      "off_caseload:amina:2026-03-28",
      "off_caseload:amina:2026-03-30",
    ]);
    // The spree from 23:50 UTC on the 28th crosses London midnight (00:00 GMT), so no day holds four.
    expect(offCaseloadFindings(spree("2026-03-28T23:58:00Z", 4), settings)).toEqual([]);
  });

  it("finds the same finding, grown, when more of the day's accesses arrive, whatever order they come in", () => {
    const all = spree("2026-01-12T10:00:00Z", 6);
    const first = offCaseloadFindings(all.slice(0, 4), settings);
    const again = offCaseloadFindings([...all].reverse(), settings);
    expect(first[0]!.key).toBe(again[0]!.key);
    expect(again[0]).toMatchObject({ count: 6, firstAt: first[0]!.firstAt, lastAt: new Date("2026-01-12T10:05:00Z") });
  });

  it("never finds more distinct clients than were opened, and always finds a burst over the threshold", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 6 })), { maxLength: 60 }), (raw) => {
        const accesses = raw.map(([minute, client]) => access(new Date(Date.UTC(2026, 0, 12, 9) + minute * 60_000).toISOString(), `c${client}`));
        const findings = offCaseloadFindings(accesses, settings);
        expect(findings.length).toBeLessThanOrEqual(1);
        for (const finding of findings) expect(finding.count).toBeLessThanOrEqual(new Set(accesses.map((a) => a.clientId)).size);
        const burst = spree("2026-01-12T20:00:00Z", 4);
        expect(offCaseloadFindings([...accesses, ...burst], settings)).toHaveLength(1);
      }),
    );
  });
});

describe("audit.unusual-access working hours", () => {
  it("reads the London clock in winter and in summer", () => {
    expect(londonWeekdayAndTime(new Date("2026-01-12T07:59:00Z"))).toEqual({ weekday: 1, time: "07:59" });
    expect(londonWeekdayAndTime(new Date("2026-07-13T07:59:00Z"))).toEqual({ weekday: 1, time: "08:59" });
    expect(londonWeekdayAndTime(new Date("2026-07-12T23:30:00Z"))).toEqual({ weekday: 1, time: "00:30" });
  });

  it("includes the start minute and excludes the end minute", () => {
    const hours = { workdayStart: "08:00", workdayEnd: "19:00", workingDays: [1, 2, 3, 4, 5] };
    expect(isWithinWorkingHours(new Date("2026-01-12T07:59:59Z"), hours)).toBe(false);
    expect(isWithinWorkingHours(new Date("2026-01-12T08:00:00Z"), hours)).toBe(true);
    expect(isWithinWorkingHours(new Date("2026-01-12T18:59:59Z"), hours)).toBe(true);
    expect(isWithinWorkingHours(new Date("2026-01-12T19:00:00Z"), hours)).toBe(false);
    // Saturday.
    expect(isWithinWorkingHours(new Date("2026-01-17T12:00:00Z"), hours)).toBe(false);
  });

  it("follows the clock changes: 07:30 UTC is out of hours in winter and in hours in summer", () => {
    const hours = { workdayStart: "08:00", workdayEnd: "19:00", workingDays: [1, 2, 3, 4, 5] };
    // Friday 27 March 2026 (GMT) and Monday 30 March 2026 (BST).
    expect(isWithinWorkingHours(new Date("2026-03-27T07:30:00Z"), hours)).toBe(false);
    expect(isWithinWorkingHours(new Date("2026-03-30T07:30:00Z"), hours)).toBe(true);
    // Monday 26 October 2026, back on GMT: 18:30 UTC is 18:30 in London.
    expect(isWithinWorkingHours(new Date("2026-10-26T18:30:00Z"), hours)).toBe(true);
    // Friday 23 October 2026, BST: 18:30 UTC is 19:30 in London.
    expect(isWithinWorkingHours(new Date("2026-10-23T18:30:00Z"), hours)).toBe(false);
  });

  it("counts a person's accesses out of hours per London day, on or off their caseload, and none when switched off", () => {
    const accesses = [
      access("2026-01-12T06:00:00Z", "a", { isOnCaseload: true }),
      access("2026-01-12T12:00:00Z", "b"),
      access("2026-01-12T21:00:00Z", "b"),
      access("2026-01-17T12:00:00Z", "c"),
      access("2026-01-12T21:05:00Z", "d", { userId: "omar" }),
    ];
    expect(outOfHoursFindings(accesses, settings).map(({ key, count, firstAt }) => ({ key, count, firstAt: firstAt.toISOString() }))).toEqual([
      { key: "out_of_hours:amina:2026-01-12", count: 2, firstAt: "2026-01-12T06:00:00.000Z" },
      { key: "out_of_hours:amina:2026-01-17", count: 1, firstAt: "2026-01-17T12:00:00.000Z" },
      { key: "out_of_hours:omar:2026-01-12", count: 1, firstAt: "2026-01-12T21:05:00.000Z" },
    ]);
    expect(outOfHoursFindings(accesses, { ...settings, isOutOfHoursOn: false })).toEqual([]);
  });
});

describe("audit.unusual-access repeated emergency access", () => {
  const use = (at: string, n: number) => ({ seq: n, at: new Date(at), userId: "amina" });

  it("finds the use that brings a period's uses to the threshold, and none below it", () => {
    const uses = [use("2026-01-01T10:00:00Z", 1), use("2026-01-04T10:00:00Z", 2)];
    expect(repeatedBreakGlassFindings(uses, null, settings)).toEqual([]);
    expect(repeatedBreakGlassFindings([...uses, use("2026-01-07T09:59:59Z", 3)], null, settings)).toEqual([
      { rule: "repeated_break_glass", userId: "amina", key: "repeated_break_glass:amina:3", firstAt: new Date("2026-01-01T10:00:00Z"), lastAt: new Date("2026-01-07T09:59:59Z"), count: 3, threshold: 3 },
    ]);
  });

  it("does not count a use exactly the period before", () => {
    const uses = [use("2026-01-01T10:00:00Z", 1), use("2026-01-04T10:00:00Z", 2), use("2026-01-08T10:00:00Z", 3)];
    expect(repeatedBreakGlassFindings(uses, null, settings)).toEqual([]);
  });

  it("continues the earlier finding with later uses in its period instead of starting another", () => {
    const earlier = { key: "repeated_break_glass:amina:3", firstAt: new Date("2026-01-01T10:00:00Z"), lastAt: new Date("2026-01-03T10:00:00Z"), count: 3 };
    const uses = [use("2026-01-01T10:00:00Z", 1), use("2026-01-02T10:00:00Z", 2), use("2026-01-03T10:00:00Z", 3), use("2026-01-05T10:00:00Z", 4)];
    expect(repeatedBreakGlassFindings(uses, earlier, settings)).toEqual([{ ...earlier, rule: "repeated_break_glass", userId: "amina", threshold: 3, lastAt: new Date("2026-01-05T10:00:00Z"), count: 4 }]);
    // Nothing new: nothing to say.
    expect(repeatedBreakGlassFindings(uses.slice(0, 3), earlier, settings)).toEqual([]);
  });

  it("starts a new finding once the earlier one's period has passed and the threshold is met again", () => {
    const earlier = { key: "repeated_break_glass:amina:3", firstAt: new Date("2026-01-01T10:00:00Z"), lastAt: new Date("2026-01-03T10:00:00Z"), count: 3 };
    const later = [use("2026-02-01T10:00:00Z", 7), use("2026-02-02T10:00:00Z", 8), use("2026-02-03T10:00:00Z", 9)];
    expect(repeatedBreakGlassFindings(later.slice(0, 2), earlier, settings)).toEqual([]);
    expect(repeatedBreakGlassFindings(later, earlier, settings)).toMatchObject([{ key: "repeated_break_glass:amina:9", count: 3 }]);
  });
});
