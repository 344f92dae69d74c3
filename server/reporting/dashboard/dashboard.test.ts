/**
 * The staff dashboards against a known world: a winter quarter at Birmingham (three referrals, two
 * people supported, a programme completed, a panel decision, an outreach session and a training),
 * one referral and one person at Manchester, and another organisation busy in the same months.
 * Each figure is the count of what the test recorded; the whole organisation adds its sites side
 * by side and never counts the other organisation; who may read what, and bad questions, are
 * refused as declared.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { shiftMonth, type Dashboard } from "../../../core/api/reporting-dashboard.js";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs, type Agent } from "../../../test/http.js";
import {
  insertAssessment,
  insertCase,
  insertClient,
  insertEnrolment,
  insertEscalation,
  insertExternalReferral,
  insertOutcome,
  insertOutreachSession,
  insertReferral,
  insertStaff,
  insertSupportSession,
  insertTraining,
} from "../../../test/reporting-factories.js";
import { programmeVersions } from "../../db/schema.js";
import { lastCompleteMonth } from "../returns/releases.js";

const { app, deps } = await testApp();
const db = deps.db;
const at = (iso: string) => new Date(iso);

let home: TestOrganisation;
let other: TestOrganisation;
let administrator: Agent;
let manager: Agent;

const quarter = "from=2026-01&to=2026-03";
const dashboardOf = async (agent: Agent, query: string) => {
  const response = await agent.request("GET", `/api/reporting/dashboard?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Dashboard>();
};
const countOf = (cells: readonly { value: string; count: number }[], value: string) => cells.find((cell) => cell.value === value)?.count;

/** A busy quarter for an organisation: referrals, cases, sessions, a programme, the panel, outcomes, outreach. */
async function recordQuarter(organisation: TestOrganisation) {
  const first = await insertClient(db, organisation);
  const second = await insertClient(db, organisation);
  // Before the quarter: not counted.
  await insertReferral(db, organisation, { receivedAt: at("2025-12-20T10:00:00Z") });
  const referral = await insertReferral(db, organisation, { receivedAt: at("2026-01-10T10:00:00Z"), decidedAt: at("2026-01-11T10:00:00Z"), clientId: first.id });
  await insertReferral(db, organisation, { source: "faith_leader", reasons: ["mental_health", "alcohol"], receivedAt: at("2026-02-05T10:00:00Z"), decidedAt: at("2026-02-10T10:00:00Z") });
  // A restricted Channel referral and its restricted case, seen once, with an outcome and an
  // escalation: counted for administrators, left out of a team manager's dashboard.
  const channel = await insertReferral(db, organisation, { source: "channel", reasons: ["radicalisation_extremism"], isRestricted: true, receivedAt: at("2026-03-03T10:00:00Z") });
  const restricted = await insertCase(db, organisation, { clientId: (await insertClient(db, organisation)).id, referralId: channel.id, openedAt: at("2026-03-04T10:00:00Z"), tier: "panel_referral", isRestricted: true });
  await insertSupportSession(db, organisation, { caseId: restricted.id, startsAt: at("2026-03-06T10:00:00Z") });
  await insertOutcome(db, organisation, { caseId: restricted.id, code: "disengaged_from_extremist_group", achievedOn: "2026-03-20" });
  await insertEscalation(db, organisation, { caseId: restricted.id, submittedAt: at("2026-03-10T10:00:00Z") });
  await insertEnrolment(db, organisation, { caseId: restricted.id, programme: "prevention_mentoring", enrolledOn: "2026-03-12" });
  await insertExternalReferral(db, organisation, { caseId: restricted.id, sentOn: "2026-03-25" });
  const intensive = await insertCase(db, organisation, { clientId: first.id, referralId: referral.id, openedAt: at("2026-01-12T10:00:00Z"), tier: "intensive" });
  await insertSupportSession(db, organisation, { caseId: intensive.id, startsAt: at("2026-01-15T10:00:00Z") });
  await insertAssessment(db, organisation, { caseId: intensive.id, assessedOn: "2026-01-20" });
  const enrolment = await insertEnrolment(db, organisation, { caseId: intensive.id, programme: "multilingual_recovery", enrolledOn: "2026-02-01", completedAt: at("2026-03-10T12:00:00Z") });
  expect(enrolment.state).toBe("completed");
  await insertEscalation(db, organisation, { caseId: intensive.id, submittedAt: at("2026-02-15T10:00:00Z"), decision: { kind: "refer_to_channel", decidedAt: at("2026-02-20T10:00:00Z") } });
  await insertExternalReferral(db, organisation, { caseId: intensive.id, sentOn: "2026-03-01" });
  await insertOutcome(db, organisation, { caseId: intensive.id, code: "reduced_use", achievedOn: "2026-03-15" });
  const lowLevel = await insertCase(db, organisation, { clientId: second.id, openedAt: at("2026-02-01T10:00:00Z"), tier: "low_level" });
  await insertSupportSession(db, organisation, { caseId: lowLevel.id, startsAt: at("2026-02-03T10:00:00Z") });
  // Not attended: nobody engaged by it.
  await insertSupportSession(db, organisation, { caseId: lowLevel.id, startsAt: at("2026-03-03T10:00:00Z"), attendance: "did_not_attend" });
  await insertOutreachSession(db, organisation, { startsAt: at("2026-01-20T18:00:00Z"), headcount: 30 });
  await insertTraining(db, organisation, { deliveredOn: "2026-03-05", trainerId: (await insertStaff(db, organisation)).id, attendees: 4 });
  // Manchester: one referral and one person seen.
  await insertReferral(db, organisation, { site: 1, source: "school_college", receivedAt: at("2026-02-20T10:00:00Z") });
  const elsewhere = await insertCase(db, organisation, { site: 1, clientId: (await insertClient(db, organisation)).id, openedAt: at("2026-02-21T10:00:00Z"), tier: "low_level" });
  await insertSupportSession(db, organisation, { site: 1, caseId: elsewhere.id, startsAt: at("2026-02-25T10:00:00Z") });
}

