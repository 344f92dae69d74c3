import { beforeAll, describe, expect, it } from "vitest";
import { decisionKinds } from "../../../core/panel/decisions.js";
import type { MetricScope } from "../../../core/reporting/catalogue.js";
import { defaultClosureOutcomes } from "../../../core/support/vocabulary.js";
import { testDatabase } from "../../../test/db.js";
import { createOrganisation, type TestOrganisation } from "../../../test/factories.js";
import {
  cellCount,
  insertCase,
  insertClient,
  insertEnrolment,
  insertEscalation,
  insertExternalReferral,
  insertOutcome,
  insertOutreachSession,
  insertReferral,
  insertStaff,
  insertTraining,
} from "../../../test/reporting-factories.js";
import { computeMetric, computeMetrics } from "./compute-metrics.js";

const { db } = await testDatabase();
const at = (iso: string) => new Date(iso);

const cell = cellCount;

let organisation: TestOrganisation;
let quarter: MetricScope;

/**
 * Spring 2026: programme enrolments and completions (one completed at 23:30 UTC on 30 June, which
 * is July in London); escalations of a radicalisation case and a family case, three decisions and
 * a referral to Channel; outcomes (one the organisation added itself); outreach sessions (one at
 * 23:30 UTC on 31 March, which is April in London) and trainings at both sites.
 */
beforeAll(async () => {
  organisation = await createOrganisation(db);
  quarter = { organisationId: organisation.id, siteIds: organisation.siteIds, months: { from: "2026-04", to: "2026-06" } };
  const client = await insertClient(db, organisation, { sex: "female", ethnicity: "black_caribbean" });
  const referral = await insertReferral(db, organisation, { receivedAt: at("2026-01-10T10:00:00Z"), decidedAt: at("2026-01-11T10:00:00Z"), clientId: client.id, reasons: ["radicalisation_extremism"], source: "channel" });
  const channelCase = await insertCase(db, organisation, { clientId: client.id, referralId: referral.id, openedAt: at("2026-01-11T10:00:00Z"), tier: "panel_referral", ageBand: "14_17", isRestricted: true });
  const familyCase = await insertCase(db, organisation, { clientId: (await insertClient(db, organisation)).id, openedAt: at("2026-02-01T10:00:00Z"), tier: "intensive" });

  await insertEnrolment(db, organisation, { caseId: channelCase.id, programme: "prevention_mentoring", enrolledOn: "2026-04-30", completedAt: at("2026-06-15T10:00:00Z") });
  await insertEnrolment(db, organisation, { caseId: familyCase.id, programme: "faith_adapted_twelve_step", enrolledOn: "2026-05-01", completedAt: at("2026-06-30T23:30:00Z") });
  await insertEnrolment(db, organisation, { caseId: familyCase.id, programme: "faith_adapted_twelve_step", enrolledOn: "2026-03-31" });

  await insertEscalation(db, organisation, { caseId: channelCase.id, submittedAt: at("2026-04-08T10:00:00Z"), decision: { kind: "refer_to_channel", decidedAt: at("2026-04-20T10:00:00Z") } });
  await insertEscalation(db, organisation, { caseId: familyCase.id, submittedAt: at("2026-03-08T10:00:00Z"), decision: { kind: "monitor_and_review", decidedAt: at("2026-04-02T10:00:00Z") } });
  await insertEscalation(db, organisation, { caseId: familyCase.id, submittedAt: at("2026-05-08T10:00:00Z"), decision: { kind: "monitor_and_review", decidedAt: at("2026-05-20T10:00:00Z") } });
  await insertExternalReferral(db, organisation, { caseId: channelCase.id, sentOn: "2026-04-21" });
  await insertExternalReferral(db, organisation, { caseId: channelCase.id, sentOn: "2026-07-01" });

  await insertOutcome(db, organisation, { caseId: channelCase.id, code: "disengaged_from_extremist_group", achievedOn: "2026-06-30" });
  await insertOutcome(db, organisation, { caseId: familyCase.id, code: "family_relationship_improved", achievedOn: "2026-04-01" });
  await insertOutcome(db, organisation, { caseId: familyCase.id, code: "attends_mosque_youth_group", achievedOn: "2026-05-01" });
  await insertOutcome(db, organisation, { caseId: familyCase.id, code: "reduced_use", achievedOn: "2026-03-31" });

  await insertOutreachSession(db, organisation, { startsAt: at("2026-04-03T12:00:00Z"), headcount: 120 });
  await insertOutreachSession(db, organisation, { startsAt: at("2026-05-03T12:00:00Z"), headcount: 45 });
  await insertOutreachSession(db, organisation, { site: 1, startsAt: at("2026-05-10T12:00:00Z"), headcount: 30 });
  await insertOutreachSession(db, organisation, { startsAt: at("2026-03-31T23:30:00Z"), headcount: 7 });
  const trainer = await insertStaff(db, organisation);
  await insertTraining(db, organisation, { deliveredOn: "2026-04-15", trainerId: trainer.id, attendees: 3 });
  await insertTraining(db, organisation, { site: 1, deliveredOn: "2026-06-30", trainerId: trainer.id, attendees: 4 });
  await insertTraining(db, organisation, { deliveredOn: "2026-07-01", trainerId: trainer.id, attendees: 9 });
});

