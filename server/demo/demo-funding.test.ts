import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { shiftMonth } from "../../core/api/reporting-dashboard.js";
import { chargeProblem } from "../../core/funding/grants.js";
import { testApp } from "../../test/app.js";
import { createOrganisation } from "../../test/factories.js";
import { inTransaction } from "../db/client.js";
import { fundingGrants, serviceUnitCosts, spendEntries } from "../db/funding-schema.js";
import { sites } from "../db/schema.js";
import { costsOfDelivery } from "../funding/costs-of-delivery.js";
import { publicFundingOf } from "../funding/public-funding.js";
import { createTestFunder } from "../reporting/contracts/test-support.js";
import { lastCompleteMonth } from "../reporting/returns/releases.js";
import { seedDemoFunding } from "./demo-funding.js";

const { deps } = await testApp();

describe("demo.funding", () => {
  it("adds grants, a year and more of spend charged only where the grants allow, and the unit costs, with the Home Office's prevention grants published", async () => {
    const organisation = await createOrganisation(deps.db);
    const [luton] = await deps.db.insert(sites).values({ organisationId: organisation.id, name: "Luton" }).returning();
    await createTestFunder(deps.db, organisation, { name: "Home Office", kind: "home_office" });
    await createTestFunder(deps.db, organisation, { name: "Birmingham City Council" });
    const siteIds = { Birmingham: organisation.siteIds[0], Manchester: organisation.siteIds[1], Luton: luton!.id };
    const seeded = await inTransaction(deps.db, (tx) => seedDemoFunding(tx, { organisationId: organisation.id, siteIds, recordedBy: organisation.id, now: deps.now() }));
    expect(seeded).toMatchObject({ grants: 5, unitCosts: 7 });

    const published = await publicFundingOf(deps.db, organisation);
    expect(published.funders.map((funder) => [funder.name, funder.grants.map((grant) => grant.amountPence !== null)])).toEqual([
      ["Birmingham City Council", [false]],
      ["Home Office", [true, true]],
      ["The National Lottery Community Fund", [true]],
    ]);
    expect(JSON.stringify(published)).not.toMatch(/Al-Noor|female support/i);

    const grants = await deps.db.select().from(fundingGrants).where(eq(fundingGrants.organisationId, organisation.id));
    const spend = await deps.db.select().from(spendEntries).where(eq(spendEntries.organisationId, organisation.id));
    expect(spend.length).toBe(seeded.spendEntries);
    for (const entry of spend.filter((candidate) => candidate.grantId !== null)) {
      expect(chargeProblem(grants.find((grant) => grant.id === entry.grantId)!, entry), `${entry.description} ${entry.month}`).toBeNull();
    }
    const to = lastCompleteMonth(deps.now());
    const costs = await costsOfDelivery(deps.db, { organisationId: organisation.id, siteIds: null, months: { from: shiftMonth(to, -11), to } });
    expect(costs.byCategory.staff).toBeGreaterThan(costs.byCategory.rent_running_costs);
    expect(costs.byCategory.rent_running_costs).toBeGreaterThan(0);
    expect(await deps.db.select().from(serviceUnitCosts).where(eq(serviceUnitCosts.organisationId, organisation.id))).toHaveLength(7);
  });

  it("charges spend only to grants that cover its month whenever the demo is seeded, including April and May, when the history reaches back before last financial year", async () => {
    for (const now of ["2027-04-10T09:00:00Z", "2027-05-31T22:30:00Z", "2027-03-31T12:00:00Z"].map((iso) => new Date(iso))) {
      const organisation = await createOrganisation(deps.db);
      const [luton] = await deps.db.insert(sites).values({ organisationId: organisation.id, name: "Luton" }).returning();
      await createTestFunder(deps.db, organisation, { name: "Home Office", kind: "home_office" });
      await createTestFunder(deps.db, organisation, { name: "Birmingham City Council" });
      const siteIds = { Birmingham: organisation.siteIds[0], Manchester: organisation.siteIds[1], Luton: luton!.id };
      await inTransaction(deps.db, (tx) => seedDemoFunding(tx, { organisationId: organisation.id, siteIds, recordedBy: organisation.id, now }));
      const grants = await deps.db.select().from(fundingGrants).where(eq(fundingGrants.organisationId, organisation.id));
      const spend = await deps.db.select().from(spendEntries).where(eq(spendEntries.organisationId, organisation.id));
      const charged = spend.filter((entry) => entry.grantId !== null);
      expect(charged.length, now.toISOString()).toBeGreaterThan(0);
      for (const entry of charged) {
        expect(chargeProblem(grants.find((grant) => grant.id === entry.grantId)!, entry), `${now.toISOString()}: ${entry.description} ${entry.month}`).toBeNull();
      }
    }
  });
});
