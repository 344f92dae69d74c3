import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation } from "../../test/factories.js";
import { costsOfDelivery } from "./costs-of-delivery.js";
import { createTestSpend } from "./test-support.js";

const { deps } = await testApp();

describe("funding.costs of delivery", () => {
  it("totals a period's spend by category for the whole organisation, or for sites with the organisation-wide spend beside it", async () => {
    const organisation = await createOrganisation(deps.db);
    const [birmingham, manchester] = organisation.siteIds;
    const spend = (month: string, siteId: string | null, category: "staff" | "resources" | "rent_running_costs", amountPence: number) =>
      createTestSpend(deps.db, organisation, organisation.id, { month, siteId, category, amountPence });
    await spend("2026-04", birmingham, "staff", 2_000_000);
    await spend("2026-05", birmingham, "resources", 30_000);
    await spend("2026-05", manchester, "staff", 1_500_000);
    await spend("2026-06", null, "rent_running_costs", 600_000);
    await spend("2026-07", birmingham, "staff", 9_999_999);
    await createTestSpend(deps.db, await createOrganisation(deps.db), organisation.id, { month: "2026-05", amountPence: 7_777_777 });
    const months = { from: "2026-04", to: "2026-06" };

    const whole = await costsOfDelivery(deps.db, { organisationId: organisation.id, siteIds: null, months });
    expect(whole).toEqual({
      totalPence: 4_130_000,
      byCategory: { staff: 3_500_000, rent_running_costs: 600_000, resources: 30_000, outreach_sessions: 0, mentoring: 0, training: 0, other: 0 },
      organisationWidePence: 0,
    });
    const birminghamOnly = await costsOfDelivery(deps.db, { organisationId: organisation.id, siteIds: [birmingham], months });
    expect([birminghamOnly.totalPence, birminghamOnly.byCategory.staff, birminghamOnly.byCategory.resources, birminghamOnly.organisationWidePence]).toEqual([2_030_000, 2_000_000, 30_000, 600_000]);
    expect((await costsOfDelivery(deps.db, { organisationId: organisation.id, siteIds: [], months })).totalPence).toBe(0);
  });

  it("refuses a period that is not a run of whole months", async () => {
    await expect(costsOfDelivery(deps.db, { organisationId: (await createOrganisation(deps.db)).id, siteIds: null, months: { from: "2026-06", to: "2026-04" } })).rejects.toMatchObject({ code: "validation_failed" });
  });
});