beforeAll(async () => {
  home = await createOrganisation(db);
  other = await createOrganisation(db);
  await recordQuarter(home);
  await recordQuarter(other);
  // Another organisation's own programme, whose title must never reach this organisation.
  await db.insert(programmeVersions).values({ organisationId: other.id, key: `other_${randomUUID().slice(0, 8)}`, version: 1, definition: { title: "Another organisation's programme" }, definitionHash: randomUUID() });
  administrator = await signInAs(app, await createUser(db, deps.vault, home, { role: "administrator" }), deps.now());
  manager = await signInAs(app, await createUser(db, deps.vault, home, { role: "team_manager", site: 0 }), deps.now());
});

describe("reporting.dashboard of a site", () => {
  it("counts the site's referrals by month, source and area of vulnerability, and its triage against target", async () => {
    const board = await dashboardOf(administrator, `siteId=${home.siteIds[0]}&${quarter}`);
    expect(board.siteId).toBe(home.siteIds[0]);
    expect(board.months).toEqual({ from: "2026-01", to: "2026-03" });
    expect(board.countsRestricted).toBe(true);
    expect(board.referrals.received).toBe(3);
    expect(board.referrals.byMonth).toEqual([
      { month: "2026-01", count: 1 },
      { month: "2026-02", count: 1 },
      { month: "2026-03", count: 1 },
    ]);
    expect([countOf(board.referrals.bySource, "family"), countOf(board.referrals.bySource, "faith_leader"), countOf(board.referrals.bySource, "channel"), countOf(board.referrals.bySource, "police")]).toEqual([1, 1, 1, 0]);
    // One referral named two areas: it counts under each.
    expect(countOf(board.referrals.byDomain, "mental_health")).toBe(1);
    expect(countOf(board.referrals.byDomain, "alcohol")).toBe(1);
    expect(countOf(board.referrals.byDomain, "radicalisation_extremism")).toBe(1);
    expect(board.referrals.byDomain.reduce((sum, cell) => sum + cell.count, 0)).toBe(4);
    expect({ triaged: board.referrals.triaged, inTime: board.referrals.triagedWithinTarget }).toEqual({ triaged: 2, inTime: 1 });
  });

  it("leaves restricted referrals and cases, and what was recorded on them, out of a team manager's dashboard, and says so", async () => {
    const board = await dashboardOf(manager, `siteId=${home.siteIds[0]}&${quarter}`);
    expect(board.countsRestricted).toBe(false);
    expect(board.referrals.received).toBe(2);
    expect(board.referrals.byMonth.map((month) => month.count)).toEqual([1, 1, 0]);
    expect(countOf(board.referrals.bySource, "channel")).toBe(0);
    expect(countOf(board.referrals.byDomain, "radicalisation_extremism")).toBe(0);
    expect(countOf(board.casesByTier, "panel_referral")).toBe(0);
    expect(board.people.engaged).toBe(2);
    expect(board.panel.escalations).toBe(1);
    expect(board.outcomes.total).toBe(1);
    expect(countOf(board.outcomes.byOutcome, "disengaged_from_extremist_group")).toBe(0);
    // The administrator's view of the same site counts them.
    const full = await dashboardOf(administrator, `siteId=${home.siteIds[0]}&${quarter}`);
    expect({ received: full.referrals.received, engaged: full.people.engaged, escalations: full.panel.escalations, outcomes: full.outcomes.total }).toEqual({ received: 3, engaged: 3, escalations: 2, outcomes: 2 });
    expect(countOf(full.casesByTier, "panel_referral")).toBe(1);
    expect([board.waits.toFirstContact.waits, full.waits.toFirstContact.waits]).toEqual([1, 2]);
    expect([board.programmes.enrolments, full.programmes.enrolments]).toEqual([1, 2]);
    expect([board.externalReferrals.total, full.externalReferrals.total]).toEqual([1, 2]);
  });

  it("gives the waits, the people engaged each month, cases by tier, programmes, the panel, outcomes and outreach", async () => {
    const board = await dashboardOf(manager, `siteId=${home.siteIds[0]}&${quarter}`);
    expect(board.waits).toEqual({ toFirstContact: { waits: 1, medianDays: 5, p90Days: 5 }, toAssessment: { waits: 1, medianDays: 10, p90Days: 10 } });
    expect(board.people.engaged).toBe(2);
    expect(board.people.byMonth.map((month) => month.count)).toEqual([1, 1, 0]);
    expect([countOf(board.casesByTier, "intensive"), countOf(board.casesByTier, "low_level")]).toEqual([1, 1]);
    expect(board.programmes).toMatchObject({ enrolments: 1, completions: 1 });
    expect(countOf(board.programmes.completionsByProgramme, "multilingual_recovery")).toBe(1);
    expect(board.panel.escalations).toBe(1);
    expect(board.panel.escalationsByMonth.map((month) => month.count)).toEqual([0, 1, 0]);
    expect(countOf(board.panel.decisions, "refer_to_channel")).toBe(1);
    expect(board.externalReferrals).toEqual({ total: 1, byMonth: [{ month: "2026-01", count: 0 }, { month: "2026-02", count: 0 }, { month: "2026-03", count: 1 }] });
    expect(board.outcomes.total).toBe(1);
    expect(countOf(board.outcomes.byOutcome, "reduced_use")).toBe(1);
    expect(board.outreach).toEqual({
      sessions: 1,
      peopleReached: 30,
      peopleTrained: 4,
      byMonth: [
        { month: "2026-01", sessions: 1, peopleReached: 30, peopleTrained: 0 },
        { month: "2026-02", sessions: 0, peopleReached: 0, peopleTrained: 0 },
        { month: "2026-03", sessions: 0, peopleReached: 0, peopleTrained: 4 },
      ],
    });
    expect(board.bySite).toBeNull();
  });

  it("names the organisation's sites and programmes, and never another organisation's", async () => {
    const board = await dashboardOf(manager, `siteId=${home.siteIds[0]}&${quarter}`);
    expect(board.labels.site).toEqual({ [home.siteIds[0]]: "Birmingham", [home.siteIds[1]]: "Manchester" });
    expect(board.labels.programme?.multilingual_recovery).toBe("Five-phase recovery programme");
    expect(JSON.stringify(board.labels)).not.toContain("Another organisation");
    // Built-in sources are named by the catalogue in the reader's language.
    expect(board.labels.referral_source).toEqual({});
  });

  it("counts nothing in a quiet period, every month still present", async () => {
    const board = await dashboardOf(manager, `siteId=${home.siteIds[0]}&from=2024-01&to=2024-06`);
    expect(board.referrals.received).toBe(0);
    expect(board.referrals.byMonth).toHaveLength(6);
    expect(board.people.engaged).toBe(0);
    expect(board.waits.toFirstContact).toEqual({ waits: 0, medianDays: null, p90Days: null });
  });

  it("covers the last twelve whole months when no period is asked for", async () => {
    const to = lastCompleteMonth(deps.now());
    const board = await dashboardOf(manager, `siteId=${home.siteIds[0]}`);
    expect(board.months).toEqual({ from: shiftMonth(to, -11), to });
    expect(board.referrals.byMonth).toHaveLength(12);
  });
});

