import { describe, expect, it } from "vitest";
import { barLength, barSlots, countScale, figureWidth, labelledMonths } from "./chart-geometry.js";

describe("chart geometry", () => {
  it.each([
    [[], 1, [0, 1]],
    [[0, 0], 1, [0, 1]],
    [[1], 1, [0, 1]],
    [[3], 3, [0, 1, 2, 3]],
    [[4], 4, [0, 1, 2, 3, 4]],
    [[7, 4], 8, [0, 2, 4, 6, 8]],
    [[10], 10, [0, 5, 10]],
    [[466, 231], 600, [0, 200, 400, 600]],
    [[1249], 1500, [0, 500, 1000, 1500]],
  ])("counts %o on an axis up to %i, ticked at %o", (values, max, ticks) => {
    expect(countScale(values)).toEqual({ max, ticks });
  });

  it("always has room for the largest count, in at most five steps", () => {
    for (let largest = 0; largest <= 5000; largest += 1) {
      const { max, ticks } = countScale([largest]);
      expect(max).toBeGreaterThanOrEqual(largest);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks.at(-1)).toBe(max);
    }
  });

  it("stands bars side by side within the plot, centred in their slots", () => {
    const slots = barSlots(4, 40, 360);
    expect(slots.map((slot) => slot.centre)).toEqual([80, 160, 240, 320]);
    expect(slots.every((slot) => slot.x >= 40 && slot.x + slot.width <= 360)).toBe(true);
    expect(barSlots(0, 40, 360)).toEqual([]);
  });

  it("draws a bar in proportion, never hiding a small count and never overrunning", () => {
    expect(barLength(5, 10, 200)).toBe(100);
    expect(barLength(0, 10, 200)).toBe(0);
    expect(barLength(1, 1000, 200)).toBe(2);
    expect(barLength(20, 10, 200)).toBe(200);
  });

  it("labels as many months as have room, always the latest", () => {
    expect(labelledMonths(12, 30, 28)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(labelledMonths(12, 20, 28)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(labelledMonths(37, 8.6, 28)).toEqual([0, 4, 8, 12, 16, 20, 24, 28, 32, 36]);
    expect(labelledMonths(0, 10, 28)).toEqual([]);
  });

  it("makes room for a figure by its length: a six-figure count is three times as wide as two digits", () => {
    expect(figureWidth(7, 12)).toBeGreaterThan(figureWidth(2, 12) * 3);
    expect(figureWidth(2, 12)).toBeLessThanOrEqual(26);
  });
});
