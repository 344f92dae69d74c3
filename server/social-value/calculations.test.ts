import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { pdfText } from "../../test/pdf-text.js";
import { insertEnrolment } from "../../test/reporting-factories.js";
import { auditEvents } from "../db/schema.js";
import { createTestSpend } from "../funding/test-support.js";
import { socialValueSnapshot, recordOutcomes } from "./test-support.js";

const { app, deps } = await testApp();
const year = { from: "2025-04", to: "2026-03" };
const entered = { source: "entered", pence: 5_000_000, priceYear: "2025-26", note: "The year's budget for the Birmingham team" } as const;

/** Birmingham's year: 12 people abstinent for 28 days and 3 housed; Manchester's 5 and one outside the year don't count. */
async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const adminUser = await createUser(deps.db, deps.vault, organisation, { role: "administrator" });
  const admin = await signInAs(app, adminUser, deps.now());
  await recordOutcomes(deps.db, organisation, { code: "abstinent_28_days", achievedOn: "2025-06-10", times: 12 });
  await recordOutcomes(deps.db, organisation, { code: "secured_housing", achievedOn: "2026-03-31", times: 3 });
  await recordOutcomes(deps.db, organisation, { site: 1, code: "abstinent_28_days", achievedOn: "2025-07-01", times: 5 });
  await recordOutcomes(deps.db, organisation, { code: "abstinent_28_days", achievedOn: "2026-04-01", times: 1 });
  const birmingham = { kind: "sites", siteId: organisation.siteIds[0], programmeCode: null } as const;
  return { organisation, admin, adminUser, birmingham };
}

type Line = { outcomeCode: string; outcomeCount: number; entry: { code: string; version: number; valuePence: number }; parameters: { deadweight: number }; stages: { grossPence: number; presentValuePence: number } };

