import { describe, expect, it } from "vitest";
import { rolesAt } from "../home/roles-here.js";
import { isPanelOnly, overseesPanelAnywhere } from "../panel/panel-here.js";
import { isActive, navigationFor } from "./navigation.js";
import { workHere } from "./work-here.js";

describe("shell.navigation", () => {
  const none = { manageSites: false, manageUsers: false, verifyAudit: false, manageClientMerges: false, requestEmergencyAccess: false, manageInstruments: false, manageProgrammes: false, manageSupportVocabulary: false, manageTrainingCourses: false, readDashboards: false, manageReporting: false, readCommissioning: false, editContent: false, listCaseStudies: false, manageSiteSettings: false, handleDataRights: false, reviewRetention: false, configureRetention: false, importSpreadsheets: false };

  it("offers only what the session's abilities allow", () => {
    expect(navigationFor({ abilities: none, siteAbilities: {}, grants: [] }, null).map((item) => item.to)).toEqual(["/"]);
    expect(navigationFor({ abilities: { ...none, verifyAudit: true }, siteAbilities: {}, grants: [] }, null).map((item) => item.to)).toEqual(["/", "/audit"]);
    expect(navigationFor({ abilities: { ...none, importSpreadsheets: true }, siteAbilities: {}, grants: [] }, null).map((item) => item.to)).toEqual(["/", "/imports"]);
    expect(navigationFor({ abilities: { ...none, verifyAudit: true, handleDataRights: true }, siteAbilities: {}, grants: [] }, null).map((item) => item.to)).toEqual(["/", "/data-protection", "/audit"]);
    expect(navigationFor({ abilities: { ...none, configureRetention: true }, siteAbilities: {}, grants: [] }, null).map((item) => item.to)).toEqual(["/", "/data-protection/retention/rules"]);
    expect(navigationFor({ abilities: { ...none, handleDataRights: true, reviewRetention: true, configureRetention: true }, siteAbilities: {}, grants: [] }, null).map((item) => item.to)).toEqual(["/", "/data-protection"]);
    const administrator = { ...none, manageUsers: true, manageSites: true, verifyAudit: true, manageClientMerges: true, manageInstruments: true, manageProgrammes: true, manageSupportVocabulary: true };
    expect(navigationFor({ abilities: administrator, siteAbilities: {}, grants: [] }, null).map((item) => item.to)).toEqual(["/", "/users", "/integrations", "/sites", "/instruments", "/support-vocabulary", "/programmes", "/client-merges", "/audit"]);
  });

  it("offers casework by the server's abilities at the current site only", () => {
    const siteAbilities = {
      a: { exportsNationalDataset: false, worksCaseload: true, seesCases: true, managesWorkers: false, seesCaseload: false, panel: null, outreach: null },
      b: { exportsNationalDataset: false, worksCaseload: false, seesCases: true, managesWorkers: false, seesCaseload: false, panel: null, outreach: null },
    };
    expect(navigationFor({ abilities: none, siteAbilities, grants: [] }, "a").map((item) => item.to)).toEqual(["/", "/referrals", "/cases", "/my-sessions", "/my-day", "/group-sessions", "/clients"]);
    expect(navigationFor({ abilities: none, siteAbilities, grants: [] }, "b").map((item) => item.to)).toEqual(["/", "/cases", "/my-sessions", "/my-day", "/group-sessions"]);
    expect(navigationFor({ abilities: none, siteAbilities, grants: [] }, "c").map((item) => item.to)).toEqual(["/"]);
  });

  it("offers workers and the caseload dashboard when any of the user's sites allows them", () => {
    const site = (managesWorkers: boolean, seesCaseload: boolean) => ({ exportsNationalDataset: false, worksCaseload: false, seesCases: false, managesWorkers, seesCaseload, panel: null, outreach: null });
    const paths = (siteAbilities: Record<string, ReturnType<typeof site>>) => navigationFor({ abilities: none, siteAbilities, grants: [] }, null).map((item) => item.to);
    expect(paths({ a: site(false, false), b: site(true, false) })).toEqual(["/", "/workers"]);
    expect(paths({ a: site(true, true) })).toEqual(["/", "/caseload", "/workers"]);
    expect(paths({ a: site(false, false) })).toEqual(["/"]);
  });

  it("offers outreach where the user records or reads it at the current site", () => {
    const here = (outreach: "works" | "reads" | null) => ({ exportsNationalDataset: false, worksCaseload: false, seesCases: false, managesWorkers: false, seesCaseload: false, panel: null, outreach });
    const paths = (siteId: string) => navigationFor({ abilities: none, siteAbilities: { a: here("works"), b: here("reads"), c: here(null) }, grants: [] }, siteId).map((item) => item.to);
    expect(paths("a")).toEqual(["/", "/outreach"]);
    expect(paths("b")).toEqual(["/", "/outreach"]);
    expect(paths("c")).toEqual(["/"]);
  });

  it("opens reports at the dashboard for those who read one, else at contracts or the national dataset export", () => {
    const here = (exportsNationalDataset: boolean) => ({ exportsNationalDataset, worksCaseload: false, seesCases: false, managesWorkers: false, seesCaseload: false, panel: null, outreach: null });
    const reports = (abilities: typeof none, siteAbilities: Record<string, ReturnType<typeof here>> = {}, siteId: string | null = null) =>
      navigationFor({ abilities, siteAbilities, grants: [] }, siteId).find((item) => item.labelKey === "reporting.nav")?.to;
    expect(reports({ ...none, readDashboards: true, manageReporting: true })).toBe("/reports");
    expect(reports({ ...none, readDashboards: true }, { a: here(true) }, "a")).toBe("/reports");
    expect(reports({ ...none, manageReporting: true })).toBe("/reports/contracts");
    expect(reports(none, { a: here(true) }, "a")).toBe("/reports/national-dataset");
    expect(reports(none, { a: here(false) }, "a")).toBeUndefined();
    // The dashboard's sub-parts keep Reports current.
    expect(isActive({ labelKey: "reporting.nav", to: "/reports" }, "/reports/national-dataset")).toBe(true);
  });

  it("offers emergency access when the server says so, wherever the user is working", () => {
    expect(workHere({ abilities: { ...none, requestEmergencyAccess: true }, siteAbilities: {} }, "b").canRequestEmergencyAccess).toBe(true);
    expect(workHere({ abilities: none, siteAbilities: {} }, "a").canRequestEmergencyAccess).toBe(false);
  });

  it("offers a panel member whose only role it is the panel's meetings and their actions, and nothing else", () => {
    const siteAbilities = { a: { exportsNationalDataset: false, worksCaseload: false, seesCases: false, managesWorkers: false, seesCaseload: false, panel: "member" as const, outreach: null } };
    const grants = [{ role: "panel_member" as const, siteId: "a" }];
    expect(navigationFor({ abilities: none, siteAbilities, grants }, "a").map((item) => item.to)).toEqual(["/panel/meetings", "/panel/actions"]);
    expect(navigationFor({ abilities: none, siteAbilities, grants }, "a").map((item) => item.labelKey)).toContain("panel.nav.myActions");
    expect(isPanelOnly({ grants })).toBe(true);
    // Without an active seat (say, made inactive) the server says no part in the panel, and nothing is offered.
    expect(navigationFor({ abilities: none, siteAbilities: { a: { ...siteAbilities.a, panel: null, outreach: null } }, grants }, "a")).toEqual([]);
  });

  it("offers a commissioner its contracts and returns, and nothing of the casework", () => {
    const grants = [{ role: "commissioner" as const, siteId: null }];
    expect(navigationFor({ abilities: { ...none, readCommissioning: true }, siteAbilities: {}, grants }, null).map((item) => item.to)).toEqual(["/commissioning"]);
    // Someone holding another role besides (an administrator who is also a commissioner) keeps the rest.
    const both = [...grants, { role: "administrator" as const, siteId: null }];
    expect(navigationFor({ abilities: { ...none, readCommissioning: true, manageUsers: true }, siteAbilities: {}, grants: both }, null).map((item) => item.to)).toEqual(["/", "/commissioning", "/users", "/integrations"]);
  });

  it("offers the panel by the server's panel ability at the current site, beside casework, whatever the roles", () => {
    const at = (panel: "runs" | "member" | null) => ({ a: { exportsNationalDataset: false, worksCaseload: true, seesCases: true, managesWorkers: false, seesCaseload: false, panel, outreach: null }, b: { exportsNationalDataset: false, worksCaseload: true, seesCases: true, managesWorkers: false, seesCaseload: false, panel: null, outreach: null } });
    const paths = (panel: "runs" | "member" | null, siteId: string) =>
      navigationFor({ abilities: none, siteAbilities: at(panel), grants: [{ role: "caseworker", siteId: "a" }] }, siteId)
        .map((item) => item.to)
        .filter((to) => to.startsWith("/panel"));
    expect(paths("runs", "a")).toEqual(["/panel", "/panel/escalations", "/panel/meetings", "/panel/members", "/panel/actions"]);
    // A member of staff with a seat on the panel holds no panel role: the server's ability is what counts.
    expect(paths("member", "a")).toEqual(["/panel/meetings", "/panel/actions"]);
    expect(paths(null, "a")).toEqual([]);
    expect(paths("runs", "b")).toEqual([]);
    expect(navigationFor({ abilities: none, siteAbilities: at("member"), grants: [{ role: "caseworker", siteId: "a" }] }, "a").map((item) => item.to)).toContain("/cases");
    expect(isPanelOnly({ grants: [{ role: "panel_member", siteId: "a" }, { role: "caseworker", siteId: "a" }] })).toBe(false);
  });

  it("shows the panel's dashboard at /panel to those who run it at any site, and sends members to their meetings", () => {
    const here = (panel: "runs" | "member" | null) => ({ exportsNationalDataset: false, worksCaseload: false, seesCases: false, managesWorkers: false, seesCaseload: false, panel, outreach: null });
    expect(overseesPanelAnywhere({ siteAbilities: { a: here("member"), b: here("runs") } })).toBe(true);
    expect(overseesPanelAnywhere({ siteAbilities: { a: here("member"), b: here(null) } })).toBe(false);
  });

  it("marks a section active on its sub-pages, and Home only on itself", () => {
    expect(isActive({ labelKey: "nav.users", to: "/users" }, "/users/abc")).toBe(true);
    expect(isActive({ labelKey: "nav.home", to: "/" }, "/users")).toBe(false);
    expect(isActive({ labelKey: "panel.nav.dashboard", to: "/panel", isExact: true }, "/panel/meetings")).toBe(false);
  });

  it("lists the roles held at a site plus organisation-wide ones, once each", () => {
    const grants = [
      { role: "caseworker" as const, siteId: "a" },
      { role: "mentor" as const, siteId: "b" },
      { role: "administrator" as const, siteId: null },
      { role: "caseworker" as const, siteId: "a" },
    ];
    expect(rolesAt(grants, "a")).toEqual([
      { role: "caseworker", isOrganisationWide: false },
      { role: "administrator", isOrganisationWide: true },
    ]);
  });

  it("leads a content editor to the public site's area, and nobody without an ability for it", () => {
    const editor = [{ role: "content_editor" as const, siteId: null }];
    expect(navigationFor({ abilities: { ...none, editContent: true }, siteAbilities: {}, grants: editor }, null).map((item) => item.to)).toEqual(["/", "/content"]);
    expect(navigationFor({ abilities: { ...none }, siteAbilities: {}, grants: editor }, null).map((item) => item.to)).toEqual(["/"]);
  });
});
