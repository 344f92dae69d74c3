import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { startOfLondonDay } from "../london-time.js";
import {
  accessWindowOf,
  nextAccessChange,
  panelAccess,
  refusalReasons,
  visibleCases,
  type PanelMeeting,
  type PanelMember,
} from "./access.js";

// A Thursday-evening meeting in November (GMT), 18:00–20:00: the window opens Monday 18:00 and closes Friday 20:00.
const startsAt = new Date("2026-11-26T18:00:00Z");
const endsAt = new Date("2026-11-26T20:00:00Z");
const opensAt = new Date("2026-11-23T18:00:00Z");
const closesAt = new Date("2026-11-27T20:00:00Z");
const during = new Date("2026-11-25T10:00:00Z");
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

const member = (overrides: Partial<PanelMember> = {}): PanelMember => ({
  id: "m1",
  kind: "external",
  vetting: { checkedOn: "2024-01-10", expiresOn: "2027-01-10" },
  term: { from: "2025-09-01", to: null },
  isActive: true,
  ...overrides,
});

const meeting = (overrides: Partial<PanelMeeting> = {}): PanelMeeting => ({
  id: "meet-1",
  startsAt,
  endsAt,
  attendeeIds: ["m1", "m2"],
  agenda: { caseIds: ["c1", "c2"], conflicts: [] },
  isCancelled: false,
  ...overrides,
});

describe("panel.access reasons", () => {
  it("allows an attending, vetted member to see an agenda case during the window, until it closes", () => {
    expect(panelAccess(member(), meeting(), "c1", during)).toEqual({ allowed: true, until: closesAt });
  });

  it.each([
    ["an inactive member", member({ isActive: false }), meeting(), "c1", during, "inactive"],
    ["a term that has not begun", member({ term: { from: "2026-12-01", to: null } }), meeting(), "c1", during, "outside_term"],
    ["a term that has ended", member({ term: { from: "2024-01-01", to: "2026-11-24" } }), meeting(), "c1", during, "outside_term"],
    ["no vetting recorded", member({ vetting: null }), meeting(), "c1", during, "vetting_missing"],
    ["vetting that expired the day before", member({ vetting: { checkedOn: "2023-11-24", expiresOn: "2026-11-24" } }), meeting(), "c1", during, "vetting_expired"],
    ["a cancelled meeting", member(), meeting({ isCancelled: true }), "c1", during, "meeting_cancelled"],
    ["a member not attending", member({ id: "m3" }), meeting(), "c1", during, "not_attending"],
    ["a case not on the agenda", member(), meeting(), "c9", during, "not_on_agenda"],
    ["a declared conflict on the case", member(), meeting({ agenda: { caseIds: ["c1", "c2"], conflicts: [{ memberId: "m1", caseId: "c1" }] } }), "c1", during, "conflict"],
    ["a moment before the window", member(), meeting(), "c1", new Date("2026-11-20T09:00:00Z"), "before_window"],
    ["a moment after the window", member(), meeting(), "c1", new Date("2026-12-01T09:00:00Z"), "after_window"],
  ] as const)("refuses %s", (_label, who, where, caseId, now, reason) => {
    expect(panelAccess(who, where, caseId, now)).toEqual({ allowed: false, reason });
  });

  it("reports the first reason in the documented order when several apply", () => {
    const everything = member({ id: "m3", isActive: false, vetting: null, term: { from: "2030-01-01", to: null } });
    const late = new Date("2026-12-01T09:00:00Z");
    expect(panelAccess(everything, meeting({ isCancelled: true }), "c9", late)).toEqual({ allowed: false, reason: "inactive" });
    expect(panelAccess(member({ vetting: null }), meeting({ isCancelled: true }), "c9", late)).toEqual({ allowed: false, reason: "vetting_missing" });
    expect(panelAccess(member({ id: "m3" }), meeting(), "c9", late)).toEqual({ allowed: false, reason: "not_attending" });
    expect(panelAccess(member(), meeting(), "c9", late)).toEqual({ allowed: false, reason: "not_on_agenda" });
    expect(refusalReasons).toHaveLength(10);
  });

  it("still shows a conflicted member the other cases on the agenda", () => {
    const conflicted = meeting({ agenda: { caseIds: ["c1", "c2"], conflicts: [{ memberId: "m1", caseId: "c1" }, { memberId: "m2", caseId: "c2" }] } });
    expect(panelAccess(member(), conflicted, "c1", during)).toEqual({ allowed: false, reason: "conflict" });
    expect(panelAccess(member(), conflicted, "c2", during)).toEqual({ allowed: true, until: closesAt });
    expect(visibleCases(member(), [conflicted], during).map((visible) => visible.caseId)).toEqual(["c2"]);
  });
});

