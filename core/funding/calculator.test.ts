import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fundableAlone, priceMix, suggestedMixes, type CostedService } from "./calculator.js";

// The organisation's services, as an administrator might cost them.
const kit = { id: "kit", costPence: 1_200 };
const session = { id: "session", costPence: 15_000 };
const mentoring = { id: "mentoring", costPence: 180_000 };
const rentYear = { id: "rent", costPence: 2_400_000 };
const services = [kit, session, mentoring, rentYear];
const fifteenThousand = 1_500_000;

const quantitiesOf = (lines: readonly { id: string; quantity: number }[]) => Object.fromEntries(lines.map((line) => [line.id, line.quantity]));

describe("funding.calculator", () => {
  describe("what an amount funds of each service alone", () => {
    it.each([
      { amount: fifteenThousand, expected: [["kit", 1_250, 0], ["session", 100, 0], ["mentoring", 8, 60_000], ["rent", 0, fifteenThousand]] },
      { amount: 1_199, expected: [["kit", 0, 1_199], ["session", 0, 1_199], ["mentoring", 0, 1_199], ["rent", 0, 1_199]] },
      { amount: 0, expected: [["kit", 0, 0], ["session", 0, 0], ["mentoring", 0, 0], ["rent", 0, 0]] },
      { amount: -500, expected: [["kit", 0, 0], ["session", 0, 0], ["mentoring", 0, 0], ["rent", 0, 0]] },
    ])("$amount pence", ({ amount, expected }) => {
      expect(fundableAlone(amount, services).map((row) => [row.id, row.quantity, row.leftPence])).toEqual(expected);
    });

    it("never offers a service that costs nothing", () => {
      expect(fundableAlone(10_000, [{ id: "free", costPence: 0 }, { id: "odd", costPence: -5 }, kit]).map((row) => row.id)).toEqual(["kit"]);
    });
  });

  describe("a chosen mix", () => {
    it("adds up the lines and says what is left and how many more of each it buys", () => {
      const mix = priceMix(fifteenThousand, services, { kit: 100, session: 20, mentoring: 5 });
      expect(mix.totalPence).toBe(1_320_000);
      expect(mix.leftPence).toBe(180_000);
      expect(mix.lines.map((line) => [line.id, line.quantity, line.subtotalPence, line.moreAffordable])).toEqual([
        ["kit", 100, 120_000, 150],
        ["session", 20, 300_000, 12],
        ["mentoring", 5, 900_000, 1],
        ["rent", 0, 0, 0],
      ]);
    });

    it("goes below zero when over the amount, and then nothing more is affordable", () => {
      const mix = priceMix(fifteenThousand, services, { mentoring: 10 });
      expect([mix.totalPence, mix.leftPence]).toEqual([1_800_000, -300_000]);
      expect(mix.lines.every((line) => line.moreAffordable === 0)).toBe(true);
    });

    it("counts a negative, fractional or missing quantity as none", () => {
      const mix = priceMix(fifteenThousand, services, { kit: -3, session: 2.5 });
      expect(mix.lines.map((line) => line.quantity)).toEqual([0, 0, 0, 0]);
      expect(mix.leftPence).toBe(fifteenThousand);
    });
  });

  describe("suggested balanced mixes", () => {
    it("shares £15,000 equally, equally by number, and by recorded spend, leaving out what costs more than the whole amount", () => {
      const mixes = suggestedMixes(fifteenThousand, services, { kit: 1, session: 3, mentoring: 6, rent: 10 });
      expect(mixes.map((mix) => [mix.strategy, quantitiesOf(mix.lines), mix.totalPence, mix.leftPence])).toEqual([
        // £5,000 each, then every share raised by the same sum: mentoring's third would overspend, so it stops at two and the others rise on.
        ["equal_money", { kit: 475, session: 38, mentoring: 2, rent: 0 }, 1_500_000, 0],
        // Seven of each (£1,962 a set), then one more kit and one more session, cheapest first.
        ["equal_numbers", { kit: 8, session: 8, mentoring: 7, rent: 0 }, 1_389_600, 110_400],
        // £1,500, £4,500 and £9,000 by the weights 1:3:6 (the rent year cannot be afforded, so its weight is not used).
        ["recorded_spend", { kit: 125, session: 30, mentoring: 5, rent: 0 }, 1_500_000, 0],
      ]);
    });

    it("leaves out the recorded-spend mix when no affordable service has spend", () => {
      expect(suggestedMixes(fifteenThousand, services, { rent: 10 }).map((mix) => mix.strategy)).toEqual(["equal_money", "equal_numbers"]);
    });

    it("gives the next one to the service furthest below its share when two would not both fit, and leaves out a repeated mix", () => {
      // £5 each: one of each costs £6; a second of both would be £12, so only one more fits, and the first listed gets it.
      const mixes = suggestedMixes(1_000, [{ id: "a", costPence: 300 }, { id: "b", costPence: 300 }]);
      expect(mixes.map((mix) => [mix.strategy, quantitiesOf(mix.lines), mix.leftPence])).toEqual([["equal_money", { a: 2, b: 1 }, 100]]);
    });

    it("stops where nothing more fits", () => {
      const mixes = suggestedMixes(1_000, [{ id: "a", costPence: 300 }, { id: "b", costPence: 500 }]);
      expect(mixes.map((mix) => [mix.strategy, quantitiesOf(mix.lines), mix.leftPence])).toEqual([["equal_money", { a: 1, b: 1 }, 200]]);
    });

    it("suggests nothing when the amount buys none of anything", () => {
      expect(suggestedMixes(100, [{ id: "a", costPence: 200 }])).toEqual([]);
      expect(suggestedMixes(0, services)).toEqual([]);
    });
  });

  describe("properties", () => {
    const anyServices = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), costPence: fc.integer({ min: 100, max: 5_000_000 }) }), { minLength: 1, maxLength: 6, selector: (service) => service.id });
    const anyAmount = fc.integer({ min: 0, max: 50_000_000 });
    const anyWeights = (list: readonly CostedService[]) => fc.tuple(...list.map(() => fc.integer({ min: 0, max: 1_000_000 }))).map((weights) => Object.fromEntries(list.map((service, index) => [service.id, weights[index]!])));

    it("never spends more than the amount, and says exactly what is left", () => {
      fc.assert(
        fc.property(anyAmount, anyServices.chain((list) => fc.tuple(fc.constant(list), anyWeights(list))), (amount, [list, weights]) => {
          for (const mix of suggestedMixes(amount, list, weights)) {
            const total = mix.lines.reduce((sum, line) => sum + line.quantity * list.find((service) => service.id === line.id)!.costPence, 0);
            expect(total).toBe(mix.totalPence);
            expect(mix.totalPence).toBeLessThanOrEqual(amount);
            expect(mix.leftPence).toBe(amount - mix.totalPence);
            expect(mix.lines.every((line) => Number.isInteger(line.quantity) && line.quantity >= 0)).toBe(true);
          }
        }),
      );
    });

    it("spends an equal-money mix until nothing more fits", () => {
      fc.assert(
        fc.property(anyAmount, anyServices, (amount, list) => {
          const mix = suggestedMixes(amount, list).find((candidate) => candidate.strategy === "equal_money");
          if (!mix) return;
          expect(list.every((service) => service.costPence > mix.leftPence)).toBe(true);
        }),
      );
    });

    it("keeps an equal-numbers mix's counts of affordable services within one of each other", () => {
      fc.assert(
        fc.property(anyAmount, anyServices, (amount, list) => {
          const mix = suggestedMixes(amount, list).find((candidate) => candidate.strategy === "equal_numbers");
          if (!mix) return;
          const counts = mix.lines.filter((line) => list.find((service) => service.id === line.id)!.costPence <= amount).map((line) => line.quantity);
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        }),
      );
    });

    it("funds each service alone to the last whole one", () => {
      fc.assert(
        fc.property(anyAmount, anyServices, (amount, list) => {
          for (const row of fundableAlone(amount, list)) {
            const cost = list.find((service) => service.id === row.id)!.costPence;
            expect(row.quantity * cost + row.leftPence).toBe(amount);
            expect(row.leftPence).toBeLessThan(cost);
          }
        }),
      );
    });
  });
});
