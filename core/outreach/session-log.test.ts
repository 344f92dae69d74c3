import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyStockMovements, headcountSchema, isLoggableAt } from "./session-log.js";

const problems = (value: unknown) => headcountSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("outreach.session-log", () => {
  it("takes a headcount whose bands add up to no more than the total", () => {
    expect(problems({ total: 40 })).toEqual([]);
    expect(problems({ total: 40, byAgeBand: { "11_15": 25, "16_17": 10 }, byGender: { male: 30, female: 10 } })).toEqual([]);
    expect(problems({ total: 40, byAgeBand: { "11_15": 25, "16_17": 20 } })).toEqual(["byAgeBand: These add up to 45, more than the 40 people counted."]);
    expect(problems({ total: 10, byGender: { male: 11 } })).toEqual(["byGender: These add up to 11, more than the 10 people counted."]);
  });

  it("refuses negative, fractional and unknown counts, naming them", () => {
    expect(problems({ total: -1 })).toEqual(["total: The total cannot be negative."]);
    expect(problems({ total: 2.5 })).toEqual(["total: The total must be a whole number."]);
    expect(problems({ total: 5, byAgeBand: { toddlers: 2 } })).toHaveLength(1);
  });

  it("logs a session once it has started, never ahead of time", () => {
    const now = new Date("2026-11-27T14:00:00Z");
    expect(isLoggableAt(new Date("2026-11-27T13:00:00Z"), now)).toBe(true);
    expect(isLoggableAt(new Date("2026-11-27T14:00:30Z"), now)).toBe(true);
    expect(isLoggableAt(new Date("2026-11-27T15:00:00Z"), now)).toBe(false);
  });

  it("takes stock down as resources are handed out, and refuses to go below zero or use an item not stocked", () => {
    const levels = { drug_awareness_kit: 40, leaflet_ur: 5 };
    expect(applyStockMovements(levels, [{ code: "drug_awareness_kit", change: -10 }])).toEqual({ ok: true, levels: { drug_awareness_kit: 30, leaflet_ur: 5 } });
    expect(applyStockMovements(levels, [{ code: "leaflet_ur", change: -3 }, { code: "leaflet_ur", change: -3 }])).toEqual({ ok: false, problems: [{ code: "leaflet_ur", available: 5, asked: 6 }] });
    expect(applyStockMovements(levels, [{ code: "leaflet_so", change: -1 }])).toEqual({ ok: false, problems: [{ code: "leaflet_so", available: null, asked: 1 }] });
    expect(applyStockMovements(levels, [{ code: "leaflet_ur", change: 100 }])).toEqual({ ok: true, levels: { drug_awareness_kit: 40, leaflet_ur: 105 } });
  });

  it("never leaves a level below zero, whatever is asked", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("a", "b", "c"), fc.nat(50)), fc.array(fc.record({ code: fc.constantFrom("a", "b", "c", "d"), change: fc.integer({ min: -30, max: 30 }) })), (levels, movements) => {
        const result = applyStockMovements(levels, movements);
        if (result.ok) for (const value of Object.values(result.levels)) expect(value).toBeGreaterThanOrEqual(0);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});
