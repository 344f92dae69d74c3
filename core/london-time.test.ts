import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endOfLondonDay, londonDay, londonInstant, londonMonth, startOfLondonDay } from "./london-time.js";

describe("london-time", () => {
  it("starts and ends London days in GMT and in BST, across both clock changes", () => {
    expect(startOfLondonDay("2026-01-15").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(startOfLondonDay("2026-07-15").toISOString()).toBe("2026-07-14T23:00:00.000Z");
    expect(startOfLondonDay("2026-03-29").toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(startOfLondonDay("2026-03-30").toISOString()).toBe("2026-03-29T23:00:00.000Z");
    expect(startOfLondonDay("2026-10-25").toISOString()).toBe("2026-10-24T23:00:00.000Z");
    expect(startOfLondonDay("2026-10-26").toISOString()).toBe("2026-10-26T00:00:00.000Z");
    expect(endOfLondonDay("2026-06-01").toISOString()).toBe("2026-06-01T22:59:59.999Z");
    expect(endOfLondonDay("2026-12-01").toISOString()).toBe("2026-12-01T23:59:59.999Z");
    expect(endOfLondonDay("2026-03-29").toISOString()).toBe("2026-03-29T22:59:59.999Z");
    expect(endOfLondonDay("2026-10-25").toISOString()).toBe("2026-10-25T23:59:59.999Z");
  });

  it("puts every instant inside the London day it falls on", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true }), (at) => {
        const day = londonDay(at);
        expect(startOfLondonDay(day).getTime()).toBeLessThanOrEqual(at.getTime());
        expect(endOfLondonDay(day).getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(londonDay(new Date(startOfLondonDay(day).getTime() - 1))).not.toBe(day);
        expect(londonDay(new Date(endOfLondonDay(day).getTime() + 1))).not.toBe(day);
      }),
    );
  });

  it("names a London month and the one after it", () => {
    expect(londonMonth("2026-11-24")).toEqual({ start: "2026-11-01", next: "2026-12-01" });
    expect(londonMonth("2026-12-31")).toEqual({ start: "2026-12-01", next: "2027-01-01" });
  });

  it("finds the instant of a London wall-clock time, in GMT, in BST and at both clock changes", () => {
    expect(londonInstant("2026-11-27", "13:00").toISOString()).toBe("2026-11-27T13:00:00.000Z");
    expect(londonInstant("2026-07-03", "13:00").toISOString()).toBe("2026-07-03T12:00:00.000Z");
    // 01:30 does not happen on 29 March 2026: an hour later (02:30 BST) is given.
    expect(londonInstant("2026-03-29", "01:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // 01:30 happens twice on 25 October 2026: the first, in summer time.
    expect(londonInstant("2026-10-25", "01:30").toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(londonInstant("2026-10-25", "00:00").toISOString()).toBe("2026-10-24T23:00:00.000Z");
  });
});
