/**
 * Declared expectations for returns, the trends report, report runs and the release log. Here
 * every actor is someone holding the role at the home organisation; the commissioner is linked to
 * no funder, so it reaches no contract or release (404) and is refused the trends report (403),
 * as is everyone else but administrators. Commissioners linked to a funder are tested in
 * server/reporting/returns/returns.test.ts.
 */
import { roles } from "../../core/roles.js";
import { contracts, disclosureReleases, funders } from "../../server/db/schema.js";
import { startReportRun } from "../../server/reporting/returns/build-report.js";
import { createUser, type TestOrganisation } from "../factories.js";
import { notFoundFor } from "./role-sets.js";
import type { EndpointExpectation, World } from "./types.js";

const administrators = ["administrator"] as const;
const refusedExceptAdministrators = Object.fromEntries(roles.filter((role) => role !== "administrator").map((role) => [role, 403]));

async function contractOf(world: World, organisation: TestOrganisation): Promise<string> {
  const [funder] = await world.deps.db.insert(funders).values({ organisationId: organisation.id, name: `Funder ${crypto.randomUUID()}`, kind: "local_authority" }).returning();
  const [contract] = await world.deps.db
    .insert(contracts)
    .values({ organisationId: organisation.id, funderId: funder!.id, name: `Contract ${crypto.randomUUID()}`, valuePence: 100, startsOn: "2026-01-01", endsOn: "2026-12-31", siteIds: [organisation.siteIds[0]] })
    .returning();
  return contract!.id;
}

async function releaseOf(world: World, organisation: TestOrganisation): Promise<string> {
  const [release] = await world.deps.db
    .insert(disclosureReleases)
    .values({
      organisationId: organisation.id,
      kind: "home_office_trends",
      query: { kind: "home_office_trends", from: "2026-Q1", to: "2026-Q1" },
      monthFrom: "2026-01",
      monthTo: "2026-03",
      siteIds: [...organisation.siteIds],
      counts: [],
      report: { kind: "home_office_trends", funderName: null, contractName: null, months: { from: "2026-01", to: "2026-03" }, siteNames: [], parts: [], kpis: [], labels: {}, rules: { threshold: 8, roundingBase: 5 } },
      rules: { threshold: 8, roundingBase: 5, protectionWidth: 8 },
      suppressed: { primary: 0, secondary: 0, differencing: 0 },
      pdf: new Uint8Array([37, 80, 68, 70]),
      csv: "quarter\r\n",
      releasedAt: new Date(),
    })
    .returning();
  return release!.id;
}

const onRelease = (suffix: string): EndpointExpectation => ({
  allowed: administrators,
  success: 200,
  statusFor: notFoundFor(administrators),
  call: async (world) => ({ url: `/api/reporting/releases/${await releaseOf(world, world.home)}${suffix}` }),
  unseen: async (world) => ({ url: `/api/reporting/releases/${await releaseOf(world, world.other)}${suffix}` }),
});

export const reportingReturnExpectations: Record<string, EndpointExpectation> = {
  "POST /api/reporting/returns": {
    allowed: administrators,
    success: 200,
    statusFor: notFoundFor(administrators),
    call: async (world) => ({ url: "/api/reporting/returns", body: { contractId: await contractOf(world, world.home), quarter: "2026-Q2" } }),
    unseen: async (world) => ({ url: "/api/reporting/returns", body: { contractId: await contractOf(world, world.other), quarter: "2026-Q2" } }),
  },
  "POST /api/reporting/trends": { allowed: administrators, success: 200, statusFor: refusedExceptAdministrators, call: async () => ({ url: "/api/reporting/trends", body: { from: "2026-Q1", to: "2026-Q2" } }) },
  "GET /api/reporting/commissioning": {
    allowed: ["commissioner"],
    success: 200,
    statusFor: Object.fromEntries(roles.filter((role) => role !== "commissioner").map((role) => [role, 403])),
    call: async () => ({ url: "/api/reporting/commissioning" }),
  },
  "GET /api/reporting/runs/:runId": {
    allowed: administrators,
    success: 200,
    statusFor: notFoundFor(administrators),
    call: async (world) => {
      const requester = await createUser(world.deps.db, world.deps.vault, world.home, { role: "administrator" });
      const run = await startReportRun(world.deps.db, { organisationId: world.home.id, requestedBy: requester.id, request: { kind: "home_office_trends", from: "2026-Q1", to: "2026-Q1" } });
      return { url: `/api/reporting/runs/${run.id}` };
    },
  },
  "GET /api/reporting/releases": {
    allowed: ["administrator", "commissioner"],
    success: 200,
    statusFor: Object.fromEntries(roles.filter((role) => role !== "administrator" && role !== "commissioner").map((role) => [role, 403])),
    call: async () => ({ url: "/api/reporting/releases" }),
  },
  "GET /api/reporting/releases/:releaseId": onRelease(""),
  "GET /api/reporting/releases/:releaseId/pdf": onRelease("/pdf"),
  "GET /api/reporting/releases/:releaseId/csv": onRelease("/csv"),
};
