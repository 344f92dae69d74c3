import { beforeAll, describe, expect, it } from "vitest";
import type { MetricQuery, MetricScope } from "../../../core/reporting/catalogue.js";
import { testDatabase } from "../../../test/db.js";
import { createOrganisation, type TestOrganisation } from "../../../test/factories.js";
import { cellCount, insertCase, insertClient, insertEnrolment, insertGroupSession, insertSupportSession } from "../../../test/reporting-factories.js";
import { computeMetric, computeMetrics } from "./compute-metrics.js";

const { db } = await testDatabase();
const at = (iso: string) => new Date(iso);

const cell = cellCount;

let organisation: TestOrganisation;
let quarter: MetricScope;

/**
 * Four people seen in spring 2026:
 * - Amina (female, Pakistani), with a second record (male, White British) merged into hers: seen
 *   in April and May on her own intensive case, and in May on a low-level case still on the
 *   merged record: one woman, counted once;
 * - Callum (male, White British) at the second site in June, after missing a session in April
 *   and being seen in March, before the quarter;
 * - Dami (Black African, sex not stated), enrolled on the twelve-step programme from 1 April, at
 *   its group session in May and seen one to one in June, with no tier decided yet;
 * - Eve (ethnicity not stated), seen in April, then enrolled on the recovery programme in May.
 */
beforeAll(async () => {
  organisation = await createOrganisation(db);
  quarter = { organisationId: organisation.id, siteIds: organisation.siteIds, months: { from: "2026-04", to: "2026-06" } };
  const amina = await insertClient(db, organisation, { sex: "female", ethnicity: "asian_pakistani" });
  const aminaAgain = await insertClient(db, organisation, { sex: "male", ethnicity: "white_british", mergedIntoId: amina.id });
  const callum = await insertClient(db, organisation, { sex: "male", ethnicity: "white_british" });
  const dami = await insertClient(db, organisation, { ethnicity: "black_african" });
  const eve = await insertClient(db, organisation, {});

  const aminaCase = await insertCase(db, organisation, { clientId: amina.id, openedAt: at("2026-03-01T10:00:00Z"), tier: "intensive", ageBand: "25_34" });
  await insertSupportSession(db, organisation, { caseId: aminaCase.id, startsAt: at("2026-04-10T10:00:00Z") });
  await insertSupportSession(db, organisation, { caseId: aminaCase.id, startsAt: at("2026-05-12T10:00:00Z") });
  const mergedCase = await insertCase(db, organisation, { clientId: aminaAgain.id, openedAt: at("2026-03-01T10:00:00Z"), tier: "low_level", ageBand: "25_34" });
  await insertSupportSession(db, organisation, { caseId: mergedCase.id, startsAt: at("2026-05-20T10:00:00Z") });

  const callumCase = await insertCase(db, organisation, { site: 1, clientId: callum.id, openedAt: at("2026-02-01T10:00:00Z"), tier: "low_level", ageBand: "18_24" });
  await insertSupportSession(db, organisation, { site: 1, caseId: callumCase.id, startsAt: at("2026-03-20T10:00:00Z") });
  await insertSupportSession(db, organisation, { site: 1, caseId: callumCase.id, startsAt: at("2026-04-03T10:00:00Z"), attendance: "did_not_attend" });
  await insertSupportSession(db, organisation, { site: 1, caseId: callumCase.id, startsAt: at("2026-06-01T10:00:00Z") });

  const damiCase = await insertCase(db, organisation, { clientId: dami.id, openedAt: at("2026-03-25T10:00:00Z"), ageBand: "14_17" });
  const twelveSteps = await insertEnrolment(db, organisation, { caseId: damiCase.id, programme: "faith_adapted_twelve_step", enrolledOn: "2026-04-01" });
  await insertGroupSession(db, organisation, { programme: "faith_adapted_twelve_step", startsAt: at("2026-05-06T18:00:00Z"), attendees: [{ enrolmentId: twelveSteps.id, caseId: damiCase.id }] });
  await insertSupportSession(db, organisation, { caseId: damiCase.id, startsAt: at("2026-06-05T10:00:00Z") });

  const eveCase = await insertCase(db, organisation, { clientId: eve.id, openedAt: at("2026-04-01T10:00:00Z"), tier: "low_level", ageBand: "35_44" });
  await insertSupportSession(db, organisation, { caseId: eveCase.id, startsAt: at("2026-04-20T10:00:00Z") });
  await insertEnrolment(db, organisation, { caseId: eveCase.id, programme: "multilingual_recovery", enrolledOn: "2026-05-01" });
});

