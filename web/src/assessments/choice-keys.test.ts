import { describe, expect, it } from "vitest";
import { optionForKey } from "./choice-keys.js";

describe("assessments.choice-keys", () => {
  it("picks the nth answer for digits 1 to the number of answers", () => {
    expect(optionForKey("1", 5)).toBe(0);
    expect(optionForKey("5", 5)).toBe(4);
    expect(optionForKey("6", 5)).toBeNull();
    expect(optionForKey("0", 5)).toBeNull();
    expect(optionForKey("a", 5)).toBeNull();
  });

  it("reads the digits of Urdu and Arabic keyboards", () => {
    expect(optionForKey("۳", 4)).toBe(2);
    expect(optionForKey("٢", 4)).toBe(1);
    expect(optionForKey("۰", 4)).toBeNull();
  });
});
