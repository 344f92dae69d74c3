import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-policy.js";

const common = new Set(["password", "qwerty", "letmein", "iloveyou"]);

describe("password policy", () => {
  it.each([
    ["short", "abc12", "too_short"],
    ["exactly common", "passwordpassword".slice(0, 8), "too_short"],
    ["common padded with digits", "password1234567", "common"],
    ["common padded with symbols", "!!!letmein!!!!", "common"],
    ["repetitive", "aaaaaaaaaaaaaaab", "repetitive"],
    ["own email name", "samira.khan-rocks!", "contains_context"],
    ["organisation name", "greenlane-community-1", "contains_context"],
    ["too long", "x".repeat(257), "too_long"],
  ])("refuses a %s password", (_label, password, problem) => {
    expect(
      checkPassword(password, common, {
        email: "samira.khan@example.org",
        displayName: "Samira Khan",
        organisationName: "Greenlane Community",
      }),
    ).toBe(problem);
  });

  it("accepts a long passphrase of random words without complexity rules", () => {
    expect(checkPassword("copper lantern orchard", common, { email: "samira@example.org" })).toBeNull();
  });

  it("judges people with names in Urdu script fairly, and still refuses their name as a password", () => {
    const context = { email: "aisha@example.org", displayName: "عائشہ خان" };
    expect(checkPassword("copper lantern orchard", common, context)).toBeNull();
    expect(checkPassword("عائشہ عائشہ 2024!!", common, context)).toBe("contains_context");
  });

  it("counts characters, not bytes, so Urdu passphrases are measured fairly", () => {
    expect(checkPassword("چاند ستارے دریا", common)).toBeNull();
    expect(checkPassword("چاند", common)).toBe("too_short");
  });
});
