import { describe, expect, it } from "vitest";
import { publicReferralBodySchema } from "../../../core/api/referrals.js";
import { problemFromServer, toAsciiDigits } from "./public-validation.js";
import { composeDateOfBirth, initialReferralValues, toReferralInput, validateReferral, type ReferralFormValues } from "./referral-values.js";

const token = "1700000000000.signature";
const today = "2025-06-01";
const siteId = "7f1c1c5e-9a51-4c39-9d2a-0d5b7b1b8f10";

function selfReferral(overrides: Partial<ReferralFormValues> = {}): ReferralFormValues {
  const values = initialReferralValues({ isSelf: true, language: "ur", siteId });
  return {
    ...values,
    person: { ...values.person, givenName: "Amina", phone: "07700 900123" },
    reasons: ["mental_health"],
    concern: "I cannot sleep and I am worried.",
    urgency: "soon",
    isConsentGiven: true,
    ...overrides,
  };
}

function familyReferral(): ReferralFormValues {
  const values = selfReferral();
  return {
    ...values,
    sourceCode: "family",
    person: { ...values.person, phone: "" },
    referrer: { name: "Tariq", relationship: "Brother", organisation: "Ignored for family", phone: "", email: "tariq@example.org" },
    isPersonAware: "no",
  };
}

describe("public.referral-form", () => {
  it("sends a self-referral the server's schema accepts, leaving out what was not given", () => {
    const body = publicReferralBodySchema.parse(toReferralInput(selfReferral(), token));
    expect(body.person).toEqual({ givenName: "Amina", phone: "07700 900123" });
    expect(body.referrer).toBeUndefined();
    expect(body.isPersonAware).toBeUndefined();
    expect(body.preferredLanguage).toBe("ur");
    expect(body.formToken).toBe(token);
    expect(body.website).toBe("");
  });

  it("sends the referrer for someone else, with only the detail that fits who they are", () => {
    const body = publicReferralBodySchema.parse(toReferralInput(familyReferral(), token));
    expect(body.referrer).toEqual({ name: "Tariq", email: "tariq@example.org", relationship: "Brother" });
    expect(body.isPersonAware).toBe(false);
    const unsure = publicReferralBodySchema.parse(toReferralInput({ ...familyReferral(), isPersonAware: "unsure" }, token));
    expect(unsure.isPersonAware).toBeUndefined();
  });

  it("accepts a complete answer", () => {
    expect(validateReferral(selfReferral(), token, today)).toEqual({});
    expect(validateReferral(familyReferral(), token, today)).toEqual({});
  });

  it("names what is missing on an empty form, field by field", () => {
    const empty = initialReferralValues({ isSelf: false, language: "en" });
    expect(validateReferral(empty, token, today)).toEqual({
      sourceCode: { key: "public.validation.sourceCode" },
      "person.givenName": { key: "public.validation.givenName" },
      siteId: { key: "public.validation.siteId" },
      reasons: { key: "public.validation.reasons" },
      concern: { key: "public.validation.concern" },
      urgency: { key: "public.validation.urgency" },
      isConsentGiven: { key: "public.validation.consent" },
    });
  });

  it("asks for a way to reach the person referring themselves, or the referrer", () => {
    const unreachable = selfReferral({ person: { ...selfReferral().person, phone: "" } });
    expect(validateReferral(unreachable, token, today)).toEqual({ "person.phone": { key: "public.validation.contactSelf" } });
    const silentReferrer = { ...familyReferral(), referrer: { ...familyReferral().referrer, email: "" } };
    expect(validateReferral(silentReferrer, token, today)).toEqual({
      "referrer.phone": { key: "public.validation.contactReferrer" },
    });
  });

  it("explains badly written answers in the reader's words", () => {
    const person = { ...selfReferral().person, email: "amina@", postcode: "nowhere", dobDay: "31", dobMonth: "2", dobYear: "2001" };
    expect(validateReferral(selfReferral({ person }), token, today)).toEqual({
      "person.email": { key: "public.validation.email" },
      "person.postcode": { key: "public.validation.postcode" },
      "person.dobDay": { key: "public.validation.dateOfBirth" },
    });
    const longStory = selfReferral({ concern: "x".repeat(4001) });
    expect(validateReferral(longStory, token, today)).toEqual({ concern: { key: "public.validation.tooLong", values: { max: 4000 } } });
  });

  it("puts the date of birth together from its boxes, and refuses one in the future", () => {
    expect(composeDateOfBirth("", "", "")).toBeUndefined();
    expect(composeDateOfBirth("7", "3", "2007")).toBe("2007-03-07");
    expect(composeDateOfBirth("٧", "٣", "٢٠٠٧")).toBe("2007-03-07");
    const future = selfReferral({ person: { ...selfReferral().person, dobDay: "1", dobMonth: "1", dobYear: "2030" } });
    expect(validateReferral(future, token, today)).toEqual({ "person.dobDay": { key: "public.validation.dateOfBirthFuture" } });
  });

  it("reads digits typed on Urdu, Arabic, Bengali and Punjabi keyboards", () => {
    expect(toAsciiDigits("۰۷۷۰۰ ٩٠٠١٢٣")).toBe("07700 900123");
    expect(toAsciiDigits("০৭৭০০ ੯੦੦੧੨੩")).toBe("07700 900123");
    const body = publicReferralBodySchema.parse(toReferralInput(selfReferral({ person: { ...selfReferral().person, phone: "۰۷۷۰۰ ۹۰۰۱۲۳" } }), token));
    expect(body.person.phone).toBe("07700 900123");
  });

  it("turns the server's English field messages into catalogue keys by field", () => {
    expect(problemFromServer("person.phone", "Enter a phone number using digits, spaces and + only.")).toEqual({ key: "public.validation.phone" });
    expect(problemFromServer("siteId", "No such site.")).toEqual({ key: "public.validation.siteId" });
    expect(problemFromServer("referrer", "Required when referring someone else.")).toEqual({ key: "public.validation.referrerName" });
    expect(problemFromServer("concern", "At most 4000 characters.")).toEqual({ key: "public.validation.tooLong", values: { max: 4000 } });
    expect(problemFromServer("somethingNew", "Whatever.")).toEqual({ key: "public.validation.invalid" });
  });
});
