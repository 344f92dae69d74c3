import { describe, expect, it } from "vitest";
import { chargeProblem, grantChangeProblems, grantStatus, lastDayOf, type GrantCoverage } from "./grants.js";

const yearGrant: GrantCoverage = { startsOn: "2026-04-01", endsOn: "2027-03-31", endedOn: null, siteIds: [] };
const birminghamGrant: GrantCoverage = { ...yearGrant, siteIds: ["birmingham"] };

describe("funding.grants", () => {
  it.each([
    ["2026-03-31", "upcoming"],
    ["2026-04-01", "current"],
    ["2027-03-31", "current"],
    ["2027-04-01", "ended"],
  ] as const)("is %s → %s for a grant over the financial year", (today, status) => {
    expect(grantStatus(yearGrant, today)).toBe(status);
  });

  it("ends on the day it was ended early", () => {
    const ended = { ...yearGrant, endedOn: "2026-09-15" };
    expect(lastDayOf(ended)).toBe("2026-09-15");
    expect(grantStatus(ended, "2026-09-16")).toBe("ended");
  });

  it.each([
    [yearGrant, { month: "2026-03", siteId: null }, "outside_period"],
    [yearGrant, { month: "2026-04", siteId: null }, null],
    [yearGrant, { month: "2027-03", siteId: "manchester" }, null],
    [yearGrant, { month: "2027-04", siteId: null }, "outside_period"],
    // A grant ended on 15 September still pays for September's spend, not October's.
    [{ ...yearGrant, endedOn: "2026-09-15" }, { month: "2026-09", siteId: null }, null],
    [{ ...yearGrant, endedOn: "2026-09-15" }, { month: "2026-10", siteId: null }, "outside_period"],
    [birminghamGrant, { month: "2026-05", siteId: "birmingham" }, null],
    [birminghamGrant, { month: "2026-05", siteId: "manchester" }, "other_site"],
    [birminghamGrant, { month: "2026-05", siteId: null }, "organisation_wide"],
  ] as const)("charging %j with %j: %s", (grant, spend, problem) => {
    expect(chargeProblem(grant, spend)).toBe(problem);
  });

  it("names each field a change would leave charged spend outside, once", () => {
    const charged = [
      { month: "2026-04", siteId: "birmingham" },
      { month: "2026-05", siteId: "birmingham" },
      { month: "2027-02", siteId: "manchester" },
    ];
    expect(grantChangeProblems({ ...yearGrant, siteIds: [] }, charged)).toEqual([]);
    expect(grantChangeProblems({ ...yearGrant, startsOn: "2026-05-01", endsOn: "2027-01-31", siteIds: ["birmingham"] }, charged).map((problem) => problem.path)).toEqual(["startsOn", "endsOn"]);
    expect(grantChangeProblems({ ...yearGrant, siteIds: ["birmingham"] }, charged).map((problem) => problem.path)).toEqual(["siteIds"]);
    expect(grantChangeProblems({ ...yearGrant, endsOn: "2027-01-31" }, charged).map((problem) => problem.path)).toEqual(["endsOn"]);
    expect(grantChangeProblems({ ...yearGrant, endedOn: "2026-12-31" }, charged).map((problem) => problem.path)).toEqual(["endedOn"]);
  });
});
