import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";

const { app, deps } = await testApp();

describe("auth.session abilities", () => {
  it("tells the web app, per site, what casework the user may do there", async () => {
    const organisation = await createOrganisation(deps.db);
    const [home, elsewhere] = organisation.siteIds;
    const sessionOf = async (grants: { role: "caseworker" | "mentor" | "team_manager" | "administrator"; siteId: string | null }[]) =>
      (await (await signInAs(app, await createUser(deps.db, deps.vault, organisation, { grants }), deps.now())).request("GET", "/api/auth/session")).json();

    const caseworker = await sessionOf([{ role: "caseworker", siteId: home }]);
    expect(caseworker.siteAbilities).toEqual({ [home]: { worksCaseload: true, seesCases: true, managesWorkers: false, seesCaseload: false } });
    expect(caseworker.abilities.requestEmergencyAccess).toBe(false);
    expect(caseworker.abilities.manageProgrammes).toBe(false);

    const mentor = await sessionOf([{ role: "mentor", siteId: home }]);
    expect(mentor.siteAbilities[home]).toEqual({ worksCaseload: false, seesCases: true, managesWorkers: false, seesCaseload: false });

    const manager = await sessionOf([{ role: "team_manager", siteId: elsewhere }]);
    expect(manager.abilities.requestEmergencyAccess).toBe(true);
    expect(manager.siteAbilities[elsewhere]).toEqual({ worksCaseload: true, seesCases: true, managesWorkers: true, seesCaseload: true });

    // An administrator sees every site in the switcher and its workers' profiles, but does no casework at any of them.
    const administrator = await sessionOf([{ role: "administrator", siteId: null }]);
    expect(administrator.abilities.manageProgrammes).toBe(true);
    expect(Object.values(administrator.siteAbilities)).toEqual([
      { worksCaseload: false, seesCases: false, managesWorkers: true, seesCaseload: false },
      { worksCaseload: false, seesCases: false, managesWorkers: true, seesCaseload: false },
    ]);
  });
});
