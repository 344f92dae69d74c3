import { describe, expect, it } from "vitest";
import { reportPartOf, reportPartsFor } from "./report-tabs.js";

describe("reporting.report tabs", () => {
  const none = { manageSites: false, manageUsers: false, verifyAudit: false, manageClientMerges: false, requestEmergencyAccess: false, manageInstruments: false, manageProgrammes: false, manageSupportVocabulary: false, manageTrainingCourses: false, readDashboards: false, manageReporting: false, readCommissioning: false, editContent: false, listCaseStudies: false, manageSiteSettings: false, handleDataRights: false, reviewRetention: false, configureRetention: false, importSpreadsheets: false };
  const site = (exportsNationalDataset: boolean) => ({ exportsNationalDataset, worksCaseload: true, seesCases: true, managesWorkers: true, seesCaseload: true, panel: null, outreach: null });
  const keys = (abilities: typeof none, siteAbilities: Record<string, ReturnType<typeof site>> = {}) => reportPartsFor({ abilities, siteAbilities }).map((part) => part.key);

  it("shows each part by the server's abilities", () => {
    expect(keys({ ...none, readDashboards: true, manageReporting: true })).toEqual(["dashboard", "returns", "contracts", "disclosure", "funding", "socialValue"]);
    // A team manager: their site's dashboard, and the export where they manage any site.
    expect(keys({ ...none, readDashboards: true }, { a: site(false), b: site(true) })).toEqual(["dashboard", "nationalDataset"]);
    expect(keys(none, { a: site(false) })).toEqual([]);
  });

  it("finds the part a page is in: the dashboard only at /reports, the others with their sub-pages", () => {
    expect(reportPartOf("/reports")).toBe("dashboard");
    expect(reportPartOf("/reports/contracts/abc")).toBe("contracts");
    expect(reportPartOf("/reports/national-dataset/settings")).toBe("nationalDataset");
    expect(reportPartOf("/reports/returns")).toBe("returns");
    expect(reportPartOf("/reports/funding/calculator")).toBe("funding");
    expect(reportPartOf("/reports/social-value/calculations/abc")).toBe("socialValue");
    expect(reportPartOf("/reports-old")).toBeNull();
  });
});
