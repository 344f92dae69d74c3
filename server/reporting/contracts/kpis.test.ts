import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { signInAs } from "../../../test/http.js";
import { organisationSnapshot } from "../../../test/snapshot.js";
import { auditEvents, contractKpis } from "../../db/schema.js";
import { createTestContract, createTestKpi } from "./test-support.js";

const { app, deps } = await testApp();

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
  const contract = await createTestContract(deps.db, organisation);
  return { organisation, admin, contract, url: `/api/reporting/contracts/${contract.id}/kpis` };
}

const engagedShare = {
  label: "People engaged from minority ethnic communities",
  metric: "people_engaged",
  measure: "share",
  direction: "at_least",
  filter: { minority_ethnic: ["minority_ethnic"] },
  targets: { "2026-Q2": 60, "2026-Q3": 60, "2026-Q4": 62.5 },
};
const fieldsOf = (response: { json: () => { error: { fields?: { path: string }[] } } }) => (response.json().error.fields ?? []).map((field) => field.path);

describe("reporting.kpis", () => {
  it("adds KPIs with quarterly targets in order, lists them, and audits each by metric and measure", async () => {
    const { admin, url, contract } = await setUp();
    const share = await admin.request("POST", url, engagedShare);
    expect(share.statusCode, share.body).toBe(201);
    expect(share.json()).toMatchObject({ ...engagedShare, contractId: contract.id, position: 0, version: expect.stringMatching(/^[0-9a-f]{16}$/) });
    const wait = await admin.request("POST", url, { label: "Median wait to first contact", metric: "wait_to_first_contact", measure: "median_days", direction: "at_most", filter: {}, targets: { "2026-Q2": 10 } });
    expect(wait.json().position).toBe(1);
    const listed = (await admin.request("GET", url)).json().items.map((kpi: { label: string }) => kpi.label);
    expect(listed).toEqual([engagedShare.label, "Median wait to first contact"]);
    const page = (await admin.request("GET", `/api/reporting/contracts/${contract.id}`)).json();
    expect(page.contract.kpiCount).toBe(2);
    const [audit] = await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, share.json().id));
    expect(audit).toMatchObject({ action: "reporting.kpi_added", details: { contractId: contract.id, metric: "people_engaged", measure: "share" } });
  });

  it("refuses a measure that does not fit the metric, a filter by a dimension it lacks, targets outside the contract and an unknown metric, naming each field and changing nothing", async () => {
    const { admin, url, organisation } = await setUp();
    const before = await organisationSnapshot(deps.db, organisation.id);
    const wrongMeasure = await admin.request("POST", url, { ...engagedShare, measure: "median_days" });
    expect(fieldsOf(wrongMeasure)).toEqual(["body.measure"]);
    const wrongFilter = await admin.request("POST", url, { ...engagedShare, filter: { panel_decision: ["no_further_action"] } });
    expect(wrongFilter.json().error.fields).toEqual([{ path: "body.filter.panel_decision", message: "This metric cannot be broken down by panel_decision." }]);
    const otherSite = await admin.request("POST", url, { ...engagedShare, filter: { minority_ethnic: ["minority_ethnic"], site: [organisation.siteIds[1]] } });
    expect(fieldsOf(otherSite)).toEqual(["body.filter.site"]);
    const outside = await admin.request("POST", url, { ...engagedShare, targets: { "2027-Q2": 60, "2026-Q2": 101 } });
    expect(fieldsOf(outside)).toEqual(["body.targets.2027-Q2", "body.targets.2026-Q2"]);
    const badKey = await admin.request("POST", url, { ...engagedShare, targets: { "2026-q2": 60 } });
    expect(badKey.statusCode).toBe(400);
    const unknown = await admin.request("POST", url, { ...engagedShare, metric: "happiness" });
    expect(fieldsOf(unknown)).toEqual(["body.metric"]);
    for (const response of [wrongMeasure, wrongFilter, otherSite, outside, unknown]) expect(response.statusCode).toBe(400);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("changes a KPI's targets with the version read, and refuses a version read before someone else's change", async () => {
    const { admin, url, organisation, contract } = await setUp();
    const kpi = (await admin.request("POST", url, engagedShare)).json();
    const changed = await admin.request("PUT", `${url}/${kpi.id}`, { ...engagedShare, targets: { "2026-Q2": 65 }, version: kpi.version });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().targets).toEqual({ "2026-Q2": 65 });
    expect(changed.json().version).not.toBe(kpi.version);
    const before = await organisationSnapshot(deps.db, organisation.id);
    const stale = await admin.request("PUT", `${url}/${kpi.id}`, { ...engagedShare, label: "Renamed", version: kpi.version });
    expect(stale.statusCode).toBe(409);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
    const audits = await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, kpi.id));
    expect(audits.map((event) => event.details)).toContainEqual({ contractId: contract.id, changed: ["targets"] });
  });

  it("removes a KPI, audited, and answers 404 for a KPI of another contract", async () => {
    const { admin, url, organisation } = await setUp();
    const kpi = (await admin.request("POST", url, engagedShare)).json();
    const otherContract = await createTestContract(deps.db, organisation);
    const otherKpi = await createTestKpi(deps.db, organisation, otherContract.id);
    expect((await admin.request("DELETE", `${url}/${otherKpi.id}`)).statusCode).toBe(404);
    const removed = await admin.request("DELETE", `${url}/${kpi.id}`);
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await deps.db.select().from(contractKpis).where(eq(contractKpis.id, kpi.id))).toEqual([]);
    expect(await deps.db.select().from(contractKpis).where(eq(contractKpis.id, otherKpi.id))).toHaveLength(1);
    const actions = (await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, kpi.id))).map((event) => event.action).sort();
    expect(actions).toEqual(["reporting.kpi_added", "reporting.kpi_removed"]);
    expect((await admin.request("DELETE", `${url}/${kpi.id}`)).statusCode).toBe(404);
  });

  it("answers 404 for KPIs of another organisation's contract, changing nothing there", async () => {
    const { admin } = await setUp();
    const elsewhere = await createOrganisation(deps.db);
    const theirs = await createTestContract(deps.db, elsewhere);
    const before = await organisationSnapshot(deps.db, elsewhere.id);
    expect((await admin.request("GET", `/api/reporting/contracts/${theirs.id}/kpis`)).statusCode).toBe(404);
    expect((await admin.request("POST", `/api/reporting/contracts/${theirs.id}/kpis`, engagedShare)).statusCode).toBe(404);
    expect(await organisationSnapshot(deps.db, elsewhere.id)).toEqual(before);
  });
});
