/**
 * Declared expectations for social value. The unit-cost catalogue, outcome mappings, deflators,
 * settings and calculations (true counts): administrators only, every other role refused (403),
 * or told a calculation does not exist (404) — the commissioner too, though here it is linked to
 * the funder of the calculation's contract. The published report of a contract's calculation:
 * administrators, and the commissioner of that contract's funder, who is told that another
 * funder's report does not exist (404). The catalogue and settings are each organisation's own,
 * found by code, so another organisation's are never reached.
 */
import { roles } from "../../core/roles.js";
import { defaultOutcomeMappings, defaultUnitCosts } from "../../core/social-value/index.js";
import { storeContractCalculation, linkCommissionersOf } from "../../server/social-value/test-support.js";
import { createTestContract } from "../../server/reporting/contracts/test-support.js";
import { createUser, type TestOrganisation } from "../factories.js";
import { notFoundFor } from "./role-sets.js";
import type { EndpointExpectation, World } from "./types.js";

const administrators = ["administrator"] as const;
const refusedExceptAdministrators = Object.fromEntries(roles.filter((role) => role !== "administrator").map((role) => [role, 403]));

const administratorsOnly = (method: "GET" | "POST" | "PUT", url: string, body?: unknown): EndpointExpectation => ({
  allowed: administrators,
  success: method === "POST" && url === "/api/social-value/catalogue" ? 201 : 200,
  statusFor: refusedExceptAdministrators,
  call: async () => ({ url, ...(body === undefined ? {} : { body }) }),
});

const { code: _code, version: _version, ...drinkerFields } = defaultUnitCosts.find((entry) => entry.code === "HE1.0")!;
const abstinent = defaultOutcomeMappings.find((mapping) => mapping.outcomeCode === "abstinent_28_days")!;
const csvHeader = "code,description,unit,agency,fiscal_value,economic_value,social_value,price_year,source,source_url,confidence_grade,discount_class,overlap_group,caveat";

/** A contract's calculation in `organisation`, its funder's commissioners linked to it. */
async function calculationIn(world: World, organisation: TestOrganisation): Promise<string> {
  const maker = await createUser(world.deps.db, world.deps.vault, organisation, { role: "administrator", isEnrolled: false });
  return (await storeContractCalculation(world.deps.db, organisation, maker.id)).calculationId;
}

/** A calculation's true figures: administrators; anyone else is told it does not exist. */
const onCalculation = (suffix: string): EndpointExpectation => ({
  allowed: administrators,
  success: 200,
  statusFor: notFoundFor(administrators),
  call: async (world) => ({ url: `/api/social-value/calculations/${await calculationIn(world, world.home)}${suffix}` }),
  unseen: async (world) => ({ url: `/api/social-value/calculations/${await calculationIn(world, world.other)}${suffix}` }),
});

/**
 * A contract's published report: administrators and the commissioner of the contract's funder.
 * Unseen: another organisation's (administrators), another funder's contract's (the commissioner,
 * linked to a funder of its own).
 */
const onReport = (suffix: string): EndpointExpectation => ({
  allowed: ["administrator", "commissioner"],
  success: 200,
  statusFor: notFoundFor(["administrator", "commissioner"]),
  call: async (world) => ({ url: `/api/social-value/reports/${await calculationIn(world, world.home)}${suffix}` }),
  unseenFor: ["administrator", "commissioner"],
  unseen: async (world, role) => {
    if (role === "administrator") return { url: `/api/social-value/reports/${await calculationIn(world, world.other)}${suffix}` };
    const calculationId = await calculationIn(world, world.home);
    const ownContract = await createTestContract(world.deps.db, world.home);
    await linkCommissionersOf(world.deps.db, world.home, ownContract.funderId);
    return { url: `/api/social-value/reports/${calculationId}${suffix}` };
  },
});

