/**
 * Declared expectations for funders, contracts, KPIs and disclosure settings: administrators
 * only. Every other role is refused (403), commissioners included (they read their funder's
 * contracts through the commissioner pages, not these); another organisation's funder, contract
 * or KPI is "not found".
 */
import { presentKpi } from "../../server/reporting/contracts/presenter.js";
import { createTestContract, createTestFunder, createTestKpi } from "../../server/reporting/contracts/test-support.js";
import { createUser } from "../factories.js";
import type { Call, EndpointExpectation, World } from "./types.js";

const administrators = ["administrator"] as const;

const funderBody = { name: "Birmingham City Council", kind: "local_authority", seesNationalTrends: false };
const contractBody = (world: World, funderId: string) => ({
  funderId,
  name: "Community prevention 2026–27",
  reference: "BCC-PREV-26",
  valuePence: 12_500_000,
  startsOn: "2026-04-01",
  endsOn: "2027-03-31",
  siteIds: [world.home.siteIds[0]],
  programmeCodes: [],
});
const kpiBody = { label: "Referrals received", metric: "referrals_received", measure: "count", direction: "at_least", filter: {}, targets: { "2026-Q2": 50 } };

/** A call about a record of the home organisation (`call`) or of the other one (`unseen`). */
function onRecord(success: number, build: (world: World, home: boolean) => Promise<Call>): EndpointExpectation {
  return { allowed: administrators, success, call: (world) => build(world, true), unseen: (world) => build(world, false) };
}

const funderOf = async (world: World, home: boolean) => createTestFunder(world.deps.db, home ? world.home : world.other);
const contractOf = async (world: World, home: boolean) => createTestContract(world.deps.db, home ? world.home : world.other);
async function kpiOf(world: World, home: boolean) {
  const organisation = home ? world.home : world.other;
  const contract = await createTestContract(world.deps.db, organisation);
  return { contract, kpi: await createTestKpi(world.deps.db, organisation, contract.id) };
}

export const reportingContractExpectations: Record<string, EndpointExpectation> = {
  "GET /api/reporting/funders": { allowed: administrators, success: 200, call: async () => ({ url: "/api/reporting/funders?includeInactive=true" }) },
  "POST /api/reporting/funders": { allowed: administrators, success: 201, call: async () => ({ url: "/api/reporting/funders", body: funderBody }) },
  "GET /api/reporting/funders/:funderId": onRecord(200, async (world, home) => ({ url: `/api/reporting/funders/${(await funderOf(world, home)).id}` })),
  "PUT /api/reporting/funders/:funderId": onRecord(200, async (world, home) => ({ url: `/api/reporting/funders/${(await funderOf(world, home)).id}`, body: { ...funderBody, isActive: false, version: 1 } })),
  "PUT /api/reporting/funders/:funderId/commissioners": onRecord(200, async (world, home) => {
    const commissioner = await createUser(world.deps.db, world.deps.vault, world.home, { role: "commissioner" });
    return { url: `/api/reporting/funders/${(await funderOf(world, home)).id}/commissioners`, body: { userIds: [commissioner.id] } };
  }),
  "GET /api/reporting/contract-options": { allowed: administrators, success: 200, call: async () => ({ url: "/api/reporting/contract-options" }) },
  "GET /api/reporting/contracts": { allowed: administrators, success: 200, call: async () => ({ url: "/api/reporting/contracts" }) },
  "POST /api/reporting/contracts": {
    allowed: administrators,
    success: 201,
    call: async (world) => ({ url: "/api/reporting/contracts", body: contractBody(world, (await createTestFunder(world.deps.db, world.home)).id) }),
  },
  "GET /api/reporting/contracts/:contractId": onRecord(200, async (world, home) => ({ url: `/api/reporting/contracts/${(await contractOf(world, home)).id}` })),
  "PUT /api/reporting/contracts/:contractId": onRecord(200, async (world, home) => {
    const contract = await contractOf(world, home);
    return { url: `/api/reporting/contracts/${contract.id}`, body: { ...contractBody(world, contract.funderId), version: 1 } };
  }),
  "GET /api/reporting/contracts/:contractId/kpis": onRecord(200, async (world, home) => ({ url: `/api/reporting/contracts/${(await contractOf(world, home)).id}/kpis` })),
  "POST /api/reporting/contracts/:contractId/kpis": onRecord(201, async (world, home) => ({ url: `/api/reporting/contracts/${(await contractOf(world, home)).id}/kpis`, body: kpiBody })),
  "PUT /api/reporting/contracts/:contractId/kpis/:kpiId": onRecord(200, async (world, home) => {
    const { contract, kpi } = await kpiOf(world, home);
    return { url: `/api/reporting/contracts/${contract.id}/kpis/${kpi.id}`, body: { ...kpiBody, targets: { "2026-Q2": 60 }, version: presentKpi(kpi).version } };
  }),
  "DELETE /api/reporting/contracts/:contractId/kpis/:kpiId": onRecord(204, async (world, home) => {
    const { contract, kpi } = await kpiOf(world, home);
    return { url: `/api/reporting/contracts/${contract.id}/kpis/${kpi.id}` };
  }),
  "GET /api/reporting/disclosure-settings": { allowed: administrators, success: 200, call: async () => ({ url: "/api/reporting/disclosure-settings" }) },
  "PUT /api/reporting/disclosure-settings": { allowed: administrators, success: 200, call: async () => ({ url: "/api/reporting/disclosure-settings", body: { threshold: 10, roundingBase: 5, protectionWidth: null } }) },
};