describe("panel.access window edges", () => {
  it("opens 72 hours before the start and closes 24 hours after the end by default", () => {
    expect(accessWindowOf(meeting())).toEqual({ opensAt, closesAt });
  });

  it.each([
    ["1 ms before opening", ms(opensAt, -1), { allowed: false, reason: "before_window" }],
    ["at opening", opensAt, { allowed: true, until: closesAt }],
    ["1 ms after opening", ms(opensAt, 1), { allowed: true, until: closesAt }],
    ["1 ms before closing", ms(closesAt, -1), { allowed: true, until: closesAt }],
    ["at closing", closesAt, { allowed: false, reason: "after_window" }],
    ["1 ms after closing", ms(closesAt, 1), { allowed: false, reason: "after_window" }],
  ] as const)("%s", (_label, now, expected) => {
    expect(panelAccess(member(), meeting(), "c1", now)).toEqual(expected);
  });

  it("uses the meeting's own window, and the default for a setting left out", () => {
    const custom = meeting({ accessWindow: { minutesBefore: 60 } });
    const { opensAt: customOpens, closesAt: customCloses } = accessWindowOf(custom);
    expect(customOpens).toEqual(new Date("2026-11-26T17:00:00Z"));
    expect(customCloses).toEqual(closesAt);
    expect(panelAccess(member(), custom, "c1", ms(customOpens, -1))).toEqual({ allowed: false, reason: "before_window" });
    expect(panelAccess(member(), custom, "c1", customOpens).allowed).toBe(true);
  });

  it("allows access during the meeting itself even with no window either side", () => {
    const tight = meeting({ accessWindow: { minutesBefore: 0, minutesAfter: 0 } });
    expect(panelAccess(member(), tight, "c1", startsAt)).toEqual({ allowed: true, until: endsAt });
    expect(panelAccess(member(), tight, "c1", endsAt)).toEqual({ allowed: false, reason: "after_window" });
  });
});

describe("panel.access vetting and term by London day", () => {
  // Vetting expiring on the Wednesday (GMT in November): access ends at midnight at its end.
  const expiring = member({ vetting: { checkedOn: "2023-11-25", expiresOn: "2026-11-25" } });
  const vettingEnds = new Date("2026-11-26T00:00:00Z");

  it("ends access when vetting expires mid-window, the expiry day included", () => {
    expect(panelAccess(expiring, meeting(), "c1", during)).toEqual({ allowed: true, until: vettingEnds });
    expect(panelAccess(expiring, meeting(), "c1", ms(vettingEnds, -1))).toEqual({ allowed: true, until: vettingEnds });
    expect(panelAccess(expiring, meeting(), "c1", vettingEnds)).toEqual({ allowed: false, reason: "vetting_expired" });
    expect(nextAccessChange(expiring, meeting(), "c1", during)).toEqual(vettingEnds);
  });

  it("counts the expiry day in London time during summer time", () => {
    const summer = meeting({ startsAt: new Date("2026-07-02T17:00:00Z"), endsAt: new Date("2026-07-02T19:00:00Z") });
    const july = member({ vetting: { checkedOn: "2023-07-01", expiresOn: "2026-07-01" } });
    // Midnight at the end of 1 July in London (BST) is 23:00 UTC.
    expect(panelAccess(july, summer, "c1", new Date("2026-07-01T22:59:59.999Z"))).toEqual({ allowed: true, until: new Date("2026-07-01T23:00:00Z") });
    expect(panelAccess(july, summer, "c1", new Date("2026-07-01T23:00:00Z"))).toEqual({ allowed: false, reason: "vetting_expired" });
  });

  it("ends access when the term of office ends, and starts it when the term begins", () => {
    const leaving = member({ term: { from: "2024-01-01", to: "2026-11-26" } });
    expect(panelAccess(leaving, meeting(), "c1", during)).toEqual({ allowed: true, until: new Date("2026-11-27T00:00:00Z") });
    const joining = member({ term: { from: "2026-11-25", to: null } });
    expect(panelAccess(joining, meeting(), "c1", new Date("2026-11-24T23:59:59.999Z"))).toEqual({ allowed: false, reason: "outside_term" });
    expect(panelAccess(joining, meeting(), "c1", new Date("2026-11-25T00:00:00Z")).allowed).toBe(true);
    expect(nextAccessChange(joining, meeting(), "c1", new Date("2026-11-24T09:00:00Z"))).toEqual(new Date("2026-11-25T00:00:00Z"));
  });

  it("finds the London midnight on either side of the clock change", () => {
    expect(startOfLondonDay("2026-03-29")).toEqual(new Date("2026-03-29T00:00:00Z"));
    expect(startOfLondonDay("2026-03-30")).toEqual(new Date("2026-03-29T23:00:00Z"));
    expect(startOfLondonDay("2026-10-25")).toEqual(new Date("2026-10-24T23:00:00Z"));
    expect(startOfLondonDay("2026-10-26")).toEqual(new Date("2026-10-26T00:00:00Z"));
  });
});

