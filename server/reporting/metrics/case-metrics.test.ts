import { beforeAll, describe, expect, it } from "vitest";
import { closureOutcomes } from "../../../core/cases/case-state-machine.js";
import type { MetricScope } from "../../../core/reporting/catalogue.js";
import { testDatabase } from "../../../test/db.js";
import { createOrganisation, type TestOrganisation } from "../../../test/factories.js";
import { cellCount, insertCase, insertClient, insertReferral } from "../../../test/reporting-factories.js";
import { computeMetric, computeMetrics } from "./compute-metrics.js";

const { db } = await testDatabase();
const at = (iso: string) => new Date(iso);

const cell = cellCount;

let organisation: TestOrganisation;
let quarter: MetricScope;

/**
 * Cases around spring 2026:
 * - opened in January, closed in May (improved), low level, from a family referral for
 *   substance misuse and mental health;
 * - opened in February and still open, intensive, opened without a referral;
 * - opened in April from a mosque referral for alcohol, tier not yet decided;
 * - opened in June, closed in June with no outcome given, low level, from school;
 * - closed in March (before the quarter) and opened after it (00:30 on 1 July in London).
 */
beforeAll(async () => {
  organisation = await createOrganisation(db);
  quarter = { organisationId: organisation.id, siteIds: organisation.siteIds, months: { from: "2026-04", to: "2026-06" } };
  const someone = async () => (await insertClient(db, organisation, { sex: "male", ethnicity: "white_british" })).id;
  const referred = async (source: string, reasons: string[], receivedAt: string) => {
    const clientId = await someone();
    const referral = await insertReferral(db, organisation, { source, reasons, receivedAt: at(receivedAt), decidedAt: at(receivedAt), clientId });
    return { clientId, referralId: referral.id };
  };

  await insertCase(db, organisation, {
    ...(await referred("family", ["substance_misuse", "mental_health"], "2026-01-05T10:00:00Z")),
    openedAt: at("2026-01-06T10:00:00Z"),
    closedAt: at("2026-05-15T10:00:00Z"),
    closureOutcome: "improved",
    tier: "low_level",
  });
  await insertCase(db, organisation, { clientId: await someone(), openedAt: at("2026-02-01T10:00:00Z"), tier: "intensive" });
  await insertCase(db, organisation, { ...(await referred("faith_leader", ["alcohol"], "2026-04-02T10:00:00Z")), openedAt: at("2026-04-03T10:00:00Z") });
  await insertCase(db, organisation, {
    ...(await referred("school_college", ["online_harm"], "2026-06-01T10:00:00Z")),
    site: 1,
    openedAt: at("2026-06-02T10:00:00Z"),
    closedAt: at("2026-06-20T10:00:00Z"),
    tier: "low_level",
  });
  await insertCase(db, organisation, { clientId: await someone(), openedAt: at("2026-01-02T10:00:00Z"), closedAt: at("2026-03-20T10:00:00Z"), tier: "low_level" });
  await insertCase(db, organisation, { clientId: await someone(), openedAt: at("2026-06-30T23:30:00Z"), tier: "low_level" });
});

describe("reporting.metrics cases", () => {
  it("counts cases open on any day of the period, by tier, with every tier present", async () => {
    const result = await computeMetric(db, quarter, { metric: "cases_supported", by: ["support_tier"] });
    expect(result.cells).toEqual([
      { at: ["low_level"], count: 2 },
      { at: ["intensive"], count: 1 },
      { at: ["panel_referral"], count: 0 },
      { at: ["statutory_referral"], count: 0 },
      { at: ["none"], count: 1 },
    ]);
    expect(result.total).toBe(4);
  });

  it("breaks cases down by their referral's domains, a case without a referral under none", async () => {
    const result = await computeMetric(db, quarter, { metric: "cases_supported", by: ["vulnerability_domain"] });
    expect(cell(result, "substance_misuse")).toBe(1);
    expect(cell(result, "mental_health")).toBe(1);
    expect(cell(result, "alcohol")).toBe(1);
    expect(cell(result, "online_harm")).toBe(1);
    expect(cell(result, "none")).toBe(1);
    expect(result.total).toBe(4);
  });

  it("counts cases opened by month and by the source of their referral", async () => {
    const [byMonth, bySource] = await computeMetrics(db, quarter, [
      { metric: "cases_opened", by: ["month"] },
      { metric: "cases_opened", by: ["referral_source"] },
    ]);
    expect(byMonth!.cells.map((entry) => entry.count)).toEqual([1, 0, 1]);
    expect(cell(bySource!, "faith_leader")).toBe(1);
    expect(cell(bySource!, "school_college")).toBe(1);
    expect(cell(bySource!, "self")).toBe(0);
    expect(bySource!.total).toBe(2);
  });

  it("counts closures by their outcome, one given none as not known", async () => {
    const result = await computeMetric(db, quarter, { metric: "cases_closed", by: ["outcome"] });
    expect(result.cells.map((entry) => entry.at[0])).toEqual([...closureOutcomes]);
    expect(cell(result, "improved")).toBe(1);
    expect(cell(result, "not_known")).toBe(1);
    expect(result.total).toBe(2);
  });

  it("counts only the scope's sites", async () => {
    const result = await computeMetric(db, { ...quarter, siteIds: [organisation.siteIds[1]] }, { metric: "cases_closed", by: ["site"] });
    expect(result.cells).toEqual([{ at: [organisation.siteIds[1]], count: 1 }]);
    const none = await computeMetric(db, { ...quarter, siteIds: [] }, { metric: "cases_supported", by: ["sex"] });
    expect(none.total).toBe(0);
    expect(none.cells.every((entry) => entry.count === 0)).toBe(true);
  });
});
