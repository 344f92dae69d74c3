import { beforeAll, describe, expect, it } from "vitest";
import type { MetricScope } from "../../../core/reporting/catalogue.js";
import { vulnerabilityDomains } from "../../../core/referrals/vocabulary.js";
import { testDatabase } from "../../../test/db.js";
import { createOrganisation, type TestOrganisation } from "../../../test/factories.js";
import { cellCount, insertCase, insertClient, insertReferral } from "../../../test/reporting-factories.js";
import { computeMetric, computeMetrics } from "./compute-metrics.js";

const { db } = await testDatabase();
const at = (iso: string) => new Date(iso);
const days = (from: Date, count: number) => new Date(from.getTime() + count * 86_400_000);

/** The count of the cell at `values` (in `by`'s order). */
const cell = cellCount;

let organisation: TestOrganisation;
let quarter: MetricScope;

/**
 * Spring 2026 at the first site (and one referral at the second):
 * - 23:30 UTC on 31 March is 00:30 on 1 April in London (BST): April; 22:59 UTC is still March.
 * - 23:30 UTC on 30 June is 1 July in London: after the quarter.
 * - a referral for two domains (substance misuse, mental health) from a mosque, triaged late;
 * - a Channel referral (restricted) for radicalisation, triaged in time, whose client is a
 *   Pakistani woman with a case opened aged 18–24;
 * - one at the second site, from school, not yet triaged.
 */
beforeAll(async () => {
  organisation = await createOrganisation(db);
  quarter = { organisationId: organisation.id, siteIds: organisation.siteIds, months: { from: "2026-04", to: "2026-06" } };
  const woman = await insertClient(db, organisation, { sex: "female", ethnicity: "asian_pakistani" });

  await insertReferral(db, organisation, { receivedAt: at("2026-03-31T22:59:00Z") });
  await insertReferral(db, organisation, { receivedAt: at("2026-03-31T23:30:00Z"), decidedAt: at("2026-04-01T09:00:00Z") });
  await insertReferral(db, organisation, { receivedAt: at("2026-06-30T23:30:00Z") });
  const twoDomains = at("2026-05-04T10:00:00Z");
  await insertReferral(db, organisation, { receivedAt: twoDomains, source: "faith_leader", reasons: ["substance_misuse", "mental_health"], decidedAt: days(twoDomains, 5) });
  const channel = at("2026-05-20T10:00:00Z");
  const restricted = await insertReferral(db, organisation, {
    receivedAt: channel,
    source: "channel",
    reasons: ["radicalisation_extremism"],
    isRestricted: true,
    decidedAt: days(channel, 1),
    clientId: woman.id,
  });
  await insertCase(db, organisation, { clientId: woman.id, referralId: restricted.id, openedAt: days(channel, 1), ageBand: "18_24", isRestricted: true });
  await insertReferral(db, organisation, { site: 1, source: "school_college", receivedAt: at("2026-06-10T10:00:00Z") });
});

