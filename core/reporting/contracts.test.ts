import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contractChangeProblems, kpiProblems, latestEndOf, penceFromPounds, poundsFromPence, type ContractCoverage, type KpiShape } from "./contracts.js";

const contract: ContractCoverage = { startsOn: "2026-04-01", endsOn: "2027-03-31", siteIds: ["site-a", "site-b"], programmeCodes: [] };
const programmes = ["five_phase_recovery", "faith_twelve_steps"];
const referrals: KpiShape = { metric: "referrals_received", measure: "count", filter: {}, targets: { "2026-Q2": 50, "2027-Q1": 55 } };

describe("reporting.contracts money", () => {
  it.each([
    ["12500", 1_250_000],
    ["12,500", 1_250_000],
    ["£12,500.50", 1_250_050],
    ["£ 1,234,567.5", 123_456_750],
    ["0.29", 29],
    [" 7 ", 700],
  ])("reads %s as %i pence", (written, pence) => {
    expect(penceFromPounds(written)).toBe(pence);
  });

  it.each(["", "twelve", "-5", "1.234", "12,50", "1e5", "£", "1,2345"])("refuses %j", (written) => {
    expect(penceFromPounds(written)).toBeNull();
  });

  it("writes pence as pounds and reads them back exactly", () => {
    expect(poundsFromPence(1_250_050)).toBe("12500.50");
    expect(poundsFromPence(7)).toBe("0.07");
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000_000_000 }), (pence) => {
        expect(penceFromPounds(poundsFromPence(pence))).toBe(pence);
      }),
    );
  });

  it("lets a contract run for at most ten years", () => {
    expect(latestEndOf("2026-04-01")).toBe("2036-03-31");
    expect(latestEndOf("2024-02-29")).toBe("2034-02-28");
  });
});

describe("reporting.contracts KPIs", () => {
  it("accepts a KPI that fits its contract", () => {
    expect(kpiProblems(referrals, contract, programmes)).toEqual([]);
    const share: KpiShape = { metric: "people_engaged", measure: "share", filter: { minority_ethnic: ["minority_ethnic"], programme: ["five_phase_recovery"], site: ["site-a"] }, targets: { "2026-Q3": 60 } };
    expect(kpiProblems(share, contract, programmes)).toEqual([]);
    expect(kpiProblems({ metric: "wait_to_first_contact", measure: "median_days", filter: {}, targets: { "2026-Q4": 10 } }, contract, programmes)).toEqual([]);
  });

  it("refuses a measure that does not fit the metric's kind", () => {
    expect(kpiProblems({ ...referrals, measure: "median_days" }, contract, programmes)).toEqual([{ path: "measure", message: expect.stringMatching(/count/) }]);
    expect(kpiProblems({ metric: "wait_to_assessment", measure: "count", filter: {}, targets: {} }, contract, programmes)).toEqual([{ path: "measure", message: expect.stringMatching(/median/) }]);
  });

  it("refuses a share that does not say which part it counts", () => {
    expect(kpiProblems({ ...referrals, measure: "share", targets: {} }, contract, programmes)).toEqual([{ path: "filter", message: expect.any(String) }]);
  });

  it("refuses filters by a dimension the metric lacks, by month, or by sites and programmes outside the contract", () => {
    const problems = (filter: KpiShape["filter"], coverage = contract) => kpiProblems({ ...referrals, filter, targets: {} }, coverage, programmes).map((problem) => problem.path);
    expect(problems({ programme: ["five_phase_recovery"] })).toEqual(["filter.programme"]);
    expect(problems({ month: ["2026-05"] })).toEqual(["filter.month"]);
    expect(problems({ site: ["site-c"] })).toEqual(["filter.site"]);
    expect(kpiProblems({ metric: "programme_completions", measure: "count", filter: { programme: ["no_such"] }, targets: {} }, contract, programmes)).toEqual([{ path: "filter.programme", message: "No such programme." }]);
    const limited = { ...contract, programmeCodes: ["five_phase_recovery"] };
    expect(kpiProblems({ metric: "programme_completions", measure: "count", filter: { programme: ["faith_twelve_steps"] }, targets: {} }, limited, programmes).map((problem) => problem.path)).toEqual(["filter.programme"]);
  });

  it("refuses targets for quarters outside the contract, and targets no measure could meet", () => {
    const problems = kpiProblems({ ...referrals, targets: { "2026-Q1": 50, "2026-Q2": 2.5, "2027-Q2": 10 } }, contract, programmes);
    expect(problems).toEqual([
      { path: "targets.2026-Q1", message: "2026-Q1 is not a quarter of the contract's period." },
      { path: "targets.2026-Q2", message: "A count target is a whole number." },
      { path: "targets.2027-Q2", message: "2027-Q2 is not a quarter of the contract's period." },
    ]);
  });

  it("refuses a change to a contract that would leave a KPI's targets or filters outside it, naming the contract's field", () => {
    const kpis = [{ ...referrals, label: "Referrals" }, { metric: "people_engaged", measure: "count", filter: { site: ["site-b"] }, targets: {}, label: "Engaged in Manchester" } satisfies KpiShape & { label: string }];
    expect(contractChangeProblems(kpis, contract, programmes)).toEqual([]);
    const shorter = contractChangeProblems(kpis, { ...contract, endsOn: "2026-12-31", siteIds: ["site-a"] }, programmes);
    expect(shorter.map((problem) => problem.path)).toEqual(["endsOn", "siteIds"]);
    expect(shorter[0]!.message).toContain('"Referrals"');
    expect(contractChangeProblems(kpis, { ...contract, startsOn: "2026-07-01" }, programmes).map((problem) => problem.path)).toEqual(["startsOn"]);
  });
});
