import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandRegions, labelledIndexes, timeScale, valueScale, valueTicks } from "./chart-scale.js";
import { movementOf, reliableChangeMark } from "./change-marks.js";

const plot = { left: 40, right: 440, top: 10, bottom: 170 };

describe("outcomes.chart-scale", () => {
  it("places dates by elapsed time, the first at the left edge and the last at the right", () => {
    const x = timeScale(["2025-03-03", "2025-03-31", "2025-03-10"], plot);
    expect(x("2025-03-03")).toBe(40);
    expect(x("2025-03-31")).toBe(440);
    expect(x("2025-03-10")).toBeCloseTo(40 + (7 / 28) * 400);
  });

  it("puts a single assessment in the middle", () => {
    expect(timeScale(["2025-03-03"], plot)("2025-03-03")).toBe(240);
    expect(timeScale(["2025-03-03", "2025-03-03"], plot)("2025-03-03")).toBe(240);
  });

  it("puts the minimum at the bottom and the maximum at the top, holding values outside the range at the edge", () => {
    const y = valueScale({ min: 0, max: 40 }, plot);
    expect(y(0)).toBe(170);
    expect(y(40)).toBe(10);
    expect(y(20)).toBe(90);
    expect(y(55)).toBe(10);
    expect(y(-3)).toBe(170);
  });

  it("keeps every value inside the plot, for any range", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 10 }), fc.integer({ min: 1, max: 100 }), fc.double({ min: -200, max: 200, noNaN: true }), (min, span, value) => {
        const y = valueScale({ min, max: min + span }, plot)(value);
        return y >= plot.top && y <= plot.bottom;
      }),
    );
  });

  it("turns band thresholds into regions covering the range with no gap or overlap", () => {
    const regions = bandRegions(
      [
        { from: 0, label: "Lower risk", level: "low" },
        { from: 8, label: "Increasing risk", level: "moderate" },
        { from: 16, label: "Higher risk", level: "high" },
        { from: 20, label: "Possible dependence", level: "severe" },
      ],
      { min: 0, max: 40 },
    );
    expect(regions.map((region) => [region.from, region.to])).toEqual([
      [0, 8],
      [8, 16],
      [16, 20],
      [20, 40],
    ]);
  });

  it("gives round ticks that start at the minimum and end at the maximum", () => {
    expect(valueTicks({ min: 0, max: 40 })).toEqual([0, 10, 20, 30, 40]);
    expect(valueTicks({ min: 0, max: 27 })).toEqual([0, 10, 20, 27]);
    expect(valueTicks({ min: -3, max: 6 })).toEqual([-3, 0, 6]);
    expect(valueTicks({ min: 0, max: 20 })).toEqual([0, 5, 10, 15, 20]);
    expect(valueTicks({ min: 5, max: 5 })).toEqual([5]);
  });

  it("labels the first and last dates always, and others only where there is room", () => {
    expect(labelledIndexes([40, 60, 200, 430, 440], 80)).toEqual([0, 2, 4]);
    expect(labelledIndexes([240], 80)).toEqual([0]);
    expect(labelledIndexes([40, 440], 80)).toEqual([0, 1]);
    expect(labelledIndexes([40, 50], 80)).toEqual([0, 1]);
  });
});

describe("outcomes.change-marks", () => {
  it("marks a reliable improvement by the way the score moved", () => {
    expect(reliableChangeMark("improved", false)).toEqual({ movement: "down", symbol: "▼", key: "outcomes.reliable.improved" });
    expect(reliableChangeMark("improved", true)).toEqual({ movement: "up", symbol: "▲", key: "outcomes.reliable.improved" });
    expect(reliableChangeMark("worsened", false)).toEqual({ movement: "up", symbol: "▲", key: "outcomes.reliable.worsened" });
    expect(reliableChangeMark(null, false)).toBeNull();
  });

  it("calls a fall in need better and a fall in protective factors worse", () => {
    expect(movementOf(4, 2, false)).toEqual({ movement: "down", tone: "better", symbol: "▼" });
    expect(movementOf(2, 1, true)).toEqual({ movement: "down", tone: "worse", symbol: "▼" });
    expect(movementOf(1, 1, true)).toEqual({ movement: "same", tone: "same", symbol: "=" });
  });
});