describe("reporting.metrics people engaged", () => {
  it("counts someone seen in two months once in the quarter, and once in each month", async () => {
    const result = await computeMetric(db, quarter, { metric: "people_engaged", by: ["month"] });
    expect(result.cells).toEqual([
      { at: ["2026-04"], count: 2 },
      { at: ["2026-05"], count: 2 },
      { at: ["2026-06"], count: 2 },
    ]);
    expect(result.total).toBe(4);
  });

  it("counts a merged record as the client it was merged into, with that client's sex", async () => {
    const result = await computeMetric(db, quarter, { metric: "people_engaged", by: ["sex"] });
    expect(result.cells).toEqual([
      { at: ["female"], count: 1 },
      { at: ["male"], count: 1 },
      { at: ["not_stated"], count: 2 },
    ]);
    expect(result.total).toBe(4);
  });

  it("breaks people down by Black and minority ethnic, and counts only them when filtered", async () => {
    const [share, minority] = await computeMetrics(db, quarter, [
      { metric: "people_engaged", by: ["minority_ethnic"] },
      { metric: "people_engaged", by: [], filter: { minority_ethnic: ["minority_ethnic"] } },
    ]);
    expect(share!.cells).toEqual([
      { at: ["minority_ethnic"], count: 2 },
      { at: ["white_british"], count: 1 },
      { at: ["not_stated"], count: 1 },
    ]);
    expect(minority!.total).toBe(2);
  });

  it("counts a person under each tier of their cases, once in the total", async () => {
    const result = await computeMetric(db, quarter, { metric: "people_engaged", by: ["support_tier"] });
    expect(cell(result, "low_level")).toBe(3);
    expect(cell(result, "intensive")).toBe(1);
    expect(cell(result, "panel_referral")).toBe(0);
    expect(cell(result, "none")).toBe(1);
    expect(result.cells.at(-1)?.at).toEqual(["none"]);
    expect(result.total).toBe(4);
  });

  it("counts programme sessions and one-to-one sessions after enrolment under the programme", async () => {
    const [byProgramme, twelveSteps] = await computeMetrics(db, quarter, [
      { metric: "people_engaged", by: ["programme"] },
      { metric: "people_engaged", by: ["month"], filter: { programme: ["faith_adapted_twelve_step"] } },
    ]);
    expect(cell(byProgramme!, "faith_adapted_twelve_step")).toBe(1);
    expect(cell(byProgramme!, "multilingual_recovery")).toBe(0);
    expect(cell(byProgramme!, "none")).toBe(3);
    expect(byProgramme!.total).toBe(4);
    expect(twelveSteps!.cells.map((entry) => entry.count)).toEqual([0, 1, 1]);
    expect(twelveSteps!.total).toBe(1);
  });

  it("breaks people down by site and ethnic group together, every pair present", async () => {
    const result = await computeMetric(db, quarter, { metric: "people_engaged", by: ["site", "ethnic_group"] });
    expect(result.cells).toHaveLength(2 * 6);
    expect(cell(result, organisation.siteIds[0], "asian")).toBe(1);
    expect(cell(result, organisation.siteIds[0], "black")).toBe(1);
    expect(cell(result, organisation.siteIds[0], "not_stated")).toBe(1);
    expect(cell(result, organisation.siteIds[1], "white")).toBe(1);
    expect(cell(result, organisation.siteIds[1], "asian")).toBe(0);
    expect(result.total).toBe(4);
  });

  it("answers questions asked together, under different filters, as it answers each asked alone", async () => {
    const queries = [
      { metric: "people_engaged", by: ["month"] },
      { metric: "people_engaged", by: ["sex", "minority_ethnic"] },
      { metric: "people_engaged", by: [], filter: { minority_ethnic: ["minority_ethnic"] } },
      { metric: "people_engaged", by: ["minority_ethnic"], filter: { minority_ethnic: ["minority_ethnic", "not_stated"] } },
      { metric: "people_engaged", by: ["month"], filter: { programme: ["faith_adapted_twelve_step"] } },
      { metric: "people_engaged", by: ["programme"] },
      { metric: "cases_supported", by: ["support_tier"] },
      { metric: "cases_supported", by: ["sex"], filter: { support_tier: ["low_level"] } },
    ] satisfies MetricQuery[];
    const together = await computeMetrics(db, quarter, queries);
    const alone = await Promise.all(queries.map((query) => computeMetric(db, quarter, query)));
    expect(together).toEqual(alone);
    expect(together[3]!.cells).toEqual([
      { at: ["minority_ethnic"], count: 2 },
      { at: ["not_stated"], count: 1 },
    ]);
    expect(together[7]!.total).toBe(3);
  });
});