describe("reporting.dashboard of the whole organisation", () => {
  it("adds up every site and compares them side by side, counting nothing of another organisation", async () => {
    const board = await dashboardOf(administrator, quarter);
    expect(board.siteId).toBeNull();
    expect(board.referrals.received).toBe(4);
    expect(board.people.engaged).toBe(4);
    expect(board.bySite).toEqual([
      // The restricted case, first seen three days after its referral, waits with the other.
      { siteId: home.siteIds[0], referrals: 3, peopleEngaged: 3, toFirstContact: { waits: 2, medianDays: 4, p90Days: 4.8 }, toAssessment: { waits: 1, medianDays: 10, p90Days: 10 } },
      { siteId: home.siteIds[1], referrals: 1, peopleEngaged: 1, toFirstContact: { waits: 0, medianDays: null, p90Days: null }, toAssessment: { waits: 0, medianDays: null, p90Days: null } },
    ]);
    expect(Object.keys(board.labels.site ?? {}).sort()).toEqual([...home.siteIds].sort());
  });

  it("gives an administrator any of the organisation's sites", async () => {
    const board = await dashboardOf(administrator, `siteId=${home.siteIds[1]}&${quarter}`);
    expect(board.referrals.received).toBe(1);
    expect(countOf(board.referrals.bySource, "school_college")).toBe(1);
  });
});