describe("panel.access lists and changes", () => {
  it("lists each visible case once, until the later of two meetings' windows", () => {
    const second = meeting({ id: "meet-2", startsAt: new Date("2026-11-27T10:00:00Z"), endsAt: new Date("2026-11-27T12:00:00Z"), agenda: { caseIds: ["c2", "c3"], conflicts: [] } });
    const cancelled = meeting({ id: "meet-3", isCancelled: true, agenda: { caseIds: ["c4"], conflicts: [] } });
    expect(visibleCases(member(), [meeting(), second, cancelled], during)).toEqual([
      { caseId: "c1", meetingId: "meet-1", until: closesAt },
      { caseId: "c2", meetingId: "meet-2", until: new Date("2026-11-28T12:00:00Z") },
      { caseId: "c3", meetingId: "meet-2", until: new Date("2026-11-28T12:00:00Z") },
    ]);
    expect(visibleCases(member(), [meeting()], ms(closesAt, 1))).toEqual([]);
  });

  it("says when access next begins and ends, and null when it never will", () => {
    expect(nextAccessChange(member(), meeting(), "c1", new Date("2026-11-20T09:00:00Z"))).toEqual(opensAt);
    expect(nextAccessChange(member(), meeting(), "c1", opensAt)).toEqual(closesAt);
    expect(nextAccessChange(member(), meeting(), "c1", closesAt)).toBeNull();
    expect(nextAccessChange(member(), meeting({ isCancelled: true }), "c1", during)).toBeNull();
    expect(nextAccessChange(member({ vetting: null }), meeting(), "c1", during)).toBeNull();
  });
});

