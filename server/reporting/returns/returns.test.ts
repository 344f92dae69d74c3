/**
 * A contract's quarterly return from asking to release: built step by step as a job, every figure
 * through the disclosure engine, released once and read the same by everyone, scoped to the
 * commissioner's own funder, and checked against earlier releases so their difference cannot give a
 * small count away.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "../../../test/pdf-text.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../../test/factories.js";
import { signInAs, type Agent } from "../../../test/http.js";
import { testApp, type TestApp } from "../../../test/app.js";
import { insertReferral } from "../../../test/reporting-factories.js";
import { contracts, disclosureReleases, funderCommissioners, funders, organisations } from "../../db/schema.js";
import { runNextJob } from "../../jobs/run-next-job.js";
import { recordOutcomes } from "../../social-value/test-support.js";
import { reportingJobHandlers } from "./build-report.js";

/** Runs report steps until none is due. */
async function runReportJobs(t: TestApp): Promise<void> {
  for (let step = 0; step < 200; step += 1) if ((await runNextJob(t.deps.db, reportingJobHandlers(), () => t.deps.now())).kind === "idle") return;
}

const at = (iso: string) => new Date(iso);

describe("reporting.returns", () => {
  let t: TestApp;
  let organisation: TestOrganisation;
  let contractId: string;
  let commissioner: Agent;
  let otherCommissioner: Agent;
  let administrator: Agent;

  beforeAll(async () => {
    t = await testApp();
    const { db, vault } = t.deps;
    organisation = await createOrganisation(db);
    const [council] = await db.insert(funders).values({ organisationId: organisation.id, name: "City Council", kind: "local_authority" }).returning();
    const [trust] = await db.insert(funders).values({ organisationId: organisation.id, name: "A Trust", kind: "charitable_trust" }).returning();
    const [contract] = await db
      .insert(contracts)
      .values({ organisationId: organisation.id, funderId: council!.id, name: "Prevention 2026", valuePence: 10_000_000, startsOn: "2026-01-01", endsOn: "2026-12-31", siteIds: [organisation.siteIds[0]] })
      .returning();
    contractId = contract!.id;
    const commissionerUser = await createUser(db, vault, organisation, { role: "commissioner" });
    const otherUser = await createUser(db, vault, organisation, { role: "commissioner" });
    await db.insert(funderCommissioners).values([
      { userId: commissionerUser.id, funderId: council!.id },
      { userId: otherUser.id, funderId: trust!.id },
    ]);
    commissioner = await signInAs(t.app, commissionerUser, t.deps.now());
    otherCommissioner = await signInAs(t.app, otherUser, t.deps.now());
    administrator = await signInAs(t.app, await createUser(db, vault, organisation, { role: "administrator" }), t.deps.now());
    // Q2 2026 at the contract's site: 30 referrals from families in April, 3 from schools in May.
    for (let index = 0; index < 30; index += 1) await insertReferral(db, organisation, { receivedAt: at(`2026-04-${String(1 + (index % 28)).padStart(2, "0")}T10:00:00Z`), source: "family" });
    for (let index = 0; index < 3; index += 1) await insertReferral(db, organisation, { receivedAt: at(`2026-05-1${index}T10:00:00Z`), source: "school_college" });
    // At the other site, not in the contract: 3 from families.
    for (let index = 0; index < 3; index += 1) await insertReferral(db, organisation, { site: 1, receivedAt: at(`2026-04-0${index + 1}T10:00:00Z`), source: "family" });
  });

  it("builds the return as a job with progress, and releases figures no reader can narrow below the threshold", async () => {
    const asked = await commissioner.request("POST", "/api/reporting/returns", { contractId, quarter: "2026-Q2" });
    expect(asked.statusCode).toBe(200);
    const { run } = asked.json<{ run: { id: string; status: string; stepsTotal: number } }>();
    expect(run).toMatchObject({ status: "queued" });
    expect(run.stepsTotal).toBeGreaterThan(2);

    await runReportJobs(t);
    const done = (await commissioner.request("GET", `/api/reporting/runs/${run.id}`)).json<{ status: string; stepsDone: number; stepsTotal: number; releaseId: string }>();
    expect(done).toMatchObject({ status: "done", stepsDone: run.stepsTotal });

    const release = (await commissioner.request("GET", `/api/reporting/releases/${done.releaseId}`)).json<{ report: { parts: { sections: { blocks: { id: string; rowValues?: string[]; cells?: { kind: string; value: number | null }[][]; rowTotals?: { kind: string; value: number | null }[]; grandTotal?: { kind: string; value: number | null } }[] }[] }[] }; suppressedCount: number | null }>();
    const table = release.report.parts[0]!.sections[0]!.blocks.find((block) => block.id === "referrals_by_source")!;
    const row = (code: string) => table.rowValues!.indexOf(code);
    // 30 from families in April: shown rounded; 3 from schools in May: suppressed, with a partner so it cannot be worked out.
    expect(table.rowTotals![row("family")]).toEqual({ kind: "rounded", value: 30 });
    expect(table.cells![row("school_college")]![1]).toEqual({ kind: "suppressed", value: null });
    expect(table.rowTotals![row("school_college")]).toEqual({ kind: "suppressed", value: null });
    expect(table.grandTotal).toEqual({ kind: "rounded", value: 35 });
    // The other site's referrals are not in the contract's return.
    // A commissioner is not told how many figures were hidden, or why.
    expect(release.suppressedCount).toBeNull();

    const csv = (await commissioner.request("GET", `/api/reporting/releases/${done.releaseId}/csv`)).body;
    const counts = csv
      .trim()
      .split("\r\n")
      .slice(1)
      .filter((line) => !/,(percent|median_days|p90_days),/.test(line) && !line.startsWith("2026-Q2,kpis"))
      .map((line) => line.split(",").at(-1)!);
    expect(counts.length).toBeGreaterThan(20);
    for (const shown of counts) expect(shown === "*" || shown === "0" || (Number(shown) >= 8 && Number(shown) % 5 === 0)).toBe(true);

    const pdf = await commissioner.request("GET", `/api/reporting/releases/${done.releaseId}/pdf`);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain("Prevention 2026");
    expect(text).toContain("School or college");
  });

  it("releases a quarter once: asking again answers the same release", async () => {
    const first = (await commissioner.request("POST", "/api/reporting/returns", { contractId, quarter: "2026-Q2" })).json<{ releaseId: string | null }>();
    const again = (await administrator.request("POST", "/api/reporting/returns", { contractId, quarter: "2026-Q2" })).json<{ releaseId: string | null }>();
    expect(first.releaseId).not.toBeNull();
    expect(again.releaseId).toBe(first.releaseId);
  });

  it("shows another funder's commissioner nothing of it, and refuses a quarter not yet ended", async () => {
    const { releaseId } = (await commissioner.request("POST", "/api/reporting/returns", { contractId, quarter: "2026-Q2" })).json<{ releaseId: string }>();
    expect((await otherCommissioner.request("GET", `/api/reporting/releases/${releaseId}`)).statusCode).toBe(404);
    expect((await otherCommissioner.request("GET", `/api/reporting/releases/${releaseId}/pdf`)).statusCode).toBe(404);
    expect((await otherCommissioner.request("POST", "/api/reporting/returns", { contractId, quarter: "2026-Q2" })).statusCode).toBe(404);
    expect((await otherCommissioner.request("GET", "/api/reporting/releases")).json<{ releases: unknown[] }>().releases).toEqual([]);
    const future = await commissioner.request("POST", "/api/reporting/returns", { contractId, quarter: "2099-Q1" });
    expect(future.statusCode).toBe(400);
    expect(future.json<{ error: { fields: { path: string }[] } }>().error.fields[0]!.path).toBe("body.quarter");
  });

  it("hides a figure of a later release that, taken from an earlier one, would give a small count away", async () => {
    // Without rounding, the trends report's 33 families across both sites less the return's 30 would say 3.
    await t.deps.db.update(organisations).set({ disclosureSettings: { roundingBase: 1 } }).where(eq(organisations.id, organisation.id));
    try {
      const revised = (await administrator.request("POST", "/api/reporting/returns", { contractId, quarter: "2026-Q2", isRevision: true })).json<{ run: { id: string } }>();
      await runReportJobs(t);
      const returnRun = (await administrator.request("GET", `/api/reporting/runs/${revised.run.id}`)).json<{ releaseId: string }>();
      const asked = (await administrator.request("POST", "/api/reporting/trends", { from: "2026-Q2", to: "2026-Q2" })).json<{ run: { id: string } }>();
      await runReportJobs(t);
      const trendsRun = (await administrator.request("GET", `/api/reporting/runs/${asked.run.id}`)).json<{ releaseId: string }>();
      const [trends] = await t.deps.db.select().from(disclosureReleases).where(eq(disclosureReleases.id, trendsRun.releaseId));
      expect(trends!.suppressed.differencing).toBeGreaterThan(0);
      const report = trends!.report as { parts: { sections: { blocks: { id: string; values?: string[]; cells?: { kind: string }[] }[] }[] }[] };
      const bySource = report.parts[0]!.sections.flatMap((section) => section.blocks).find((block) => block.id === "referrals_by_source")!;
      expect(bySource.cells![bySource.values!.indexOf("family")]!.kind).toBe("suppressed");
      const [earlier] = await t.deps.db.select().from(disclosureReleases).where(eq(disclosureReleases.id, returnRun.releaseId));
      expect(earlier!.revisesId).not.toBeNull();
    } finally {
      await t.deps.db.update(organisations).set({ disclosureSettings: {} }).where(eq(organisations.id, organisation.id));
    }
  });
});

