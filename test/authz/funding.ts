/**
 * Declared expectations for funding and spend (issue 10): grants, spend, unit costs and the forms'
 * choices are for administrators only; every other role is refused (403), commissioners included;
 * another organisation's grant, spend entry or unit cost is "not found". The public list of
 * disclosed grants answers anyone, signed in or not.
 */
import { createTestFunder } from "../../server/reporting/contracts/test-support.js";
import { createTestGrant, createTestSpend, createTestUnitCost } from "../../server/funding/test-support.js";
import type { Call, EndpointExpectation, World } from "./types.js";

const administrators = ["administrator"] as const;

const grantBody = (funderId: string) => ({
  funderId,
  purpose: "Prevention mentoring for young people",
  amountPence: 4_500_000,
  startsOn: "2026-04-01",
  endsOn: "2027-03-31",
  restrictions: "",
  siteIds: [],
  programmeCodes: [],
  isDisclosed: true,
  isAmountDisclosed: false,
});
const spendBody = { month: "2026-05", siteId: null, category: "resources", amountPence: 30_000, description: "Drug awareness kits", grantId: null };
const unitCostBody = { name: "Drug awareness kit", unit: "per kit", costPence: 1_200, basis: "", derivation: "drug_awareness_kit" };

/** A call about a record of the home organisation (`call`) or of the other one (`unseen`). */
function onRecord(success: number, build: (world: World, home: boolean) => Promise<Call>): EndpointExpectation {
  return { allowed: administrators, success, call: (world) => build(world, true), unseen: (world) => build(world, false) };
}

const organisationOf = (world: World, home: boolean) => (home ? world.home : world.other);
const grantOf = (world: World, home: boolean) => createTestGrant(world.deps.db, organisationOf(world, home));
const spendOf = (world: World, home: boolean) => createTestSpend(world.deps.db, organisationOf(world, home), world.home.id);
const unitCostOf = (world: World, home: boolean) => createTestUnitCost(world.deps.db, organisationOf(world, home));

export const fundingExpectations: Record<string, EndpointExpectation> = {
  "GET /api/funding/options": { allowed: administrators, success: 200, call: async () => ({ url: "/api/funding/options" }) },
  "GET /api/funding/grants": { allowed: administrators, success: 200, call: async () => ({ url: "/api/funding/grants" }) },
  "POST /api/funding/grants": { allowed: administrators, success: 201, call: async (world) => ({ url: "/api/funding/grants", body: grantBody((await createTestFunder(world.deps.db, world.home)).id) }) },
  "GET /api/funding/grants/:grantId": onRecord(200, async (world, home) => ({ url: `/api/funding/grants/${(await grantOf(world, home)).id}` })),
  "PUT /api/funding/grants/:grantId": onRecord(200, async (world, home) => {
    const grant = await grantOf(world, home);
    return { url: `/api/funding/grants/${grant.id}`, body: { ...grantBody(grant.funderId), amountPence: 5_000_000, version: 1 } };
  }),
  "POST /api/funding/grants/:grantId/end": onRecord(200, async (world, home) => ({ url: `/api/funding/grants/${(await grantOf(world, home)).id}/end`, body: { endedOn: "2026-10-31", version: 1 } })),
  "GET /api/funding/spend": { allowed: administrators, success: 200, call: async () => ({ url: "/api/funding/spend?from=2026-01&to=2026-06&site=all" }) },
  "GET /api/funding/spend-summary": { allowed: administrators, success: 200, call: async (world) => ({ url: `/api/funding/spend-summary?from=2026-01&to=2026-06&site=${world.home.siteIds[0]}` }) },
  "POST /api/funding/spend": { allowed: administrators, success: 201, call: async () => ({ url: "/api/funding/spend", body: spendBody }) },
  "PUT /api/funding/spend/:spendId": onRecord(200, async (world, home) => ({ url: `/api/funding/spend/${(await spendOf(world, home)).id}`, body: { ...spendBody, version: 1 } })),
  "DELETE /api/funding/spend/:spendId": onRecord(204, async (world, home) => ({ url: `/api/funding/spend/${(await spendOf(world, home)).id}` })),
  "GET /api/funding/unit-costs": { allowed: administrators, success: 200, call: async () => ({ url: "/api/funding/unit-costs" }) },
  "POST /api/funding/unit-costs": { allowed: administrators, success: 201, call: async () => ({ url: "/api/funding/unit-costs", body: unitCostBody }) },
  "PUT /api/funding/unit-costs/:unitCostId": onRecord(200, async (world, home) => ({ url: `/api/funding/unit-costs/${(await unitCostOf(world, home)).id}`, body: { ...unitCostBody, costPence: 1_300, version: 1 } })),
  "DELETE /api/funding/unit-costs/:unitCostId": onRecord(204, async (world, home) => ({ url: `/api/funding/unit-costs/${(await unitCostOf(world, home)).id}` })),
  "GET /api/public/funding": { allowed: "public", success: 200, call: async () => ({ url: "/api/public/funding" }) },
};
