import { describe, expect, it } from "vitest";
import { rolesAt } from "../home/roles-here.js";
import { isActive, navigationFor } from "./navigation.js";

describe("shell.navigation", () => {
  it("offers only what the session's abilities allow", () => {
    const none = { manageSites: false, manageUsers: false, verifyAudit: false };
    expect(navigationFor({ abilities: none }).map((item) => item.to)).toEqual(["/"]);
    expect(navigationFor({ abilities: { ...none, verifyAudit: true } }).map((item) => item.to)).toEqual(["/", "/audit"]);
  });

  it("marks a section active on its sub-pages, and Home only on itself", () => {
    expect(isActive({ labelKey: "nav.users", to: "/users" }, "/users/abc")).toBe(true);
    expect(isActive({ labelKey: "nav.home", to: "/" }, "/users")).toBe(false);
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
