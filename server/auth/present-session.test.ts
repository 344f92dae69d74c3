import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { addTestMember } from "../panel/access/test-support.js";

const { app, deps } = await testApp();

describe("auth.session abilities", () => {
  it("tells the web app, per site, what casework the user may do there", async () => {
    const organisation = await createOrganisation(deps.db);
    const [home, elsewhere] = organisation.siteIds;
    const sessionOf = async (grants: { role: "caseworker" | "mentor" | "team_manager" | "administrator" | "outreach_worker"; siteId: string | null }[]) =>
      (await (await signInAs(app, await createUser(deps.db, deps.vault, organisation, { grants }), deps.now())).request("GET", "/api/auth/session")).json();

    const caseworker = await sessionOf([{ role: "caseworker", siteId: home }]);
    expect(caseworker.siteAbilities).toEqual({ [home]: { worksCaseload: true, seesCases: true, managesWorkers: false, seesCaseload: false, panel: null, outreach: "reads", exportsNationalDataset: false } });
    expect(caseworker.abilities.requestEmergencyAccess).toBe(false);
    expect(caseworker.abilities.manageProgrammes).toBe(false);

    const mentor = await sessionOf([{ role: "mentor", siteId: home }]);
    expect(mentor.siteAbilities[home]).toEqual({ worksCaseload: false, seesCases: true, managesWorkers: false, seesCaseload: false, panel: null, outreach: null, exportsNationalDataset: false });

    const manager = await sessionOf([{ role: "team_manager", siteId: elsewhere }]);
    expect(manager.abilities.requestEmergencyAccess).toBe(true);
    expect(manager.siteAbilities[elsewhere]).toEqual({ worksCaseload: true, seesCases: true, managesWorkers: true, seesCaseload: true, panel: "runs", outreach: "works", exportsNationalDataset: true });

    // An administrator sees every site in the switcher and its workers' profiles, but does no casework at any of them.
    const administrator = await sessionOf([{ role: "administrator", siteId: null }]);
    expect(administrator.abilities.manageProgrammes).toBe(true);
    expect(Object.values(administrator.siteAbilities)).toEqual([
      { worksCaseload: false, seesCases: false, managesWorkers: true, seesCaseload: false, panel: null, outreach: null, exportsNationalDataset: false },
      { worksCaseload: false, seesCases: false, managesWorkers: true, seesCaseload: false, panel: null, outreach: null, exportsNationalDataset: false },
    ]);
  });

  it("tells the web app, per site, whether the user records outreach there or only reads it", async () => {
    const organisation = await createOrganisation(deps.db);
    const [home, elsewhere] = organisation.siteIds;
    const sessionOf = async (grants: { role: "caseworker" | "mentor" | "outreach_worker" | "administrator"; siteId: string | null }[]) =>
      (await (await signInAs(app, await createUser(deps.db, deps.vault, organisation, { grants }), deps.now())).request("GET", "/api/auth/session")).json();
    const outreachWorker = await sessionOf([{ role: "outreach_worker", siteId: home }, { role: "caseworker", siteId: elsewhere }]);
    expect(outreachWorker.siteAbilities[home].outreach).toBe("works");
    expect(outreachWorker.siteAbilities[elsewhere].outreach).toBe("reads");
    // An outreach worker sees no case data at all, and keeps the training catalogue with the others who work outreach.
    expect(outreachWorker.siteAbilities[home].seesCases).toBe(false);
    expect(outreachWorker.abilities.manageTrainingCourses).toBe(true);
    expect((await sessionOf([{ role: "caseworker", siteId: home }])).abilities.manageTrainingCourses).toBe(false);
    expect((await sessionOf([{ role: "administrator", siteId: null }])).abilities.manageTrainingCourses).toBe(true);
  });

  it("tells the web app, per site, the user's part in its panel: run by its leads and managers, attended by those with an active seat", async () => {
    const organisation = await createOrganisation(deps.db);
    const [home, elsewhere] = organisation.siteIds;
    type Grant = { role: "caseworker" | "team_manager" | "safeguarding_lead" | "panel_member"; siteId: string };
    type Client = Awaited<ReturnType<typeof signInAs>>;
    const panelOf = async (client: Client) =>
      Object.fromEntries(Object.entries((await client.request("GET", "/api/auth/session")).json().siteAbilities as Record<string, { panel: unknown }>).map(([siteId, here]) => [siteId, here.panel]));
    const signedIn = async (user: Awaited<ReturnType<typeof createUser>>) => signInAs(app, user, deps.now());
    const userWith = (grants: Grant[]) => createUser(deps.db, deps.vault, organisation, { grants });
    const panelOfNewUser = async (grants: Grant[]) => panelOf(await signedIn(await userWith(grants)));

    expect(await panelOfNewUser([{ role: "safeguarding_lead", siteId: home }, { role: "caseworker", siteId: elsewhere }])).toEqual({ [home]: "runs", [elsewhere]: null });
    expect(await panelOfNewUser([{ role: "team_manager", siteId: home }])).toEqual({ [home]: "runs" });

    // An outside member holds only the panel member role; the seat, not the role, makes them a member.
    const outside = await userWith([{ role: "panel_member", siteId: home }]);
    const outsideClient = await signedIn(outside);
    expect(await panelOf(outsideClient)).toEqual({ [home]: null });
    await addTestMember(deps, organisation, outside.id);
    expect(await panelOf(outsideClient)).toEqual({ [home]: "member" });

    // A member of staff with a seat attends the panel beside their casework; a seat made inactive no longer counts.
    const caseworker = await userWith([{ role: "caseworker", siteId: home }]);
    await addTestMember(deps, organisation, caseworker.id, { kind: "internal" });
    expect(await panelOf(await signedIn(caseworker))).toEqual({ [home]: "member" });
    const retired = await userWith([{ role: "caseworker", siteId: home }]);
    await addTestMember(deps, organisation, retired.id, { kind: "internal", isActive: false });
    expect(await panelOf(await signedIn(retired))).toEqual({ [home]: null });
  });
});
