import { describe, expect, it } from "vitest";
import { jaroWinkler, nameSimilarity } from "./name-similarity.js";

describe("identity.name-matching", () => {
  describe("nameSimilarity", () => {
    it.each([
      ["Mohammed Ali Khan", "Muhammad Aly Khan", "transliterations of one name"],
      ["Ali Khan", "Khan Ali", "the same words in another order"],
      ["Fatima Begum", "فاطمہ بیگم", "the same name in Urdu script"],
      ["Sean Murphy", "Shaun Murphy", "listed spelling variants"],
    ])("scores %s and %s as identical: %s", (a, b) => {
      expect(nameSimilarity(a, b)).toBe(1);
    });

    it("scores a typing slip highly but below an exact match", () => {
      const score = nameSimilarity("Katarzyna Nowak", "Kataryzna Nowak");
      expect(score).toBeGreaterThan(0.9);
      expect(score).toBeLessThan(1);
    });

    it("lowers the score for an extra middle name without sinking it", () => {
      expect(nameSimilarity("Fatima Khan", "Fatima Zahra Khan")).toBeGreaterThan(0.85);
    });

    it("scores different names below spelling variants of one name", () => {
      expect(nameSimilarity("Hassan Ali", "Hussain Ali")).toBeLessThan(nameSimilarity("Hussain Ali", "Hossain Aly"));
      expect(nameSimilarity("John Smith", "Mohammed Khan")).toBeLessThan(0.6);
    });

    it("is symmetric", () => {
      expect(nameSimilarity("Fatima Khan", "Fatima Zahra Khan")).toBe(nameSimilarity("Fatima Zahra Khan", "Fatima Khan"));
    });

    it("scores an empty name as 0", () => {
      expect(nameSimilarity("", "Ali")).toBe(0);
      expect(nameSimilarity("--", "")).toBe(0);
    });
  });

  describe("jaroWinkler", () => {
    it.each([
      ["martha", "marhta", 0.961],
      ["dwayne", "duane", 0.84],
      ["dixon", "dicksonx", 0.813],
      ["abc", "abc", 1],
      ["abc", "xyz", 0],
    ])("matches the published value for %s/%s", (a, b, expected) => {
      expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
    });
  });
});
