import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { publicOrganisation } from "../referrals/public-organisation.js";
import { createTestFunder } from "../reporting/contracts/test-support.js";
import { createTestGrant } from "./test-support.js";

const { app, deps } = await testApp();

describe("funding.public list", () => {
  it("lists, to anyone, the public organisation's disclosed grants by funder: name, purpose, period, and the amount only where disclosed", async () => {
    const found = await publicOrganisation(deps.db, deps.config);
    const organisation = { id: found.id, name: found.name, siteIds: ["", ""] } as unknown as TestOrganisation;
    const marker = Math.random().toString(36).slice(2, 8);
    const homeOffice = await createTestFunder(deps.db, organisation, { name: `Home Office ${marker}`, kind: "home_office" });
    await createTestGrant(deps.db, organisation, { funderId: homeOffice.id, purpose: `Prevention in mosques and schools ${marker}`, isDisclosed: true, isAmountDisclosed: true, amountPence: 4_500_000, startsOn: "2026-04-01", endsOn: "2027-03-31" });
    await createTestGrant(deps.db, organisation, { funderId: homeOffice.id, purpose: `Earlier prevention ${marker}`, isDisclosed: true, startsOn: "2025-04-01", endsOn: "2026-03-31" });
    await createTestGrant(deps.db, organisation, { funderId: homeOffice.id, purpose: `Undisclosed ${marker}`, isDisclosed: false });
    const quiet = await createTestFunder(deps.db, organisation, { name: `Quiet Trust ${marker}` });
    await createTestGrant(deps.db, organisation, { funderId: quiet.id, purpose: `Quiet ${marker}` });
    const elsewhere = await createOrganisation(deps.db);
    await createTestGrant(deps.db, elsewhere, { purpose: `Elsewhere ${marker}`, isDisclosed: true });

    const response = await app.inject({ method: "GET", url: "/api/public/funding" });
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json();
    expect(list.organisationName).toBe(found.name);
    expect(list.funders.filter((funder: { name: string }) => funder.name.endsWith(marker))).toEqual([
      {
        name: `Home Office ${marker}`,
        grants: [
          { purpose: `Prevention in mosques and schools ${marker}`, startsOn: "2026-04-01", endsOn: "2027-03-31", amountPence: 4_500_000 },
          { purpose: `Earlier prevention ${marker}`, startsOn: "2025-04-01", endsOn: "2026-03-31", amountPence: null },
        ],
      },
    ]);
    expect(response.body).not.toMatch(/Undisclosed|Quiet|Elsewhere|capital/);
  });

  it("answers a signed-in member of staff the same as anyone", async () => {
    const organisation = await createOrganisation(deps.db);
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const anonymous = await app.inject({ method: "GET", url: "/api/public/funding" });
    const signedIn = await caseworker.request("GET", "/api/public/funding");
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toEqual(anonymous.json());
  });
});
