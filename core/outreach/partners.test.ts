import { describe, expect, it } from "vitest";
import { agreementState, hasSharingAgreement, partnerAgreementSchema, partnerContactSchema } from "./partners.js";

const problems = (schema: typeof partnerContactSchema | typeof partnerAgreementSchema, value: unknown) =>
  schema.safeParse(value).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("outreach.partners", () => {
  it("keeps a contact only with their consent, with a real email and phone when given", () => {
    const imam = { name: "Imam Yusuf", role: "Imam", email: "", phone: "0121 496 0000", hasConsented: true };
    expect(problems(partnerContactSchema, imam)).toEqual([]);
    expect(problems(partnerContactSchema, { ...imam, hasConsented: false })).toEqual(["hasConsented: A contact's details are kept only with their consent."]);
    expect(problems(partnerContactSchema, { ...imam, email: "not an address" })).toEqual(["email: Must be an email address."]);
    expect(problems(partnerContactSchema, { ...imam, phone: "call the office" })).toEqual(["phone: Must be a phone number."]);
  });

  it("refuses an agreement that ends before it was signed", () => {
    expect(problems(partnerAgreementSchema, { kind: "information_sharing", reference: "", signedOn: "2026-03-01", endsOn: "2026-02-01" })).toEqual(["endsOn: It cannot end before it was signed."]);
  });

  it("says whether an agreement is in force, ending within 60 days, ended or not yet begun", () => {
    const today = "2026-11-24";
    expect(agreementState({ signedOn: "2025-01-01", endsOn: null }, today)).toBe("in_force");
    expect(agreementState({ signedOn: "2025-01-01", endsOn: "2027-06-01" }, today)).toBe("in_force");
    expect(agreementState({ signedOn: "2025-01-01", endsOn: "2027-01-23" }, today)).toBe("ending_soon");
    expect(agreementState({ signedOn: "2025-01-01", endsOn: "2027-01-24" }, today)).toBe("in_force");
    expect(agreementState({ signedOn: "2025-01-01", endsOn: today }, today)).toBe("ending_soon");
    expect(agreementState({ signedOn: "2025-01-01", endsOn: "2026-11-23" }, today)).toBe("ended");
    expect(agreementState({ signedOn: "2026-12-01", endsOn: null }, today)).toBe("not_yet_signed");
  });

  it("allows sharing only under an information-sharing agreement that has not ended", () => {
    const today = "2026-11-24";
    const venue = { kind: "venue_use" as const, reference: "", signedOn: "2025-01-01", endsOn: null };
    const sharing = { kind: "information_sharing" as const, reference: "ISA-12", signedOn: "2025-01-01", endsOn: "2027-01-01" };
    expect(hasSharingAgreement([venue], today)).toBe(false);
    expect(hasSharingAgreement([venue, sharing], today)).toBe(true);
    expect(hasSharingAgreement([{ ...sharing, endsOn: "2026-10-01" }], today)).toBe(false);
  });
});
