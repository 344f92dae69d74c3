import { describe, expect, it } from "vitest";
import { drawsFrom } from "./seeded-draws.js";

/** A source that answers the given values in turn. */
const source = (...values: number[]) => {
  let at = 0;
  return () => values[at++ % values.length]!;
};

describe("seeded draws", () => {
  it("draws whole numbers across the whole range, both ends included", () => {
    const draws = drawsFrom(source(0, 0.5, 0.999_999));
    expect([draws.int(3, 7), draws.int(3, 7), draws.int(3, 7)]).toEqual([3, 5, 7]);
  });

  it("picks by weight, never an item weighted zero", () => {
    const draws = drawsFrom(source(0, 0.3, 0.9999));
    const items = [["never", 0], ["often", 3], ["sometimes", 1]] as const;
    expect([draws.weighted(items), draws.weighted(items), draws.weighted(items)]).toEqual(["often", "often", "sometimes"]);
  });

  it("refuses to pick from nothing", () => {
    const draws = drawsFrom(source(0.5));
    expect(() => draws.pick([])).toThrow("empty");
    expect(() => draws.weighted([])).toThrow("empty");
  });
});