describe("reporting.metrics referrals", () => {
  it("counts a referral in the London month it was received: 23:30 UTC on 31 March is April in summer time", async () => {
    const result = await computeMetric(db, { ...quarter, months: { from: "2026-03", to: "2026-04" } }, { metric: "referrals_received", by: ["month"] });
    expect(result.cells).toEqual([
      { at: ["2026-03"], count: 1 },
      { at: ["2026-04"], count: 1 },
    ]);
    expect(result.total).toBe(2);
  });

  it("counts the quarter's referrals at the scope's sites, restricted ones included, and none after it ends", async () => {
    const both = await computeMetric(db, quarter, { metric: "referrals_received", by: ["site"] });
    expect(both.cells).toEqual([
      { at: [organisation.siteIds[0]], count: 3 },
      { at: [organisation.siteIds[1]], count: 1 },
    ]);
    expect(both.total).toBe(4);
    const first = await computeMetric(db, { ...quarter, siteIds: [organisation.siteIds[0]] }, { metric: "referrals_received", by: [] });
    expect(first).toEqual({ metric: "referrals_received", kind: "count", by: [], cells: [], total: 3 });
  });

  it("counts a referral under each of its domains but once in the total, with every domain present", async () => {
    const result = await computeMetric(db, quarter, { metric: "referrals_received", by: ["vulnerability_domain"] });
    expect(result.cells.map((entry) => entry.at[0])).toEqual([...vulnerabilityDomains]);
    expect(cell(result, "substance_misuse")).toBe(3);
    expect(cell(result, "mental_health")).toBe(1);
    expect(cell(result, "radicalisation_extremism")).toBe(1);
    expect(cell(result, "alcohol")).toBe(0);
    expect(result.total).toBe(4);
  });

  it("fills every source and month with zeros where nothing came, the first dimension outermost", async () => {
    const result = await computeMetric(db, quarter, { metric: "referrals_received", by: ["referral_source", "month"] });
    expect(result.cells.slice(0, 3)).toEqual([
      { at: ["self", "2026-04"], count: 0 },
      { at: ["self", "2026-05"], count: 0 },
      { at: ["self", "2026-06"], count: 0 },
    ]);
    expect(cell(result, "family", "2026-04")).toBe(1);
    expect(cell(result, "faith_leader", "2026-05")).toBe(1);
    expect(cell(result, "channel", "2026-05")).toBe(1);
    expect(cell(result, "school_college", "2026-06")).toBe(1);
    expect(result.cells.reduce((sum, entry) => sum + entry.count, 0)).toBe(4);
    expect(result.cells).toHaveLength(10 * 3);
    expect(result.total).toBe(4);
  });

  it("takes a referral's demographics from its client, and not stated before triage links one", async () => {
    const [sex, group, age] = await computeMetrics(db, quarter, [
      { metric: "referrals_received", by: ["sex"] },
      { metric: "referrals_received", by: ["ethnic_group"] },
      { metric: "referrals_received", by: ["age_band"] },
    ]);
    expect(sex!.cells).toEqual([
      { at: ["female"], count: 1 },
      { at: ["male"], count: 0 },
      { at: ["not_stated"], count: 3 },
    ]);
    expect(cell(group!, "asian")).toBe(1);
    expect(cell(group!, "not_stated")).toBe(3);
    expect(cell(age!, "18_24")).toBe(1);
    expect(cell(age!, "unknown")).toBe(3);
  });

  it("counts triage decisions in the month they were made, and those made by the due time", async () => {
    const [triaged, inTime] = await computeMetrics(db, quarter, [
      { metric: "referrals_triaged", by: ["month"] },
      { metric: "referrals_triaged_within_target", by: ["referral_source"] },
    ]);
    expect(triaged!.cells.map((entry) => entry.count)).toEqual([1, 2, 0]);
    expect(triaged!.total).toBe(3);
    expect(cell(inTime!, "family")).toBe(1);
    expect(cell(inTime!, "channel")).toBe(1);
    expect(cell(inTime!, "faith_leader")).toBe(0);
    expect(inTime!.total).toBe(2);
  });

  it("restricts to the filter's values, in the breakdown and outside it", async () => {
    const [domains, mosque] = await computeMetrics(db, quarter, [
      { metric: "referrals_received", by: ["vulnerability_domain"], filter: { vulnerability_domain: ["mental_health", "radicalisation_extremism"] } },
      { metric: "referrals_received", by: ["month"], filter: { referral_source: ["faith_leader"] } },
    ]);
    expect(domains!.cells).toEqual([
      { at: ["mental_health"], count: 1 },
      { at: ["radicalisation_extremism"], count: 1 },
    ]);
    expect(domains!.total).toBe(2);
    expect(mosque!.cells.map((entry) => entry.count)).toEqual([0, 1, 0]);
    expect(mosque!.total).toBe(1);
    const substance = await computeMetric(db, quarter, { metric: "referrals_received", by: ["month"], filter: { vulnerability_domain: ["substance_misuse"] } });
    expect(substance.total).toBe(3);
  });
});
