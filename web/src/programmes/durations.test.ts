import { describe, expect, it } from "vitest";
import { durationWords, isPastExpected } from "./durations.js";

describe("programmes.durations", () => {
  it.each([
    [0.2, { key: "programmes.duration.lessThanADay" }],
    [1, { key: "programmes.duration.days", count: 1 }],
    [13.9, { key: "programmes.duration.days", count: 13 }],
    [14, { key: "programmes.duration.weeks", count: 2 }],
    [17.5, { key: "programmes.duration.weeks", count: 2.5 }],
    [30, { key: "programmes.duration.weeks", count: 4.5 }],
  ])("reads %s days as %o", (days, words) => {
    expect(durationWords(days)).toEqual(words);
  });

  it("says a phase ran long only after its expected weeks", () => {
    expect(isPastExpected(28, 4)).toBe(false);
    expect(isPastExpected(28.5, 4)).toBe(true);
  });
});
