import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import type { FundingOptions, GrantView, SpendView } from "../../../../core/api/funding.js";
import { grantBodyOf, grantValuesOf, validateGrant } from "./grant-form-values.js";
import { chargeableGrants, organisationWideValue, spendBodyOf, spendValuesOf, validateSpend } from "./spend-form-values.js";

// The key itself stands for the message, so the tests can see which words were chosen.
const t = ((key: string | string[]) => (Array.isArray(key) ? key[0] : key)) as unknown as TFunction;

const birmingham = "0f8fad5b-d9cb-469f-a165-70867728950e";
const luton = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const funderId = "6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b";
const grant: GrantView = {
  id: "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b",
  funderId,
  funderName: "Home Office",
  purpose: "Prevention mentoring",
  amountPence: 4_500_050,
  startsOn: "2026-04-01",
  endsOn: "2027-03-31",
  endedOn: null,
  restrictions: "",
  siteIds: [birmingham],
  programmeCodes: [],
  isDisclosed: true,
  isAmountDisclosed: true,
  spentPence: 0,
  createdAt: "2026-03-01T10:00:00.000Z",
  version: 4,
};

describe("funding web forms", () => {
  it("writes a grant's amount in pounds and sends it in pence, with the version seen", () => {
    const values = grantValuesOf(grant);
    expect(values.amountPence).toBe("45000.50");
    expect(grantBodyOf({ ...values, amountPence: "£46,000" }, grant)).toMatchObject({ amountPence: 4_600_000, version: 4 });
  });

  it("publishes the amount only with the grant, and explains a period in its own words", () => {
    expect(grantBodyOf({ ...grantValuesOf(grant), isDisclosed: false }, null)).toMatchObject({ isDisclosed: false, isAmountDisclosed: false });
    const errors = validateGrant(t, null)({ ...grantValuesOf(null), funderId, purpose: "Mentoring", amountPence: "12.345", startsOn: "2026-04-01", endsOn: "2026-03-01" });
    expect(errors).toEqual({ amountPence: "funding.grants.form.amountFormat", endsOn: "funding.grants.form.endsBeforeStart" });
  });

  it("sends spend for the organisation as a whole, or charged to no grant, as null", () => {
    const values = { ...spendValuesOf(null, "2026-05"), siteId: organisationWideValue, category: "staff", amountPence: "1,250", description: "Salaries" };
    expect(spendBodyOf(values, null)).toEqual({ month: "2026-05", siteId: null, category: "staff", amountPence: 125_000, description: "Salaries", grantId: null });
    expect(validateSpend(t, null)({ ...values, month: "May", amountPence: "" })).toEqual({ month: "funding.spend.form.monthFormat", amountPence: "validation.required" });
  });

  it("offers only the grants that run in the month and support the place, and always the one an entry has", () => {
    const options: FundingOptions = { sites: [], programmes: [], funders: [], grants: [grant, { ...grant, id: "9a9a9a9a-2fa1-4d3b-a3f5-ef19b5a7633b", siteIds: [] }] };
    const ids = (month: string, siteId: string, current: string | null = null) => chargeableGrants(options, { month, siteId }, current).map((candidate) => candidate.id);
    expect(ids("2026-05", birmingham)).toEqual([grant.id, options.grants[1]!.id]);
    expect(ids("2026-05", luton)).toEqual([options.grants[1]!.id]);
    expect(ids("2026-05", organisationWideValue)).toEqual([options.grants[1]!.id]);
    expect(ids("2026-03", birmingham)).toEqual([]);
    expect(ids("2026-03", birmingham, grant.id)).toEqual([grant.id]);
    const spend: SpendView = { id: "5a5a5a5a-2fa1-4d3b-a3f5-ef19b5a7633b", month: "2026-05", siteId: null, category: "staff", amountPence: 100, description: "x", grantId: null, createdAt: grant.createdAt, updatedAt: grant.createdAt, version: 2 };
    expect(spendValuesOf(spend, "2026-11")).toMatchObject({ month: "2026-05", siteId: organisationWideValue, amountPence: "1.00", grantId: "" });
  });
});
