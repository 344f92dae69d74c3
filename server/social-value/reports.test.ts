import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { pdfText } from "../../test/pdf-text.js";
import { auditEvents } from "../db/schema.js";
import { createTestContract, linkCommissioner } from "../reporting/contracts/test-support.js";
import { recordOutcomes } from "./test-support.js";

const { app, deps } = await testApp();
const year = { from: "2025-04", to: "2026-03" };
const entered = { source: "entered", pence: 5_000_000, priceYear: "2025-26", note: "The contract's value for the year" } as const;

/** A contract at Birmingham whose year has 12 people abstinent (published as 10) and 3 housed (hidden), its calculation run. */
async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
  await recordOutcomes(deps.db, organisation, { code: "abstinent_28_days", achievedOn: "2025-06-10", times: 12 });
  await recordOutcomes(deps.db, organisation, { code: "secured_housing", achievedOn: "2025-09-01", times: 3 });
  const contract = await createTestContract(deps.db, organisation, { name: "Birmingham prevention" });
  const made = (await admin.request("POST", "/api/social-value/calculations", { scope: { kind: "contract", contractId: contract.id }, months: year, cost: entered })).json();
  const commissionerUser = await createUser(deps.db, deps.vault, organisation, { role: "commissioner" });
  await linkCommissioner(deps.db, commissionerUser.id, contract.funderId);
  const commissioner = await signInAs(app, commissionerUser, deps.now());
  return { organisation, admin, contract, made, commissioner, commissionerUser };
}

describe("social value.commissioner reports", () => {
  it("publishes a contract's calculation for its funder's commissioner, who reads the counts as published and pounds worked from them", async () => {
    const { made, commissioner, contract, organisation, commissionerUser } = await setUp();
    expect(made.isPublished).toBe(true);
    const listed = (await commissioner.request("GET", "/api/social-value/reports")).json().reports;
    expect(listed).toEqual([expect.objectContaining({ id: made.id, contractId: contract.id, contractName: "Birmingham prevention", sequence: 1 })]);

    const read = await commissioner.request("GET", `/api/social-value/reports/${made.id}`);
    expect(read.statusCode, read.body).toBe(200);
    const report = read.json();
    expect(report.published.outcomes).toContainEqual({ outcomeCode: "abstinent_28_days", isValued: true, shown: { kind: "rounded", value: 10 } });
    expect(report.published.outcomes).toContainEqual({ outcomeCode: "secured_housing", isValued: true, shown: { kind: "suppressed", value: null } });
    expect(report.published.hidden.outcomeCodes).toEqual(["secured_housing"]);
    // Every line is valued at the count as shown (10), or at one for a hidden count: never the true 12 or 3.
    const counts = (report.published.result.lines as { outcomeCode: string; outcomeCount: number }[]).map((line) => [line.outcomeCode, line.outcomeCount]);
    expect(counts).toEqual([
      ["abstinent_28_days", 10],
      ["secured_housing", 1],
    ]);
    expect(report).not.toHaveProperty("outcomeCounts");
    expect(report).not.toHaveProperty("result");
    expect(report.sensitivity).toHaveLength(3);

    const audits = await deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.actorUserId, commissionerUser.id), eq(auditEvents.action, "social_value.report_read")));
    expect(audits.map((event) => event.entityId)).toEqual([made.id]);

    const pdf = await commissioner.request("GET", `/api/social-value/reports/${made.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, "");
    expect(text).toContain("Socialvaluereport:Birminghamprevention");
    expect(text).toContain("Abstinentfor28days10");
    expect(text).toContain("Hidden:Securedhousing.");
  });

  it("tells the commissioner nothing of the calculation itself, another funder's reports or the catalogue", async () => {
    const { made, commissioner, organisation } = await setUp();
    for (const url of [`/api/social-value/calculations/${made.id}`, `/api/social-value/calculations/${made.id}/reproduction`, `/api/social-value/calculations/${made.id}/pdf`]) {
      expect((await commissioner.request("GET", url)).statusCode, url).toBe(404);
    }
    for (const url of ["/api/social-value/calculations", "/api/social-value/catalogue", "/api/social-value/mappings", "/api/social-value/options"]) {
      expect((await commissioner.request("GET", url)).statusCode, url).toBe(403);
    }
    const otherCommissioner = await createUser(deps.db, deps.vault, organisation, { role: "commissioner" });
    const otherContract = await createTestContract(deps.db, organisation);
    await linkCommissioner(deps.db, otherCommissioner.id, otherContract.funderId);
    const other = await signInAs(app, otherCommissioner, deps.now());
    expect((await other.request("GET", "/api/social-value/reports")).json().reports).toEqual([]);
    expect((await other.request("GET", `/api/social-value/reports/${made.id}`)).statusCode).toBe(404);
    expect((await other.request("GET", `/api/social-value/reports/${made.id}/pdf`)).statusCode).toBe(404);
  });

  it("gives a site's calculation a printed report but no commissioner's page", async () => {
    const { admin, organisation } = await setUp();
    const made = (await admin.request("POST", "/api/social-value/calculations", { scope: { kind: "sites", siteId: organisation.siteIds[0], programmeCode: null }, months: year, cost: entered })).json();
    expect(made.isPublished).toBe(false);
    expect((await admin.request("GET", `/api/social-value/reports/${made.id}`)).statusCode).toBe(404);
    expect((await admin.request("GET", `/api/social-value/calculations/${made.id}/pdf`)).statusCode).toBe(200);
  });

  it("hides an outcome whose count, set against an earlier published report, would give a small count away", async () => {
    const organisation = await createOrganisation(deps.db);
    const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
    await recordOutcomes(deps.db, organisation, { code: "abstinent_28_days", achievedOn: "2025-06-10", times: 13 });
    await recordOutcomes(deps.db, organisation, { code: "abstinent_28_days", achievedOn: "2025-09-01", times: 1 });
    const contract = await createTestContract(deps.db, organisation);
    const wholeYear = (await admin.request("POST", "/api/social-value/calculations", { scope: { kind: "contract", contractId: contract.id }, months: year, cost: entered })).json();
    const abstinentOf = (made: { published: { outcomes: { outcomeCode: string; shown: unknown }[] } }) => made.published.outcomes.find((outcome) => outcome.outcomeCode === "abstinent_28_days")!.shown;
    expect(abstinentOf(wholeYear)).toEqual({ kind: "rounded", value: 15 });
    // June alone is 13, also shown as 15: beside the year's 15, a reader would know the rest of the year
    // holds 0 to 4 people (truly 1), so June's count is hidden.
    const june = (await admin.request("POST", "/api/social-value/calculations", { scope: { kind: "sites", siteId: organisation.siteIds[0], programmeCode: null }, months: { from: "2025-06", to: "2025-06" }, cost: entered })).json();
    expect(abstinentOf(june)).toEqual({ kind: "suppressed", value: null });
  });
});
