import { describe, expect, it } from "vitest";
import { displayPrefixOf, expiryProblem, isTokenShaped, maxTokenDays, scopeAllows } from "./tokens.js";

describe("integrations.tokens", () => {
  it("recognises the token shape scanners look for", () => {
    expect(isTokenShaped(`pwy_${"a".repeat(43)}`)).toBe(true);
    expect(isTokenShaped(`pwy_${"a".repeat(42)}`)).toBe(false);
    expect(isTokenShaped(`ghp_${"a".repeat(43)}`)).toBe(false);
    expect(displayPrefixOf(`pwy_abcdef${"x".repeat(37)}`)).toBe("pwy_abcdef");
  });

  it.each([
    ["read", "GET", true],
    ["read", "HEAD", true],
    ["read", "POST", false],
    ["read", "DELETE", false],
    ["read_write", "PATCH", true],
    ["read_write", "GET", true],
  ] as const)("a %s token may %s: %s", (scope, method, isAllowed) => {
    expect(scopeAllows(scope, method)).toBe(isAllowed);
  });

  it("needs an expiry after today and within a year", () => {
    expect(expiryProblem("2026-05-01", "2026-05-01")).toBe("Choose a day after today.");
    expect(expiryProblem("2026-05-02", "2026-05-01")).toBeNull();
    expect(expiryProblem("2027-05-02", "2026-05-01")).toBeNull();
    expect(expiryProblem("2027-05-03", "2026-05-01")).toBe(`A token can last at most ${maxTokenDays} days.`);
  });
});