describe("reporting.metrics programmes, panel, outcomes and outreach", () => {
  it("counts enrolments by the day they began and completions by the London month they happened", async () => {
    const [enrolments, completions, twelveSteps] = await computeMetrics(db, quarter, [
      { metric: "programme_enrolments", by: ["month"] },
      { metric: "programme_completions", by: ["programme"] },
      { metric: "programme_enrolments", by: [], filter: { programme: ["faith_adapted_twelve_step"] } },
    ]);
    expect(enrolments!.cells.map((entry) => entry.count)).toEqual([1, 1, 0]);
    expect(cell(completions!, "prevention_mentoring")).toBe(1);
    expect(cell(completions!, "faith_adapted_twelve_step")).toBe(0);
    expect(completions!.total).toBe(1);
    expect(twelveSteps!.total).toBe(1);
  });

  it("counts escalations by the domains of the case's referral, and decisions by kind with every kind present", async () => {
    const [escalations, decisions] = await computeMetrics(db, quarter, [
      { metric: "panel_escalations", by: ["vulnerability_domain"] },
      { metric: "panel_decisions", by: ["panel_decision"] },
    ]);
    expect(cell(escalations!, "radicalisation_extremism")).toBe(1);
    expect(cell(escalations!, "none")).toBe(1);
    expect(escalations!.total).toBe(2);
    expect(decisions!.cells.map((entry) => entry.at[0])).toEqual([...decisionKinds]);
    expect(cell(decisions!, "refer_to_channel")).toBe(1);
    expect(cell(decisions!, "monitor_and_review")).toBe(2);
    expect(decisions!.total).toBe(3);
  });

  it("counts referrals to outside agencies by the day they were sent", async () => {
    const result = await computeMetric(db, quarter, { metric: "external_referrals", by: ["month"] });
    expect(result.cells.map((entry) => entry.count)).toEqual([1, 0, 0]);
  });

  it("counts outcomes by code from the organisation's vocabulary, then codes it no longer lists", async () => {
    const result = await computeMetric(db, quarter, { metric: "outcomes_achieved", by: ["outcome"] });
    expect(result.cells.slice(0, defaultClosureOutcomes.length).map((entry) => entry.at[0])).toEqual([...defaultClosureOutcomes]);
    expect(result.cells.at(-1)).toEqual({ at: ["attends_mosque_youth_group"], count: 1 });
    expect(cell(result, "disengaged_from_extremist_group")).toBe(1);
    expect(cell(result, "family_relationship_improved")).toBe(1);
    expect(cell(result, "reduced_use")).toBe(0);
    expect(result.total).toBe(3);
    const byTier = await computeMetric(db, quarter, { metric: "outcomes_achieved", by: ["support_tier", "sex"] });
    expect(cell(byTier, "panel_referral", "female")).toBe(1);
    expect(cell(byTier, "intensive", "not_stated")).toBe(2);
  });

  it("counts outreach sessions, the people they reached, and the people trained, at the scope's sites", async () => {
    const [sessions, reached, trained] = await computeMetrics(db, quarter, [
      { metric: "outreach_sessions", by: ["site"] },
      { metric: "outreach_people_reached", by: ["month"] },
      { metric: "people_trained", by: [] },
    ]);
    expect(sessions!.cells).toEqual([
      { at: [organisation.siteIds[0]], count: 3 },
      { at: [organisation.siteIds[1]], count: 1 },
    ]);
    expect(reached!.cells.map((entry) => entry.count)).toEqual([127, 75, 0]);
    expect(reached!.total).toBe(202);
    expect(trained!.total).toBe(7);
    const firstSite = await computeMetric(db, { ...quarter, siteIds: [organisation.siteIds[0]] }, { metric: "people_trained", by: ["month"] });
    expect(firstSite.cells.map((entry) => entry.count)).toEqual([3, 0, 0]);
  });
});
