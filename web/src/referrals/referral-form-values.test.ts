import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { initialReferralValues, toReferralBody, validateReferral, type ReferralFormValues } from "./referral-form-values.js";

const t = ((key: string) => key) as unknown as TFunction;
const siteId = "5b0c7a4e-1c1e-4f53-9d8e-2f8f6f3b1a01";

const filled = (changes: Partial<ReferralFormValues> = {}): ReferralFormValues => ({
  ...initialReferralValues,
  sourceCode: "faith_leader",
  person: { ...initialReferralValues.person, givenName: "Yusuf" },
  referrer: { ...initialReferralValues.referrer, name: "Imam Abdul Rahman" },
  reasons: ["alcohol"],
  concern: "Drinking heavily since his father died.",
  urgency: "routine",
  ...changes,
});

describe("referrals.staff-form", () => {
  it("leaves blank optional answers out and sends the referrer only when someone else refers", () => {
    const body = toReferralBody(filled(), siteId);
    expect(body.person).toEqual({ givenName: "Yusuf", familyName: undefined, dateOfBirth: undefined, phone: undefined, email: undefined, postcode: undefined });
    expect(body.referrer?.name).toBe("Imam Abdul Rahman");
    expect(body.isPersonAware).toBeUndefined();
    const self = toReferralBody(filled({ sourceCode: "self" }), siteId);
    expect(self.referrer).toBeUndefined();
    expect("isPersonAware" in self).toBe(false);
  });

  it("says where the referral came from in the community only when a partner or session is chosen", () => {
    expect("attribution" in toReferralBody(filled(), siteId)).toBe(false);
    const sessionId = "8d6f1e0a-3b7c-4c2e-9a51-6f0e2d4b7c19";
    expect(toReferralBody(filled({ attribution: { partnerId: "", outreachSessionId: sessionId } }), siteId).attribution).toEqual({ partnerId: null, outreachSessionId: sessionId });
  });

  it("asks for the source, a reason, the urgency and the concern with the server's own schema", () => {
    expect(validateReferral(initialReferralValues, siteId, t)).toMatchObject({
      sourceCode: "validation.required",
      "person.givenName": "validation.required",
      reasons: "referrals.form.chooseReason",
      urgency: "validation.required",
      concern: "validation.required",
    });
    expect(validateReferral(filled(), siteId, t)).toEqual({});
  });

  it("says what a fixed-format field expects", () => {
    const person = { ...filled().person, phone: "call me", postcode: "nowhere" };
    expect(validateReferral(filled({ person }), siteId, t)).toEqual({
      "person.phone": "clients.format.phone",
      "person.postcode": "clients.format.postcode",
    });
  });
});