describe("panel.access properties", () => {
  const base = new Date("2026-06-01T00:00:00Z").getTime();
  const day = 86_400_000;
  const dayString = fc.integer({ min: -400, max: 400 }).map((offset) => new Date(base + offset * day).toISOString().slice(0, 10));
  const memberArb = fc.record({
    id: fc.constantFrom("m1", "m2", "m3"),
    kind: fc.constantFrom("internal" as const, "external" as const),
    vetting: fc.option(fc.record({ checkedOn: fc.constant("2023-01-01"), expiresOn: dayString }), { nil: null }),
    term: fc.record({ from: dayString, to: fc.option(dayString, { nil: null }) }),
    isActive: fc.boolean(),
  });
  const meetingArb = fc
    .record({
      start: fc.integer({ min: -200 * day, max: 200 * day }),
      length: fc.integer({ min: 0, max: day / 2 }),
      attendeeIds: fc.subarray(["m1", "m2", "m3"]),
      caseIds: fc.subarray(["c1", "c2", "c3"]),
      conflicts: fc.array(fc.record({ memberId: fc.constantFrom("m1", "m2", "m3"), caseId: fc.constantFrom("c1", "c2", "c3") }), { maxLength: 4 }),
      minutesBefore: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
      minutesAfter: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
      isCancelled: fc.boolean(),
    })
    .map(
      (m): PanelMeeting => ({
        id: "meet",
        startsAt: new Date(base + m.start),
        endsAt: new Date(base + m.start + m.length),
        attendeeIds: m.attendeeIds,
        agenda: { caseIds: m.caseIds, conflicts: m.conflicts },
        accessWindow: { ...(m.minutesBefore === undefined ? {} : { minutesBefore: m.minutesBefore }), ...(m.minutesAfter === undefined ? {} : { minutesAfter: m.minutesAfter }) },
        isCancelled: m.isCancelled,
      }),
    );
  const nowArb = fc.integer({ min: -210 * day, max: 210 * day }).map((offset) => new Date(base + offset));
  const caseArb = fc.constantFrom("c1", "c2", "c3", "c4");

  it("never allows access outside the window, nor to a non-attendee, an off-agenda case or a conflicted member", () => {
    fc.assert(
      fc.property(memberArb, meetingArb, caseArb, nowArb, (who, where, caseId, now) => {
        const access = panelAccess(who, where, caseId, now);
        if (!access.allowed) return;
        const { opensAt: opens, closesAt: closes } = accessWindowOf(where);
        expect(now.getTime()).toBeGreaterThanOrEqual(opens.getTime());
        expect(now.getTime()).toBeLessThan(closes.getTime());
        expect(access.until.getTime()).toBeGreaterThan(now.getTime());
        expect(access.until.getTime()).toBeLessThanOrEqual(closes.getTime());
        expect(where.attendeeIds).toContain(who.id);
        expect(where.agenda.caseIds).toContain(caseId);
        expect(where.agenda.conflicts).not.toContainEqual({ memberId: who.id, caseId });
        expect(who.isActive && !where.isCancelled && who.vetting !== null).toBe(true);
        // Access holds right up to `until`, and not at it.
        expect(panelAccess(who, where, caseId, new Date(access.until.getTime() - 1)).allowed).toBe(true);
        expect(panelAccess(who, where, caseId, access.until).allowed).toBe(false);
      }),
    );
  });

  it("never grants access by adding a conflict, or by vetting expiring sooner", () => {
    fc.assert(
      fc.property(memberArb, meetingArb, caseArb, nowArb, dayString, (who, where, caseId, now, earlier) => {
        const before = panelAccess(who, where, caseId, now);
        const conflicted = { ...where, agenda: { ...where.agenda, conflicts: [...where.agenda.conflicts, { memberId: who.id, caseId }] } };
        const afterConflict = panelAccess(who, conflicted, caseId, now);
        expect(afterConflict.allowed).toBe(false);
        if (before.allowed) expect(afterConflict).toEqual({ allowed: false, reason: "conflict" });
        if (who.vetting && earlier < who.vetting.expiresOn) {
          const sooner = panelAccess({ ...who, vetting: { ...who.vetting, expiresOn: earlier } }, where, caseId, now);
          if (sooner.allowed) expect(before.allowed && before.until.getTime() >= sooner.until.getTime()).toBe(true);
        }
      }),
    );
  });

  it("lists exactly the agenda cases that panelAccess allows, and its next change really changes access", () => {
    fc.assert(
      fc.property(memberArb, fc.array(meetingArb, { maxLength: 3 }), nowArb, caseArb, (who, meetings, now, caseId) => {
        const listed = visibleCases(who, meetings, now).map((visible) => visible.caseId);
        const allowed = [...new Set(meetings.flatMap((m) => m.agenda.caseIds.filter((id) => panelAccess(who, m, id, now).allowed)))].sort();
        expect(listed).toEqual(allowed);
        const first = meetings[0];
        if (!first) return;
        const change = nextAccessChange(who, first, caseId, now);
        if (change) {
          expect(change.getTime()).toBeGreaterThan(now.getTime());
          expect(panelAccess(who, first, caseId, change).allowed).not.toBe(panelAccess(who, first, caseId, now).allowed);
          expect(panelAccess(who, first, caseId, new Date(change.getTime() - 1)).allowed).toBe(panelAccess(who, first, caseId, now).allowed);
        }
      }),
    );
  });
});