describe("reporting.returns against published social-value reports", () => {
  it("hides an outcome count that, set against a social-value report published earlier, would give a small count away", async () => {
    const t = await testApp();
    const { db, vault } = t.deps;
    const organisation = await createOrganisation(db);
    const administrator = await signInAs(t.app, await createUser(db, vault, organisation, { role: "administrator" }), t.deps.now());
    const [funder] = await db.insert(funders).values({ organisationId: organisation.id, name: "City Council", kind: "local_authority" }).returning();
    const [contract] = await db
      .insert(contracts)
      .values({ organisationId: organisation.id, funderId: funder!.id, name: "Recovery 2026", valuePence: 5_000_000, startsOn: "2026-01-01", endsOn: "2026-12-31", siteIds: [organisation.siteIds[0]] })
      .returning();
    // 13 people abstinent in May and 1 in August: April to September's 14 and the quarter's 13 both show as 15.
    await recordOutcomes(db, organisation, { code: "abstinent_28_days", achievedOn: "2026-05-12", times: 13 });
    await recordOutcomes(db, organisation, { code: "abstinent_28_days", achievedOn: "2026-08-03", times: 1 });
    const cost = { source: "entered", pence: 5_000_000, priceYear: "2026-27", note: "The contract's value" };
    const report = await administrator.request("POST", "/api/social-value/calculations", { scope: { kind: "contract", contractId: contract!.id }, months: { from: "2026-04", to: "2026-09" }, cost });
    expect(report.statusCode).toBe(201);
    expect(report.json().published.outcomes).toContainEqual({ outcomeCode: "abstinent_28_days", isValued: true, shown: { kind: "rounded", value: 15 } });

    const asked = (await administrator.request("POST", "/api/reporting/returns", { contractId: contract!.id, quarter: "2026-Q2" })).json<{ run: { id: string } }>();
    await runReportJobs(t);
    const run = (await administrator.request("GET", `/api/reporting/runs/${asked.run.id}`)).json<{ releaseId: string }>();
    const [release] = await db.select().from(disclosureReleases).where(eq(disclosureReleases.id, run.releaseId));
    const blocks = (release!.report as { parts: { sections: { blocks: { id: string; values?: string[]; cells?: { kind: string }[] }[] }[] }[] }).parts[0]!.sections.flatMap((section) => section.blocks);
    const outcomes = blocks.find((block) => block.id === "outcomes_achieved")!;
    // Beside the report's 15, the quarter's 15 would say the summer held 0 to 4 people: hidden.
    expect(outcomes.cells![outcomes.values!.indexOf("abstinent_28_days")]!.kind).toBe("suppressed");
    expect(release!.suppressed.differencing).toBeGreaterThan(0);
  });
});