describe("reporting.dashboard refusals", () => {
  it("refuses the whole organisation to a team manager (403)", async () => {
    const response = await manager.request("GET", `/api/reporting/dashboard?${quarter}`);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("forbidden");
  });

  it("does not find a site the team manager holds no role at, nor another organisation's site (404)", async () => {
    for (const [agent, siteId] of [
      [manager, home.siteIds[1]],
      [manager, other.siteIds[0]],
      [administrator, other.siteIds[0]],
    ] as const) {
      const response = await agent.request("GET", `/api/reporting/dashboard?siteId=${siteId}&${quarter}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
  });

  it("refuses the site's caseworker (403), who sees the site but not its figures", async () => {
    const caseworker = await signInAs(app, await createUser(db, deps.vault, home, { role: "caseworker", site: 0 }), deps.now());
    const response = await caseworker.request("GET", `/api/reporting/dashboard?siteId=${home.siteIds[0]}&${quarter}`);
    expect(response.statusCode).toBe(403);
  });

  it.each([
    ["from=2026-13&to=2026-12", "query.from"],
    ["from=2026-03&to=2026-01", "query.to"],
    ["from=2023-01&to=2026-01", "query.to"],
    ["siteId=Birmingham", "query.siteId"],
    ["from=2026-01-01", "query.from"],
  ])("refuses %s naming %s (400)", async (query, field) => {
    const response = await administrator.request("GET", `/api/reporting/dashboard?${query}`);
    expectCleanRefusal(response);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((entry: { path: string }) => entry.path)).toContain(field);
  });

  it("refuses a start after the last whole month when the end is left to be filled in (400 naming query.from)", async () => {
    // The app's clock, not the wall clock: other tests in this worker may have moved it on.
    const response = await administrator.request("GET", `/api/reporting/dashboard?from=${shiftMonth(lastCompleteMonth(deps.now()), 2)}`);
    expectCleanRefusal(response);
    expect(response.json().error.fields.map((entry: { path: string }) => entry.path)).toContain("query.from");
  });

  it("refuses a question it does not know (400)", async () => {
    const response = await administrator.request("GET", `/api/reporting/dashboard?${quarter}&by=sex`);
    expect(response.statusCode).toBe(400);
  });
});

describe("reporting.dashboard options", () => {
  it("offers an administrator every site and the whole organisation", async () => {
    const response = await administrator.request("GET", "/api/reporting/dashboard/options");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      sites: [
        { id: home.siteIds[0], name: "Birmingham" },
        { id: home.siteIds[1], name: "Manchester" },
      ],
      offersWholeOrganisation: true,
      lastWholeMonth: lastCompleteMonth(deps.now()),
    });
  });

  it("offers a team manager their own site only", async () => {
    const response = await manager.request("GET", "/api/reporting/dashboard/options");
    expect(response.json()).toMatchObject({ sites: [{ id: home.siteIds[0], name: "Birmingham" }], offersWholeOrganisation: false });
  });
});
