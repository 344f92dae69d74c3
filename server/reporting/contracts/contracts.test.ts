import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { signInAs } from "../../../test/http.js";
import { organisationSnapshot } from "../../../test/snapshot.js";
import { auditEvents, contracts } from "../../db/schema.js";
import { createTestContract, createTestFunder, createTestKpi } from "./test-support.js";

const { app, deps } = await testApp();

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
  const funder = await createTestFunder(deps.db, organisation);
  return { organisation, admin, funder };
}

type Setting = Awaited<ReturnType<typeof setUp>>;
const body = ({ organisation, funder }: Setting, extra: Record<string, unknown> = {}) => ({
  funderId: funder.id,
  name: `Community prevention ${Math.random().toString(36).slice(2, 8)}`,
  reference: "BCC-PREV-26",
  valuePence: 12_500_050,
  startsOn: "2026-04-01",
  endsOn: "2027-03-31",
  siteIds: [organisation.siteIds[0], organisation.siteIds[1]],
  programmeCodes: ["multilingual_recovery"],
  ...extra,
});
const paths = (response: { json: () => { error: { fields?: { path: string }[] } } }) => (response.json().error.fields ?? []).map((field) => field.path);

describe("reporting.contracts", () => {
  it("adds a contract with its value in pence, period, sites and programmes, gives its quarters, and audits it by id", async () => {
    const setting = await setUp();
    const created = await setting.admin.request("POST", "/api/reporting/contracts", body(setting));
    expect(created.statusCode, created.body).toBe(201);
    const contract = created.json();
    expect(contract).toMatchObject({
      funderId: setting.funder.id,
      funderName: setting.funder.name,
      valuePence: 12_500_050,
      siteIds: setting.organisation.siteIds,
      programmeCodes: ["multilingual_recovery"],
      quarters: ["2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1"],
      kpiCount: 0,
      version: 1,
    });
    const [audit] = await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, contract.id));
    expect(audit).toMatchObject({ action: "reporting.contract_added", details: { funderId: setting.funder.id, siteIds: setting.organisation.siteIds } });
    const page = await setting.admin.request("GET", `/api/reporting/contracts/${contract.id}`);
    expect(page.json()).toMatchObject({ contract: { id: contract.id }, kpis: [] });
    const listed = await setting.admin.request("GET", `/api/reporting/contracts?funderId=${setting.funder.id}`);
    expect(listed.json()).toMatchObject({ items: [{ id: contract.id }], isTruncated: false });
  });

  it("refuses sites of another organisation, unknown programmes, another organisation's funder and a period that ends before it starts, naming each field and changing nothing", async () => {
    const setting = await setUp();
    const elsewhere = await createOrganisation(deps.db);
    const theirFunder = await createTestFunder(deps.db, elsewhere);
    const before = await organisationSnapshot(deps.db, setting.organisation.id);
    const wrong = await setting.admin.request("POST", "/api/reporting/contracts", body(setting, { funderId: theirFunder.id, siteIds: [setting.organisation.siteIds[0], elsewhere.siteIds[0]], programmeCodes: ["no_such_programme"] }));
    expect(wrong.statusCode).toBe(400);
    expect(paths(wrong)).toEqual(["body.funderId", "body.siteIds.1", "body.programmeCodes.0"]);
    const backwards = await setting.admin.request("POST", "/api/reporting/contracts", body(setting, { startsOn: "2027-04-01", endsOn: "2027-03-31" }));
    expect(paths(backwards)).toEqual(["body.endsOn"]);
    const noSites = await setting.admin.request("POST", "/api/reporting/contracts", body(setting, { siteIds: [], valuePence: -1 }));
    expect(paths(noSites).sort()).toEqual(["body.siteIds", "body.valuePence"]);
    const tooLong = await setting.admin.request("POST", "/api/reporting/contracts", body(setting, { endsOn: "2036-04-01" }));
    expect(tooLong.json().error.fields).toEqual([{ path: "body.endsOn", message: "A contract runs for at most 10 years." }]);
    expect(await organisationSnapshot(deps.db, setting.organisation.id)).toEqual(before);
  });

  it("refuses a new contract for an inactive funder, and a second contract with the same name", async () => {
    const setting = await setUp();
    const inactive = await createTestFunder(deps.db, setting.organisation, { isActive: false });
    const refused = await setting.admin.request("POST", "/api/reporting/contracts", body(setting, { funderId: inactive.id }));
    expect(refused.json().error.fields).toEqual([{ path: "body.funderId", message: "This funder is inactive: reactivate it first." }]);
    const first = body(setting);
    await setting.admin.request("POST", "/api/reporting/contracts", first);
    const again = await setting.admin.request("POST", "/api/reporting/contracts", body(setting, { name: first.name.toUpperCase() }));
    expect(again.statusCode).toBe(409);
    expect(paths(again)).toEqual(["body.name"]);
  });

  it("changes a contract with the version seen and refuses a stale version", async () => {
    const setting = await setUp();
    const contract = await createTestContract(deps.db, setting.organisation, { funderId: setting.funder.id });
    const url = `/api/reporting/contracts/${contract.id}`;
    const changed = await setting.admin.request("PUT", url, { ...body(setting, { name: contract.name, valuePence: 15_000_000 }), version: 1 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ valuePence: 15_000_000, version: 2 });
    const stale = await setting.admin.request("PUT", url, { ...body(setting, { name: contract.name }), version: 1 });
    expect(stale.statusCode).toBe(409);
    const [audit] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, "reporting.contract_updated"), eq(auditEvents.entityId, contract.id)));
    expect(audit!.details).toEqual({ changed: ["reference", "valuePence", "siteIds", "programmeCodes"] });
  });

  it("refuses a change that would leave a KPI's targets outside the period or its filter outside the sites", async () => {
    const setting = await setUp();
    const contract = await createTestContract(deps.db, setting.organisation, { funderId: setting.funder.id, siteIds: setting.organisation.siteIds });
    await createTestKpi(deps.db, setting.organisation, contract.id);
    const before = await organisationSnapshot(deps.db, setting.organisation.id);
    const shorter = await setting.admin.request("PUT", `/api/reporting/contracts/${contract.id}`, { ...body(setting, { name: contract.name, startsOn: "2026-07-01", programmeCodes: [] }), version: 1 });
    expect(shorter.statusCode).toBe(400);
    expect(shorter.json().error.fields).toEqual([{ path: "body.startsOn", message: expect.stringContaining('"Referrals received"') }]);
    expect(await organisationSnapshot(deps.db, setting.organisation.id)).toEqual(before);
    expect((await deps.db.select().from(contracts).where(eq(contracts.id, contract.id)))[0]!.startsOn).toBe("2026-04-01");
  });

  it("offers the forms the organisation's sites, programmes, funders and commissioner accounts", async () => {
    const setting = await setUp();
    const commissioner = await createUser(deps.db, deps.vault, setting.organisation, { role: "commissioner" });
    const options = (await setting.admin.request("GET", "/api/reporting/contract-options")).json();
    expect(options.sites.map((site: { id: string }) => site.id).sort()).toEqual([...setting.organisation.siteIds].sort());
    expect(options.programmes.map((programme: { code: string }) => programme.code)).toContain("multilingual_recovery");
    expect(options.funders).toEqual([{ id: setting.funder.id, name: setting.funder.name, kind: "local_authority", isActive: true }]);
    expect(options.commissioners).toEqual([expect.objectContaining({ userId: commissioner.id, funderId: null })]);
  });

  it("answers 404 for another organisation's contract and 403 for anyone but an administrator", async () => {
    const setting = await setUp();
    const theirs = await createTestContract(deps.db, await createOrganisation(deps.db));
    expect((await setting.admin.request("GET", `/api/reporting/contracts/${theirs.id}`)).statusCode).toBe(404);
    const manager = await signInAs(app, await createUser(deps.db, deps.vault, setting.organisation, { role: "team_manager" }), deps.now());
    expect((await manager.request("GET", "/api/reporting/contracts")).statusCode).toBe(403);
  });
});