describe("social value.calculations", () => {
  it("values the outcomes recorded at the site in the period, each line traceable to its count, catalogue entry and assumptions", async () => {
    const { admin, organisation, birmingham } = await setUp();
    const response = await admin.request("POST", "/api/social-value/calculations", { scope: birmingham, months: year, cost: entered });
    expect(response.statusCode, response.body).toBe(201);
    const made = response.json();
    expect(made).toMatchObject({ sequence: 1, months: year, names: { site: "Birmingham", siteNames: ["Birmingham"] }, priceBasis: "not_uprated", targetPriceYear: "2025-26", isPublished: false, costBasis: { source: "entered", note: entered.note } });
    expect(made.outcomeCounts).toContainEqual({ outcomeCode: "abstinent_28_days", count: 12 });
    expect(made.outcomeCounts).toContainEqual({ outcomeCode: "secured_housing", count: 3 });
    expect(made.outcomeCounts).toContainEqual({ outcomeCode: "reduced_use", count: 0 });
    const abstinent = (made.result.lines as Line[]).find((line) => line.outcomeCode === "abstinent_28_days")!;
    // 12 people × 1 year of effective treatment's criminal-justice saving (£1,408, 2010-11 prices) × 2 years.
    expect(abstinent).toMatchObject({ outcomeCount: 12, entry: { code: "HE2.0.1", version: 1, valuePence: 140_800 }, parameters: { deadweight: 0.3 }, stages: { grossPence: 3_379_200 } });
    expect(made.entries.map((entry: { code: string }) => entry.code)).toContain("HE2.0.1");
    // Not uprated until the deflators are entered: the figures mix their own price years, and the report says which.
    expect(made.result.prices).toMatchObject({ basis: "not_uprated", priceYears: expect.arrayContaining(["2010-11", "2025-26"]) });
    expect(made.result.returnPerPound.publicValuePence).toBe(Math.round((made.result.total.netPresentValuePence * 100) / 5_000_000));
    const [audit] = await deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "social_value.calculation_run")));
    expect(audit).toMatchObject({ entityId: made.id, details: { sequence: 1, priceBasis: "not_uprated" } });
  });

  it("takes the cost from the spend recorded at the scope's sites in its months", async () => {
    const { admin, adminUser, organisation, birmingham } = await setUp();
    await createTestSpend(deps.db, organisation, adminUser.id, { month: "2025-06", amountPence: 3_000_000, category: "staff" });
    await createTestSpend(deps.db, organisation, adminUser.id, { month: "2026-01", amountPence: 500_000, category: "rent_running_costs" });
    await createTestSpend(deps.db, organisation, adminUser.id, { month: "2025-06", siteId: organisation.siteIds[1], amountPence: 9_999_900 });
    await createTestSpend(deps.db, organisation, adminUser.id, { month: "2026-04", amountPence: 9_999_900 });
    await createTestSpend(deps.db, organisation, adminUser.id, { month: "2025-09", siteId: null, amountPence: 700_000 });
    const made = (await admin.request("POST", "/api/social-value/calculations", { scope: birmingham, months: year, cost: { source: "spend" } })).json();
    expect(made.costBasis).toMatchObject({ source: "spend", totalPence: 3_500_000, byCategory: { staff: 3_000_000, rent_running_costs: 500_000 }, organisationWidePence: 700_000 });
    expect(made.result.deliveryCost).toMatchObject({ pence: 3_500_000, priceYear: "2025-26" });
  });

  it("counts only the cases on the programme for a programme's calculation, and asks for its cost to be entered", async () => {
    const { admin, organisation } = await setUp();
    const [onProgramme] = await recordOutcomes(deps.db, organisation, { code: "no_further_offending", achievedOn: "2025-10-01", times: 2 });
    await insertEnrolment(deps.db, organisation, { caseId: onProgramme!, programme: "sv_test_mentoring", enrolledOn: "2025-05-01" });
    const scope = { kind: "sites", siteId: organisation.siteIds[0], programmeCode: "sv_test_mentoring" };
    const before = await socialValueSnapshot(deps.db, organisation.id);
    const fromSpend = await admin.request("POST", "/api/social-value/calculations", { scope, months: year, cost: { source: "spend" } });
    expect(fromSpend.statusCode).toBe(400);
    expect(fromSpend.json().error.fields).toEqual([{ path: "body.cost.source", message: "Spend is recorded by site, not by programme: enter what the programme's work cost." }]);
    expect(await socialValueSnapshot(deps.db, organisation.id)).toEqual(before);
    const made = (await admin.request("POST", "/api/social-value/calculations", { scope, months: year, cost: entered })).json();
    expect(made.outcomeCounts.filter((count: { count: number }) => count.count > 0)).toEqual([{ outcomeCode: "no_further_offending", count: 1 }]);
  });

  it("uprates every figure to the target year once the deflators cover the years needed", async () => {
    const { admin, birmingham } = await setUp();
    const deflators = (await admin.request("GET", "/api/social-value/deflators")).json();
    // Made-up indices for the years this calculation needs (HE2.0.1 and HO3.0 in 2010-11, the cost in 2025-26).
    const series = { ...deflators.series, reference: "2025-26 = 100", rows: [{ year: "2010-11", index: 66.5 }, { year: "2025-26", index: 99.75 }] };
    expect((await admin.request("PUT", "/api/social-value/deflators", { series, version: deflators.version })).statusCode).toBe(200);
    const made = (await admin.request("POST", "/api/social-value/calculations", { scope: birmingham, months: year, cost: entered })).json();
    expect(made.priceBasis).toBe("uprated");
    const abstinent = (made.result.lines as (Line & { parameters: { upratingFactor: number } })[]).find((line) => line.outcomeCode === "abstinent_28_days")!;
    expect(abstinent.parameters.upratingFactor).toBe(1.5);
    expect(abstinent.stages.grossPence).toBe(5_068_800);
    expect(made.result.settings.deflator.rowsUsed).toEqual(series.rows);
  });

  it("numbers the versions of one scope and period, and a stored version keeps its figures and reproduces after the catalogue and mappings change", async () => {
    const { admin, birmingham } = await setUp();
    const first = (await admin.request("POST", "/api/social-value/calculations", { scope: birmingham, months: year, cost: entered })).json();

    const drinker = (await admin.request("GET", "/api/social-value/catalogue/HE2.0.1")).json().versions[0].entry;
    const { code: _code, version: _version, ...fields } = drinker;
    expect((await admin.request("PUT", "/api/social-value/catalogue/HE2.0.1", { ...fields, fiscalPence: 200_000, version: 1 })).statusCode).toBe(200);
    const mappings = (await admin.request("GET", "/api/social-value/mappings")).json();
    const abstinentMapping = mappings.outcomes.find((outcome: { outcomeCode: string }) => outcome.outcomeCode === "abstinent_28_days").mapping;
    const changed = await admin.request("PUT", "/api/social-value/mappings/abstinent_28_days", { lines: abstinentMapping.lines.map((line: object) => ({ ...line, deadweight: 0.6 })), version: abstinentMapping.version });
    expect(changed.statusCode, changed.body).toBe(200);

    const second = (await admin.request("POST", "/api/social-value/calculations", { scope: birmingham, months: year, cost: entered })).json();
    expect(second.sequence).toBe(2);
    const secondLine = (second.result.lines as Line[]).find((line) => line.outcomeCode === "abstinent_28_days")!;
    expect(secondLine).toMatchObject({ entry: { version: 2, valuePence: 200_000 }, parameters: { deadweight: 0.6 } });
    expect(second.result.total.netPresentValuePence).not.toBe(first.result.total.netPresentValuePence);

    const firstAgain = (await admin.request("GET", `/api/social-value/calculations/${first.id}`)).json();
    expect(firstAgain.result).toEqual(first.result);
    const reproduction = await admin.request("GET", `/api/social-value/calculations/${first.id}/reproduction`);
    expect(reproduction.json()).toEqual({ isReproduced: true, differences: [] });

    const versions = (await admin.request("GET", `/api/social-value/calculations?scopeKey=${encodeURIComponent(first.scopeKey)}`)).json().calculations;
    expect(versions.map((each: { sequence: number; id: string }) => [each.sequence, each.id])).toEqual([
      [2, second.id],
      [1, first.id],
    ]);
  });

  it("gives how the total moves as deadweight, attribution and drop-off vary by half either way", async () => {
    const { admin, birmingham } = await setUp();
    const made = (await admin.request("POST", "/api/social-value/calculations", { scope: birmingham, months: year, cost: entered })).json();
    const { series } = (await admin.request("GET", `/api/social-value/calculations/${made.id}/sensitivity`)).json();
    expect(series.map((each: { parameter: string }) => each.parameter)).toEqual(["deadweight", "attribution", "dropOff"]);
    for (const each of series as { points: { change: number; netPresentValuePence: number }[] }[]) {
      expect(each.points.map((point) => point.change)).toEqual([-0.5, -0.25, 0, 0.25, 0.5]);
      expect(each.points[2]!.netPresentValuePence).toBe(made.result.total.netPresentValuePence);
      // More of any deduction never adds value.
      expect(each.points[4]!.netPresentValuePence).toBeLessThanOrEqual(each.points[0]!.netPresentValuePence);
    }
    expect(series[0].points[4].netPresentValuePence).toBeLessThan(series[0].points[0].netPresentValuePence);
  });

  it("prints the report with counts through the disclosure engine: small ones hidden, others rounded", async () => {
    const { admin, birmingham } = await setUp();
    const made = (await admin.request("POST", "/api/social-value/calculations", { scope: birmingham, months: year, cost: entered })).json();
    expect(made.published.outcomes).toContainEqual({ outcomeCode: "abstinent_28_days", isValued: true, shown: { kind: "rounded", value: 10 } });
    expect(made.published.outcomes).toContainEqual({ outcomeCode: "secured_housing", isValued: true, shown: { kind: "suppressed", value: null } });
    const pdf = await admin.request("GET", `/api/social-value/calculations/${made.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, "");
    expect(text).toContain("Socialvaluereport:Birmingham");
    expect(text).toContain("Abstinentfor28days10");
    expect(text).toContain("HE2.0.1v1");
    expect(text).not.toContain("Abstinentfor28days12");
  });

  it("refuses a period, site, programme or contract it cannot calculate for, naming the field and changing nothing", async () => {
    const { admin, organisation, birmingham } = await setUp();
    const other = await createOrganisation(deps.db);
    const before = await socialValueSnapshot(deps.db, organisation.id);
    const tooLong = await admin.request("POST", "/api/social-value/calculations", { scope: birmingham, months: { from: "2020-04", to: "2026-03" }, cost: entered });
    expect(tooLong.json().error.fields).toEqual([{ path: "body.months.to", message: "A calculation covers at most 60 months." }]);
    const otherSite = await admin.request("POST", "/api/social-value/calculations", { scope: { ...birmingham, siteId: other.siteIds[0] }, months: year, cost: entered });
    expect(otherSite.json().error.fields).toEqual([{ path: "body.scope.siteId", message: "This site could not be found." }]);
    const noProgramme = await admin.request("POST", "/api/social-value/calculations", { scope: { ...birmingham, programmeCode: "no_such_programme" }, months: year, cost: entered });
    expect(noProgramme.json().error.fields).toEqual([{ path: "body.scope.programmeCode", message: "This programme could not be found." }]);
    const otherContract = await admin.request("POST", "/api/social-value/calculations", { scope: { kind: "contract", contractId: crypto.randomUUID() }, months: year, cost: entered });
    expect(otherContract.json().error.fields).toEqual([{ path: "body.scope.contractId", message: "This contract could not be found." }]);
    const backwards = await admin.request("POST", "/api/social-value/calculations", { scope: birmingham, months: { from: "2026-03", to: "2025-04" }, cost: entered });
    expect(backwards.statusCode).toBe(400);
    for (const response of [tooLong, otherSite, noProgramme, otherContract]) expect(response.statusCode).toBe(400);
    expect(await socialValueSnapshot(deps.db, organisation.id)).toEqual(before);
  });
});
