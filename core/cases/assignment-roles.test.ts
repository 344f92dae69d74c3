import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roles, type Role } from "../roles.js";
import { assignableRoles, rolesAtSite } from "./assignment-roles.js";

describe("cases.assignment-roles", () => {
  it.each<[Role[], string[]]>([
    [["caseworker"], ["key_worker"]],
    [["team_manager"], ["key_worker"]],
    [["safeguarding_lead"], ["key_worker"]],
    [["mentor"], ["mentor", "specialist"]],
    [["caseworker", "mentor"], ["key_worker", "mentor", "specialist"]],
    [["panel_member"], []],
    [["outreach_worker"], []],
    [["administrator"], []],
    [["data_protection_officer"], []],
    [["commissioner"], []],
    [[], []],
  ])("someone holding %j at the site can be %j", (held, expected) => {
    expect(assignableRoles(held)).toEqual(expected);
  });

  it("never assigns someone whose roles at the site do no casework", () => {
    fc.assert(
      fc.property(fc.subarray([...roles]), (held) => {
        const withoutCaseWork = held.filter((role) => ["panel_member", "outreach_worker", "commissioner", "administrator", "data_protection_officer"].includes(role));
        expect(assignableRoles(withoutCaseWork)).toEqual([]);
      }),
    );
  });

  it("counts only the roles held at the given site", () => {
    const grants = [
      { role: "mentor" as const, siteId: "birmingham" },
      { role: "caseworker" as const, siteId: "manchester" },
      { role: "administrator" as const, siteId: null },
      { role: "mentor" as const, siteId: "birmingham" },
    ];
    expect(rolesAtSite(grants, "birmingham")).toEqual(["mentor"]);
    expect(rolesAtSite(grants, "luton")).toEqual([]);
  });
});
