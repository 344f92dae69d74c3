import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import type { ContractView, KpiView } from "../../../../core/api/reporting-contracts.js";
import { contractBodyOf, contractValuesOf, validateContract } from "./contract-form-values.js";
import { kpiBodyOf, kpiValuesOf, validateKpi } from "./kpi-form-values.js";

// The key itself stands for the message, with its values, so the tests can see which words were chosen.
const t = ((key: string | string[], values?: Record<string, unknown>) => `${Array.isArray(key) ? key[0] : key}${values && "count" in values ? `:${String(values.count)}` : ""}`) as unknown as TFunction;

const siteA = "0f8fad5b-d9cb-469f-a165-70867728950e";
const siteB = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const contract: ContractView = {
  id: "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b",
  funderId: "6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b",
  funderName: "Birmingham City Council",
  name: "Community prevention",
  reference: "",
  valuePence: 1_250_050,
  startsOn: "2026-04-01",
  endsOn: "2027-03-31",
  siteIds: [siteA],
  programmeCodes: [],
  quarters: ["2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1"],
  kpiCount: 0,
  createdAt: "2026-03-01T10:00:00.000Z",
  version: 3,
};

describe("reporting.contracts web forms", () => {
  it("writes a contract's value in pounds and sends it in pence, with the version seen", () => {
    const values = contractValuesOf(contract, null);
    expect(values.valuePence).toBe("12500.50");
    expect(contractBodyOf({ ...values, valuePence: "£15,000" }, contract)).toMatchObject({ valuePence: 1_500_000, version: 3 });
  });

  it("explains a contract's money, period and sites in words of their own", () => {
    const errors = validateContract(t, null)({ ...contractValuesOf(null, contract.funderId), name: "New", valuePence: "twelve", startsOn: "2026-04-01", endsOn: "2026-03-01" });
    expect(errors).toMatchObject({ valuePence: "contracts.contractForm.valueFormat", endsOn: "contracts.contractForm.endsBeforeStart", siteIds: "contracts.contractForm.siteNeeded" });
    const tooLong = validateContract(t, null)({ ...contractValuesOf(contract, null), endsOn: "2036-04-01" });
    expect(tooLong).toEqual({ endsOn: "contracts.contractForm.tooLong" });
  });

  it("sends a KPI's filters by dimension and only the quarters with a target", () => {
    const values = { ...kpiValuesOf(null, contract), label: "Engaged", metric: "people_engaged", measure: "share", filters: [{ dimension: "minority_ethnic", values: ["minority_ethnic"] }] };
    values.targets["2026-Q3"] = 60;
    expect(kpiBodyOf(values, null)).toEqual({ label: "Engaged", metric: "people_engaged", measure: "share", direction: "at_least", filter: { minority_ethnic: ["minority_ethnic"] }, targets: { "2026-Q3": 60 } });
    const kpi = { id: contract.id, contractId: contract.id, label: "Engaged", metric: "people_engaged", measure: "share", direction: "at_least", filter: { minority_ethnic: ["minority_ethnic"] }, targets: { "2026-Q3": 60 }, position: 0, version: "0123456789abcdef" } satisfies KpiView;
    expect(kpiValuesOf(kpi, contract).targets).toEqual({ "2026-Q2": "", "2026-Q3": 60, "2026-Q4": "", "2027-Q1": "" });
  });

  it("checks a KPI against its contract as the server does, putting each problem on its field", () => {
    const validate = validateKpi(t, contract, ["multilingual_recovery"], null);
    const base = { ...kpiValuesOf(null, contract), label: "Engaged", metric: "people_engaged", measure: "share" };
    expect(validate(base)).toEqual({ filters: "contracts.kpiForm.errors.shareNeedsFilter" });
    expect(validate({ ...base, filters: [{ dimension: "site", values: [siteB] }] })).toEqual({ "filters.0.dimension": "contracts.kpiForm.errors.siteOutside" });
    expect(validate({ ...base, filters: [{ dimension: "sex", values: [] }] })).toMatchObject({ "filters.0.values": "contracts.kpiForm.errors.chooseValues" });
    const tooMuch = { ...base, filters: [{ dimension: "sex", values: ["female"] }], targets: { ...base.targets, "2026-Q2": 120 } };
    expect(validate(tooMuch)).toEqual({ "targets.2026-Q2": "contracts.kpiForm.errors.targetShare" });
    expect(validate({ ...base, measure: "median_days", filters: [{ dimension: "sex", values: ["female"] }] })).toEqual({ measure: "contracts.kpiForm.errors.measure" });
    expect(validate({ ...base, filters: [{ dimension: "sex", values: ["female"] }] })).toEqual({});
  });
});