const birminghamYear = (world: World) => ({
  scope: { kind: "sites", siteId: world.home.siteIds[0], programmeCode: null },
  months: { from: "2025-04", to: "2026-03" },
  cost: { source: "entered", pence: 5_000_000, priceYear: "2025-26", note: "The year's budget" },
});

export const socialValueExpectations: Record<string, EndpointExpectation> = {
  "GET /api/social-value/catalogue": administratorsOnly("GET", "/api/social-value/catalogue"),
  "GET /api/social-value/catalogue.csv": administratorsOnly("GET", "/api/social-value/catalogue.csv"),
  "GET /api/social-value/catalogue/:code": administratorsOnly("GET", "/api/social-value/catalogue/HE1.0"),
  "POST /api/social-value/catalogue": administratorsOnly("POST", "/api/social-value/catalogue", { ...drinkerFields, code: "OWN1.0", description: "A school drug awareness session" }),
  "PUT /api/social-value/catalogue/:code": administratorsOnly("PUT", "/api/social-value/catalogue/HE1.0", { ...drinkerFields, fiscalPence: 190_000, version: 1 }),
  "POST /api/social-value/catalogue/import": administratorsOnly("POST", "/api/social-value/catalogue/import", {
    csv: `${csvHeader}\r\nOWN1.0,A school drug awareness session,per_contact,council,450,,,2024-25,Council price list,,2,standard,,\r\n`,
  }),
  "GET /api/social-value/mappings": administratorsOnly("GET", "/api/social-value/mappings"),
  "PUT /api/social-value/mappings/:outcomeCode": administratorsOnly("PUT", "/api/social-value/mappings/abstinent_28_days", {
    lines: abstinent.lines.map((line) => ({ ...line, deadweight: 0.5 })),
    version: 1,
  }),
  "GET /api/social-value/deflators": administratorsOnly("GET", "/api/social-value/deflators"),
  "PUT /api/social-value/deflators": administratorsOnly("PUT", "/api/social-value/deflators", {
    series: { name: "GDP deflator", reference: "2023-24 = 100", source: { citation: "HM Treasury", url: null }, publishedOn: null, rows: [{ year: "2010-11", index: 70 }] },
    version: 1,
  }),
  "GET /api/social-value/settings": administratorsOnly("GET", "/api/social-value/settings"),
  "PUT /api/social-value/settings": administratorsOnly("PUT", "/api/social-value/settings", {
    discounting: { standard: [{ fromYear: 0, rate: 0.035 }], health: [{ fromYear: 0, rate: 0.015 }] },
    optimismBias: { 1: 0, 2: 0.1, 3: 0.2, 4: 0.3, 5: 0.4 },
    targetPriceYear: "2024-25",
    version: 1,
  }),
  "GET /api/social-value/options": administratorsOnly("GET", "/api/social-value/options"),
  "POST /api/social-value/calculations": { allowed: administrators, success: 201, statusFor: refusedExceptAdministrators, call: async (world) => ({ url: "/api/social-value/calculations", body: birminghamYear(world) }) },
  "GET /api/social-value/calculations": administratorsOnly("GET", "/api/social-value/calculations"),
  "GET /api/social-value/calculations/:calculationId": onCalculation(""),
  "GET /api/social-value/calculations/:calculationId/reproduction": onCalculation("/reproduction"),
  "GET /api/social-value/calculations/:calculationId/sensitivity": onCalculation("/sensitivity"),
  "GET /api/social-value/calculations/:calculationId/pdf": onCalculation("/pdf"),
  "GET /api/social-value/reports": {
    allowed: ["administrator", "commissioner"],
    success: 200,
    statusFor: Object.fromEntries(roles.filter((role) => role !== "administrator" && role !== "commissioner").map((role) => [role, 403])),
    call: async () => ({ url: "/api/social-value/reports" }),
  },
  "GET /api/social-value/reports/:calculationId": onReport(""),
  "GET /api/social-value/reports/:calculationId/pdf": onReport("/pdf"),
};
