import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emailDomain, isDomainAllowed, isEmailVouchedFor, reportsSecondFactor, secondFactorStateAfterSso } from "./rules.js";

describe("sso.rules", () => {
  it.each([
    [["pwd", "mfa"], true],
    [["otp"], true],
    [["HWK"], true],
    [["swk", "pwd"], true],
    [["pwd"], false],
    [["sms-ish", "pwdmfa"], false],
    [[], false],
    ["mfa", false],
    [null, false],
    [undefined, false],
    [[1, { mfa: true }], false],
  ])("reads amr %j as a second factor: %s", (amr, expected) => {
    expect(reportsSecondFactor(amr)).toBe(expected);
  });

  it.each([
    ["ana@example.org", "example.org"],
    ["Ana@Example.ORG", "example.org"],
    ["a@b@example.org", "example.org"],
    ["@example.org", null],
    ["ana@", null],
    ["ana", null],
  ])("finds the domain of %s", (email, domain) => {
    expect(emailDomain(email)).toBe(domain);
  });

  it("admits exact domains only, never a subdomain or a look-alike", () => {
    const allowed = ["example.org", "charity.org.uk"];
    expect(isDomainAllowed("ana@example.org", allowed)).toBe(true);
    expect(isDomainAllowed("ana@EXAMPLE.org", allowed)).toBe(true);
    expect(isDomainAllowed("ana@mail.example.org", allowed)).toBe(false);
    expect(isDomainAllowed("ana@example.org.evil.test", allowed)).toBe(false);
    expect(isDomainAllowed("ana@notexample.org", allowed)).toBe(false);
    expect(isDomainAllowed("ana@example.org", [])).toBe(false);
  });

  it("never admits an address whose domain is not on the list", () => {
    const label = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(label, { maxLength: 4 }), label, label, (allowedLabels, local, domainLabel) => {
        const allowed = allowedLabels.map((l) => `${l}.org`);
        const email = `${local}@${domainLabel}.org`;
        expect(isDomainAllowed(email, allowed)).toBe(allowed.includes(`${domainLabel}.org`));
      }),
    );
  });

  it.each([
    [{ email_verified: true }, true],
    [{ xms_edov: true }, true],
    [{ xms_edov: "1" }, true],
    [{ email_verified: "true" }, false],
    [{ email_verified: false, xms_edov: false }, false],
    [{}, false],
  ])("trusts the email claim of %j: %s", (claims, expected) => {
    expect(isEmailVouchedFor(claims)).toBe(expected);
  });
});

describe("sso.secondFactorStateAfterSso", () => {
  it.each([
    // trusted, amr, enrolled, must → state
    [true, ["mfa"], true, true, "complete"],
    [true, ["mfa"], false, true, "complete"],
    [true, ["pwd"], true, true, "pending"],
    [true, ["pwd"], false, true, "enrolment_required"],
    [false, ["mfa"], true, true, "pending"],
    [false, ["mfa"], false, true, "enrolment_required"],
    [false, ["mfa"], false, false, "complete"],
    [true, undefined, false, false, "complete"],
  ] as const)("trusted %s, amr %j, enrolled %s, must have one %s → %s", (isProviderMfaTrusted, amr, isEnrolled, mustHaveSecondFactor, state) => {
    expect(secondFactorStateAfterSso({ isProviderMfaTrusted, amr, isEnrolled, mustHaveSecondFactor })).toBe(state);
  });

  it("never completes without a reported factor for someone who must have one", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.constantFrom("pwd", "kba", "user", "wia")), fc.boolean(), (trusted, amr, enrolled) => {
        expect(secondFactorStateAfterSso({ isProviderMfaTrusted: trusted, amr, isEnrolled: enrolled, mustHaveSecondFactor: true })).not.toBe("complete");
      }),
    );
  });
});
