import { describe, expect, it } from "vitest";
import { rolesAt } from "../home/roles-here.js";
import { isPanelOnly } from "../panel/panel-here.js";
import { isActive, navigationFor } from "./navigation.js";
import { workHere } from "./work-here.js";

describe("shell.navigation", () => {
  const none = { manageSites: false, manageUsers: false, verifyAudit: false, manageClientMerges: false, requestEmergencyAccess: false, manageInstruments: false, manageProgrammes: false, manageSupportVocabulary: false };

  it("offers only what the session's abilities allow", () => {
    expect(navigationFor({ abilities: none, siteAbilities: {}, grants: [] }, null).map((item) => item.to)).toEqual(["/"]);
    expect(navigationFor({ abilities: { ...none, verifyAudit: true }, siteAbilities: {}, grants: [] }, null).map((item) => item.to)).toEqual(["/", "/audit"]);
    const administrator = { ...none, manageUsers: true, manageSites: true, verifyAudit: true, manageClientMerges: true, manageInstruments: true, manageProgrammes: true, manageSupportVocabulary: true };
    expect(navigationFor({ abilities: administrator, siteAbilities: {}, grants: [] }, null).map((item) => item.to)).toEqual(["/", "/users", "/sites", "/instruments", "/support-vocabulary", "/programmes", "/client-merges", "/audit"]);
  });

  it("offers casework by the server's abilities at the current site only", () => {
    const siteAbilities = {
      a: { worksCaseload: true, seesCases: true, managesWorkers: false, seesCaseload: false },
      b: { worksCaseload: false, seesCases: true, managesWorkers: false, seesCaseload: false },
    };
    expect(navigationFor({ abilities: none, siteAbilities, grants: [] }, "a").map((item) => item.to)).toEqual(["/", "/referrals", "/cases", "/my-sessions", "/my-day", "/group-sessions", "/clients"]);
    expect(navigationFor({ abilities: none, siteAbilities, grants: [] }, "b").map((item) => item.to)).toEqual(["/", "/cases", "/my-sessions", "/my-day", "/group-sessions"]);
    expect(navigationFor({ abilities: none, siteAbilities, grants: [] }, "c").map((item) => item.to)).toEqual(["/"]);
  });

  it("offers workers and the caseload dashboard when any of the user's sites allows them", () => {
    const site = (managesWorkers: boolean, seesCaseload: boolean) => ({ worksCaseload: false, seesCases: false, managesWorkers, seesCaseload });
    const paths = (siteAbilities: Record<string, ReturnType<typeof site>>) => navigationFor({ abilities: none, siteAbilities, grants: [] }, null).map((item) => item.to);
    expect(paths({ a: site(false, false), b: site(true, false) })).toEqual(["/", "/workers"]);
    expect(paths({ a: site(true, true) })).toEqual(["/", "/caseload", "/workers"]);
    expect(paths({ a: site(false, false) })).toEqual(["/"]);
  });

  it("offers emergency access when the server says so, wherever the user is working", () => {
    expect(workHere({ abilities: { ...none, requestEmergencyAccess: true }, siteAbilities: {} }, "b").canRequestEmergencyAccess).toBe(true);
    expect(workHere({ abilities: none, siteAbilities: {} }, "a").canRequestEmergencyAccess).toBe(false);
  });

  it("offers a panel member whose only role it is the panel's meetings and their actions, and nothing else", () => {
    const siteAbilities = { a: { worksCaseload: false, seesCases: false, managesWorkers: false, seesCaseload: false } };
    const grants = [{ role: "panel_member" as const, siteId: "a" }];
    expect(navigationFor({ abilities: none, siteAbilities, grants }, "a").map((item) => item.to)).toEqual(["/panel/meetings", "/panel/actions"]);
    expect(isPanelOnly({ grants })).toBe(true);
  });

  it("offers the whole panel area to the site's safeguarding leads and team managers, beside their casework", () => {
    const siteAbilities = { a: { worksCaseload: true, seesCases: true, managesWorkers: false, seesCaseload: false } };
    const paths = (role: "safeguarding_lead" | "team_manager" | "caseworker", siteId: string) =>
      navigationFor({ abilities: none, siteAbilities, grants: [{ role, siteId: "a" }] }, siteId).map((item) => item.to).filter((to) => to.startsWith("/panel"));
    expect(paths("safeguarding_lead", "a")).toEqual(["/panel", "/panel/meetings", "/panel/members", "/panel/actions"]);
    expect(paths("team_manager", "a")).toEqual(["/panel", "/panel/meetings", "/panel/members", "/panel/actions"]);
    expect(paths("caseworker", "a")).toEqual([]);
    expect(paths("safeguarding_lead", "b")).toEqual([]);
    expect(isPanelOnly({ grants: [{ role: "panel_member", siteId: "a" }, { role: "caseworker", siteId: "a" }] })).toBe(false);
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
});
