import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSameOccurrence, isSameSession, type SessionPlace } from "./offline-entries.js";

const friday: SessionPlace = { siteId: "site-a", day: "2026-11-20", scheduleId: "jummah", partnerId: "green-lane", venue: "" };

describe("outreach.offline-entries", () => {
  it.each<[string, Partial<SessionPlace>, Partial<SessionPlace>, boolean]>([
    ["the same occurrence of one schedule", {}, {}, true],
    ["the same schedule on another day", {}, { day: "2026-11-27" }, false],
    ["the same schedule at another site", {}, { siteId: "site-b" }, false],
    ["two schedules at one partner on one day (morning and evening)", {}, { scheduleId: "evening-circle" }, false],
    ["a one-off at the schedule's partner that day", {}, { scheduleId: null }, true],
    ["two one-offs at one partner", { scheduleId: null }, { scheduleId: null }, true],
    ["two one-offs at different partners", { scheduleId: null }, { scheduleId: null, partnerId: "st-marys" }, false],
    ["a one-off at a partner and one at a venue", { scheduleId: null }, { scheduleId: null, partnerId: null, venue: "Small Heath Park" }, false],
    ["two one-offs at one venue, written differently", { scheduleId: null, partnerId: null, venue: "Small Heath  Park" }, { scheduleId: null, partnerId: null, venue: " small heath park" }, true],
    ["two one-offs at different venues", { scheduleId: null, partnerId: null, venue: "Small Heath Park" }, { scheduleId: null, partnerId: null, venue: "Online" }, false],
    ["two one-offs with no venue named", { scheduleId: null, partnerId: null, venue: "" }, { scheduleId: null, partnerId: null, venue: " " }, false],
  ])("%s: %s", (_name, a, b, same) => {
    expect(isSameSession({ ...friday, ...a }, { ...friday, ...b })).toBe(same);
  });

  it("lets both be kept unless they are one schedule's one occurrence", () => {
    expect(isSameOccurrence(friday, friday)).toBe(true);
    expect(isSameOccurrence(friday, { ...friday, scheduleId: null })).toBe(false);
    expect(isSameOccurrence({ ...friday, scheduleId: null }, { ...friday, scheduleId: null })).toBe(false);
  });

  const place = fc.record({
    siteId: fc.constantFrom("s1", "s2"),
    day: fc.constantFrom("2026-11-20", "2026-11-21"),
    scheduleId: fc.option(fc.constantFrom("a", "b"), { nil: null }),
    partnerId: fc.option(fc.constantFrom("p", "q"), { nil: null }),
    venue: fc.constantFrom("", "Park", " park ", "Hall"),
  });

  it("is symmetric, never matches across sites or days, and a same occurrence is always the same session", () => {
    fc.assert(
      fc.property(place, place, (a, b) => {
        expect(isSameSession(a, b)).toBe(isSameSession(b, a));
        if (a.siteId !== b.siteId || a.day !== b.day) expect(isSameSession(a, b)).toBe(false);
        if (isSameOccurrence(a, b)) expect(isSameSession(a, b)).toBe(true);
      }),
    );
  });
});
