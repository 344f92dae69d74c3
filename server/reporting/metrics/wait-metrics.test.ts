import { beforeAll, describe, expect, it } from "vitest";
import type { MetricScope } from "../../../core/reporting/catalogue.js";
import { testDatabase } from "../../../test/db.js";
import { createOrganisation, type TestOrganisation } from "../../../test/factories.js";
import { insertAssessment, insertCase, insertClient, insertReferral, insertSupportSession } from "../../../test/reporting-factories.js";
import { computeMetric } from "./compute-metrics.js";

const { db } = await testDatabase();
const at = (iso: string) => new Date(iso);

let organisation: TestOrganisation;
let quarter: MetricScope;

/** A referral received at `receivedAt` that opened a case (tier `tier`) for a new client. */
async function referredCase(receivedAt: string, tier: string, source = "family") {
  const client = await insertClient(db, organisation, { ethnicity: "asian_bangladeshi" });
  const referral = await insertReferral(db, organisation, { receivedAt: at(receivedAt), decidedAt: at(receivedAt), clientId: client.id, source });
  return insertCase(db, organisation, { clientId: client.id, referralId: referral.id, openedAt: at(receivedAt), tier, ageBand: "18_24" });
}

/**
 * Five waits to first contact in spring 2026, of 1, 2, 3, 4 and 10 London days:
 * - received at 23:50 on 1 April (BST) and seen at 09:00 the next morning: one day, whatever
 *   the hours; a missed appointment before it and a later session do not count;
 * - 2, 3 and 4 days in April, and 10 days ending in May (from the school).
 * A case first seen in March and again in April has no first contact in the quarter.
 * Assessments: waits of 1 day (April) and 5 days (May); an earlier draft does not count, nor a
 * second assessment, nor an April assessment of a case first assessed in March.
 */
beforeAll(async () => {
  organisation = await createOrganisation(db);
  quarter = { organisationId: organisation.id, siteIds: organisation.siteIds, months: { from: "2026-04", to: "2026-06" } };

  const lateNight = await referredCase("2026-04-01T22:50:00Z", "low_level");
  await insertSupportSession(db, organisation, { caseId: lateNight.id, startsAt: at("2026-04-01T23:55:00Z"), attendance: "did_not_attend" });
  await insertSupportSession(db, organisation, { caseId: lateNight.id, startsAt: at("2026-04-02T08:00:00Z") });
  await insertSupportSession(db, organisation, { caseId: lateNight.id, startsAt: at("2026-04-20T08:00:00Z") });
  for (const [received, seen] of [
    ["2026-04-05T10:00:00Z", "2026-04-07T10:00:00Z"],
    ["2026-04-10T10:00:00Z", "2026-04-13T10:00:00Z"],
    ["2026-04-20T10:00:00Z", "2026-04-24T10:00:00Z"],
  ] as const) {
    const kase = await referredCase(received, "intensive");
    await insertSupportSession(db, organisation, { caseId: kase.id, startsAt: at(seen) });
  }
  const fromSchool = await referredCase("2026-05-01T10:00:00Z", "intensive", "school_college");
  await insertSupportSession(db, organisation, { caseId: fromSchool.id, startsAt: at("2026-05-11T10:00:00Z") });

  const seenBefore = await referredCase("2026-03-01T10:00:00Z", "low_level");
  await insertSupportSession(db, organisation, { caseId: seenBefore.id, startsAt: at("2026-03-02T10:00:00Z") });
  await insertSupportSession(db, organisation, { caseId: seenBefore.id, startsAt: at("2026-04-02T10:00:00Z") });

  await insertAssessment(db, organisation, { caseId: lateNight.id, assessedOn: "2026-04-01", isDraft: true });
  await insertAssessment(db, organisation, { caseId: lateNight.id, assessedOn: "2026-04-02" });
  await insertAssessment(db, organisation, { caseId: lateNight.id, assessedOn: "2026-05-30" });
  await insertAssessment(db, organisation, { caseId: fromSchool.id, assessedOn: "2026-05-06" });
  await insertAssessment(db, organisation, { caseId: seenBefore.id, assessedOn: "2026-03-21" });
  await insertAssessment(db, organisation, { caseId: seenBefore.id, assessedOn: "2026-04-21" });
});

describe("reporting.metrics waiting times", () => {
  it("gives the median and 90th percentile of the waits to first contact ending in the period, in London days", async () => {
    const result = await computeMetric(db, quarter, { metric: "wait_to_first_contact", by: [] });
    expect(result.kind).toBe("duration");
    expect(result.total).toEqual({ count: 5, median: 3, p90: expect.closeTo(7.6, 6) });
  });

  it("breaks waits down by the month they ended, with empty months as no waits", async () => {
    const result = await computeMetric(db, quarter, { metric: "wait_to_first_contact", by: ["month"] });
    expect(result.cells).toEqual([
      { at: ["2026-04"], count: 4, median: 2.5, p90: expect.closeTo(3.7, 6) },
      { at: ["2026-05"], count: 1, median: 10, p90: 10 },
      { at: ["2026-06"], count: 0, median: null, p90: null },
    ]);
  });

  it("breaks waits down by tier and referral source", async () => {
    const result = await computeMetric(db, quarter, { metric: "wait_to_first_contact", by: ["support_tier", "referral_source"] });
    const waitsOf = (tier: string, source: string) => result.cells.find((cell) => cell.at[0] === tier && cell.at[1] === source);
    expect(waitsOf("low_level", "family")).toMatchObject({ count: 1, median: 1 });
    expect(waitsOf("intensive", "family")).toMatchObject({ count: 3, median: 3 });
    expect(waitsOf("intensive", "school_college")).toMatchObject({ count: 1, median: 10 });
    expect(waitsOf("panel_referral", "family")).toEqual({ at: ["panel_referral", "family"], count: 0, median: null, p90: null });
  });

  it("measures the wait to the first completed assessment, drafts aside", async () => {
    const result = await computeMetric(db, quarter, { metric: "wait_to_assessment", by: ["month"] });
    expect(result.cells).toEqual([
      { at: ["2026-04"], count: 1, median: 1, p90: 1 },
      { at: ["2026-05"], count: 1, median: 5, p90: 5 },
      { at: ["2026-06"], count: 0, median: null, p90: null },
    ]);
    expect(result.total).toMatchObject({ count: 2, median: 3 });
  });
});
