import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasAttemptsLeft, isDelivered, maxDeliveryAttempts, responseExcerpt, retryDelayMs } from "./delivery-schedule.js";

describe("integrations.delivery-schedule", () => {
  it.each([
    [1, 0, 15_000],
    [1, 0.999_999, 30_000],
    [2, 0, 30_000],
    [3, 0.5, 90_000],
    [7, 0, 960_000],
    [20, 0, 10_800_000],
  ])("after try %i with draw %f waits %i ms", (attempt, random, delay) => {
    expect(retryDelayMs(attempt, random)).toBe(delay);
  });

  it("grows with each try, jitters within the upper half, and never exceeds six hours", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 0.999_999, noNaN: true }), (attempt, random) => {
        const delay = retryDelayMs(attempt, random);
        const ceiling = Math.min(6 * 3_600_000, 30_000 * 2 ** (attempt - 1));
        return delay >= ceiling / 2 && delay <= ceiling && retryDelayMs(attempt + 1, 0) >= retryDelayMs(attempt, 0);
      }),
    );
  });

  it("stops after the last try, counts only 2xx as delivered, and keeps a short clean excerpt", () => {
    expect(hasAttemptsLeft(maxDeliveryAttempts - 1)).toBe(true);
    expect(hasAttemptsLeft(maxDeliveryAttempts)).toBe(false);
    expect([200, 204, 299].every(isDelivered)).toBe(true);
    expect([199, 301, 404, 500].some(isDelivered)).toBe(false);
    expect(responseExcerpt(`bad\u0000\r\nthing ${"y".repeat(400)}`)).toMatch(/^bad thing y+$/);
    expect(responseExcerpt("z".repeat(400))).toHaveLength(200);
  });
});
