import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { isValidSnapshot, type CaseState, type SupportTier } from "../../core/cases/case-state-machine.js";
import { builtInProgrammes } from "../../core/programmes/built-in.js";
import { kpiProblems } from "../../core/reporting/contracts.js";
import { enrolled, transition, type EnrolmentEvent, type EnrolmentSnapshot } from "../../core/programmes/programme.js";
import type { Role } from "../../core/roles.js";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser, type TestUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { readIdentity } from "../clients/identity-store.js";
import { computeMetrics } from "../reporting/metrics/compute-metrics.js";
import { inTransaction, queryRows } from "../db/client.js";
import {
  caseEvents,
  cases,
  contractKpis,
  contracts,
  funderCommissioners,
  funders,
  panelEscalations,
  panelMeetings,
  panelMembers,
  programmeEnrolmentEvents,
  programmeEnrolments,
  programmeVersions,
  referrals,
  sites,
  supportSessions,
} from "../db/schema.js";
import * as london from "../../core/london-time.js";
import { monthsOfQuarter, quarterOf, type KpiMeasure } from "../../core/reporting/kpi.js";
import { addDays, at, londonDay, monthOf, windowMonths } from "./demo-history-clock.js";
import { allHistoryNames, demoSiteNames, type DemoSiteName } from "./demo-history-people.js";
import { planDemoHistory, referralsPerQuarter } from "./demo-history-plan.js";
import type { HistoryPlan } from "./demo-history-types.js";
import { demoHistoryPeople, seedDemoHistory, type DemoHistorySummary } from "./demo-history.js";
import { demoStaff } from "./seed-demo.js";

const { app, deps } = await testApp();
/** A Wednesday in June (summer time), part-way through a quarter. */
const now = new Date("2026-06-17T10:30:00Z");
const rules = { targetWorkingDays: 2, holidays: new Set<string>() };

interface World {
  organisationId: string;
  siteIds: Record<DemoSiteName, string>;
  users: Record<"caseworker" | "manager" | "lead" | "commissioner" | "manchesterManager", TestUser>;
  summary: DemoHistorySummary;
}
let world: World;

/** An organisation shaped like the demo: three sites, their staff, and Birmingham's panel with an outside member. */
async function demoLikeWorld(): Promise<World> {
  const { db, vault } = deps;
  const organisation = await createOrganisation(db);
  const [luton] = await db.insert(sites).values({ organisationId: organisation.id, name: "Luton" }).returning();
  const siteIds = { Birmingham: organisation.siteIds[0], Manchester: organisation.siteIds[1], Luton: luton!.id };
  const user = (role: Role, site: DemoSiteName | null) => createUser(db, vault, organisation, { grants: [{ role, siteId: site ? siteIds[site] : null }] });
  const staff = {
    Birmingham: { caseworker: await user("caseworker", "Birmingham"), manager: await user("team_manager", "Birmingham") },
    Manchester: { caseworker: await user("caseworker", "Manchester"), manager: await user("team_manager", "Manchester") },
    Luton: { caseworker: await user("caseworker", "Luton"), manager: await user("team_manager", "Luton") },
  };
  const lead = await user("safeguarding_lead", "Birmingham");
  const outside = await user("panel_member", "Birmingham");
  const commissioner = await user("commissioner", null);
  const seat = (userId: string, kind: "internal" | "external", panelRole: string) => ({
    organisationId: organisation.id,
    siteId: siteIds.Birmingham,
    userId,
    kind,
    memberOrganisation: kind === "internal" ? "Pathways Birmingham" : "Birmingham City Council",
    panelRole,
    termFrom: "2024-01-01",
    createdBy: lead.id,
    updatedAt: now,
  });
  await db.insert(panelMembers).values([seat(lead.id, "internal", "chair"), seat(staff.Birmingham.manager.id, "internal", "vice_chair"), seat(outside.id, "external", "member")]);
  const mentors = { female: (await user("mentor", "Birmingham")).id, male: (await user("mentor", "Birmingham")).id };
  const site = (name: DemoSiteName) => ({ siteId: siteIds[name], caseworkerId: staff[name].caseworker.id, managerId: staff[name].manager.id });
  const summary = await inTransaction(db, (tx) =>
    seedDemoHistory(tx, vault, {
      organisationId: organisation.id,
      now,
      sites: { Birmingham: site("Birmingham"), Manchester: site("Manchester"), Luton: site("Luton") },
      safeguardingLeadId: lead.id,
      mentorIds: mentors,
      commissionerId: commissioner.id,
    }),
  );
  return {
    organisationId: organisation.id,
    siteIds,
    users: { caseworker: staff.Birmingham.caseworker, manager: staff.Birmingham.manager, lead, commissioner, manchesterManager: staff.Manchester.manager },
    summary,
  };
}

/** Counts by site from the plan, as the database should hold them. */
function planFigures(plan: HistoryPlan) {
  const figures: Record<string, number> = {};
  const add = (key: string) => (figures[key] = (figures[key] ?? 0) + 1);
  for (const referral of plan.referrals) {
    add(`${referral.site} referrals ${monthOf(referral.receivedAt)}`);
    add(`${referral.site} ${referral.triage.decision}`);
    const kase = referral.kase;
    if (!kase) continue;
    add(`${referral.site} case ${kase.closure ? "closed" : kase.supportBegan ? "active" : "assessment"} ${kase.supportBegan?.tier ?? "none"}`);
    for (const session of kase.sessions) add(`${referral.site} sessions ${session.attendance ?? "planned"}`);
    if (kase.enrolment) add(`${referral.site} enrolment ${kase.enrolment.events.at(-1)?.event.type ?? "enrolled"}`);
    if (kase.escalation) add(`${referral.site} escalation ${kase.escalation.kind}`);
  }
  return figures;
}

async function databaseFigures(organisationId: string) {
  const rows = await queryRows<{ key: string; n: number }>(
    deps.db,
    sql`
      select s.name || ' referrals ' || to_char(r.received_at at time zone 'Europe/London', 'YYYY-MM') as key, count(*)::int as n
        from referrals r join sites s on s.id = r.site_id where r.organisation_id = ${organisationId} group by 1
      union all
      select s.name || ' ' || case r.status when 'accepted' then 'accept' when 'signposted' then 'signpost' else 'decline' end, count(*)::int
        from referrals r join sites s on s.id = r.site_id where r.organisation_id = ${organisationId} group by 1
      union all
      select s.name || ' case ' || case when c.state = 'closed' then 'closed' when c.state = 'assessment' then 'assessment' else 'active' end || ' ' || coalesce(c.tier, 'none'), count(*)::int
        from cases c join sites s on s.id = c.site_id where c.organisation_id = ${organisationId} group by 1
      union all
      select s.name || ' sessions ' || coalesce(x.attendance, 'planned'), count(*)::int
        from support_sessions x join sites s on s.id = x.site_id where x.organisation_id = ${organisationId} group by 1
      union all
      select s.name || ' enrolment ' || coalesce((select e.type from programme_enrolment_events e where e.enrolment_id = p.id order by e.at desc, e.id desc limit 1), 'enrolled'), count(*)::int
        from programme_enrolments p join sites s on s.id = p.site_id where p.organisation_id = ${organisationId} group by 1
      union all
      select s.name || ' escalation ' || d.kind, count(*)::int
        from panel_decisions d join sites s on s.id = d.site_id where d.organisation_id = ${organisationId} group by 1`,
  );
  return Object.fromEntries(rows.map((row) => [row.key, row.n]));
}

beforeAll(async () => {
  world = await demoLikeWorld();
}, 240_000);

describe("demo.history", { timeout: 120_000 }, () => {
  it("holds each site's referrals per complete quarter within its range", async () => {
    const rows = await queryRows<{ site: DemoSiteName; quarter: string; n: number }>(
      deps.db,
      sql`select s.name as site, to_char(r.received_at at time zone 'Europe/London', 'YYYY-"Q"Q') as quarter, count(*)::int as n
            from referrals r join sites s on s.id = r.site_id where r.organisation_id = ${world.organisationId} group by 1, 2`,
    );
    const months = windowMonths(now);
    const complete = [...new Set(months.map(quarterOf))].filter((quarter) => monthsOfQuarter(quarter).every((month) => months.includes(month) && month < monthOf(now)));
    expect(complete.length).toBeGreaterThanOrEqual(4);
    for (const site of demoSiteNames) {
      const [fewest, most] = referralsPerQuarter[site];
      for (const quarter of complete) {
        const count = rows.find((row) => row.site === site && row.quarter === quarter)?.n ?? 0;
        expect(count, `${site} ${quarter}`).toBeGreaterThanOrEqual(fewest);
        expect(count, `${site} ${quarter}`).toBeLessThanOrEqual(most);
      }
    }
    // Fifteen months: nothing before the first month, nothing after now.
    const [bounds] = await queryRows<{ first: string; last: Date }>(deps.db, sql`select to_char(min(received_at) at time zone 'Europe/London', 'YYYY-MM') as first, max(decided_at) as last from referrals where organisation_id = ${world.organisationId}`);
    expect(bounds!.first).toBe(months[0]);
    expect(new Date(bounds!.last).getTime()).toBeLessThanOrEqual(now.getTime());
  });

  it("is the same history for the same now, and for any day of the month in its finished months", async () => {
    const plan = planDemoHistory(now, rules);
    expect(JSON.stringify(planDemoHistory(now, rules))).toBe(JSON.stringify(plan));
    expect(await databaseFigures(world.organisationId)).toEqual(planFigures(plan));
    expect(world.summary.referrals).toBe(plan.referrals.length);
    const laterInMonth = planFigures(planDemoHistory(new Date("2026-06-29T16:00:00Z"), rules));
    const finished = Object.entries(planFigures(plan)).filter(([key]) => /referrals \d{4}-\d{2}$/.test(key) && key.slice(-7) < monthOf(now));
    for (const [key, count] of finished) expect(laterInMonth[key], key).toBe(count);
    expect(demoHistoryPeople(now)).toEqual(demoHistoryPeople(new Date(now)));
  });

  it("seals every accepted client's identity under the client's own key, the same person the referral named", async () => {
    const accepted = await deps.db
      .select({ clientId: referrals.clientId })
      .from(referrals)
      .where(and(eq(referrals.organisationId, world.organisationId), eq(referrals.status, "accepted")));
    expect(accepted.length).toBeGreaterThan(300);
    const opened = [];
    for (const { clientId } of accepted) {
      const identity = await readIdentity(deps.db, deps.vault, clientId!);
      opened.push(`${identity.givenName}|${identity.familyName ?? ""}|${identity.dateOfBirth ?? ""}`);
    }
    const named = planDemoHistory(now, rules).referrals.filter((referral) => referral.kase).map(({ person }) => `${person.givenName}|${person.familyName}|${person.dateOfBirth ?? ""}`);
    expect(opened.sort()).toEqual(named.sort());
    const people = new Set(demoHistoryPeople(now).map((person) => `${person.givenName}|${person.familyName}|${person.dateOfBirth ?? ""}`));
    for (const person of named) expect(people.has(person)).toBe(true);
  });

  it("reads London days and times as the core does, across the clock changes", () => {
    for (let day = "2025-03-20"; day < "2026-04-10"; day = addDays(day, 1)) {
      for (const [hour, minute] of [[3, 0], [9, 30], [17, 45], [23, 59]] as const) {
        const instant = at(day, hour, minute);
        expect(instant.getTime(), `${day} ${hour}:${minute}`).toBe(london.londonInstant(day, `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`).getTime());
        expect(londonDay(instant)).toBe(day);
      }
      for (const offset of [0, 30, 59, 60, 61, 90, 23 * 60 + 59].map((minutes) => minutes * 60_000)) {
        const instant = new Date(Date.parse(`${day}T00:00:00Z`) + offset);
        expect(londonDay(instant), instant.toISOString()).toBe(london.londonDay(instant));
      }
    }
  });

  it("names people with names no report wording or demo staff member shares", () => {
    const staffWords = new Set(demoStaff.flatMap((person) => person.displayName.split(" ")));
    for (const name of allHistoryNames()) {
      expect(name.length, name).toBeGreaterThanOrEqual(4);
      expect(staffWords.has(name), name).toBe(false);
    }
  });

  it("leaves every case, enrolment and session as the app's own rules could have left it at now", async () => {
    const rows = await deps.db.select().from(cases).where(eq(cases.organisationId, world.organisationId));
    const transitions = await queryRows<{ caseId: string; n: number }>(
      deps.db,
      sql`select e.case_id as "caseId", count(*)::int as n from case_events e join cases c on c.id = e.case_id
            where c.organisation_id = ${world.organisationId} and e.from_state is not null group by 1`,
    );
    const moves = new Map(transitions.map((row) => [row.caseId, row.n]));
    for (const kase of rows) {
      expect(isValidSnapshot({ state: kase.state as CaseState, tier: kase.tier as SupportTier | null }), kase.id).toBe(true);
      const isClosed = kase.state === "closed";
      expect([kase.closedAt !== null, kase.closureReason !== null, kase.closureOutcome !== null], kase.id).toEqual([isClosed, isClosed, isClosed]);
      expect(kase.version, kase.id).toBe(1 + (moves.get(kase.id) ?? 0));
      if (kase.closedAt) expect(kase.closedAt.getTime()).toBeLessThanOrEqual(now.getTime());
    }
    const old = rows.filter((kase) => londonDay(kase.openedAt) < "2025-09-17");
    expect(old.filter((kase) => kase.state === "closed").length / old.length).toBeGreaterThan(0.9);
    expect(new Set(rows.map((kase) => kase.tier))).toEqual(new Set(["low_level", "intensive", "panel_referral", null]));

    const enrolments = await deps.db
      .select({ enrolment: programmeEnrolments, key: programmeVersions.key })
      .from(programmeEnrolments)
      .innerJoin(programmeVersions, eq(programmeVersions.id, programmeEnrolments.programmeVersionId))
      .where(eq(programmeEnrolments.organisationId, world.organisationId));
    expect(enrolments.filter(({ enrolment }) => enrolment.state === "completed").length).toBeGreaterThan(10);
    const steps = await deps.db
      .select()
      .from(programmeEnrolmentEvents)
      .where(inArray(programmeEnrolmentEvents.enrolmentId, enrolments.map(({ enrolment }) => enrolment.id)))
      .orderBy(asc(programmeEnrolmentEvents.at), asc(programmeEnrolmentEvents.id));
    for (const { enrolment, key } of enrolments) {
      const definition = builtInProgrammes.find((programme) => programme.key === key)!;
      let snapshot: EnrolmentSnapshot = enrolled;
      for (const step of steps.filter((row) => row.enrolmentId === enrolment.id)) {
        const event = { type: step.type, ...step.details, ...(step.type === "step_back" ? { note: "replayed" } : {}) } as EnrolmentEvent;
        const result = transition(definition, snapshot, event);
        expect(result.ok, `${enrolment.id} ${step.type}`).toBe(true);
        if (result.ok) snapshot = result.next;
      }
      expect(enrolment.state).toBe(snapshot.state);
    }

    const [sessions] = await queryRows<{ planned_past: number; held_future: number; notes_later: number }>(
      deps.db,
      sql`select count(*) filter (where attendance is null and starts_at <= ${now.toISOString()})::int as planned_past,
                 count(*) filter (where attendance is not null and starts_at > ${now.toISOString()})::int as held_future,
                 count(*) filter (where notes_written_at > ${now.toISOString()})::int as notes_later
            from support_sessions where organisation_id = ${world.organisationId}`,
    );
    expect(sessions).toEqual({ planned_past: 0, held_future: 0, notes_later: 0 });
    const [latest] = await queryRows<{ at: Date | null }>(deps.db, sql`select max(e.at) as at from case_events e join cases c on c.id = e.case_id where c.organisation_id = ${world.organisationId}`);
    expect(new Date(latest!.at!).getTime()).toBeLessThanOrEqual(now.getTime());
  });

  it("records Birmingham City Council's and the Home Office's contracts with quarterly targets, and the commissioner's funder", async () => {
    const rows = await deps.db.select().from(funders).where(eq(funders.organisationId, world.organisationId)).orderBy(asc(funders.name));
    expect(rows.map((row) => [row.name, row.kind, row.seesNationalTrends])).toEqual([
      ["Birmingham City Council", "local_authority", false],
      ["Home Office", "home_office", true],
    ]);
    const agreed = await deps.db.select().from(contracts).where(eq(contracts.organisationId, world.organisationId));
    const council = agreed.find((contract) => contract.funderId === rows[0]!.id)!;
    expect(council).toMatchObject({ startsOn: "2025-04-01", endsOn: "2027-03-31", siteIds: [world.siteIds.Birmingham] });
    expect(agreed.find((contract) => contract.funderId === rows[1]!.id)!.siteIds.sort()).toEqual(Object.values(world.siteIds).sort());
    const kpis = await deps.db.select().from(contractKpis).where(eq(contractKpis.contractId, council.id)).orderBy(asc(contractKpis.position));
    expect(kpis.map((kpi) => [kpi.metric, kpi.measure, kpi.direction, kpi.targets["2026-Q2"]])).toEqual([
      ["referrals_received", "count", "at_least", 50],
      ["people_engaged", "share", "at_least", 60],
      ["wait_to_first_contact", "median_days", "at_most", 10],
      ["programme_completions", "count", "at_least", 8],
    ]);
    expect(kpis[1]!.filter).toEqual({ minority_ethnic: ["minority_ethnic"] });
    // Each KPI is one the contracts pages would accept for its contract.
    const programmeCodes = builtInProgrammes.map((programme) => programme.key);
    for (const contract of agreed) {
      for (const kpi of await deps.db.select().from(contractKpis).where(eq(contractKpis.contractId, contract.id))) {
        expect(kpiProblems({ ...kpi, measure: kpi.measure as KpiMeasure }, contract, programmeCodes), kpi.label).toEqual([]);
      }
    }
    expect(Object.keys(kpis[0]!.targets)).toEqual(["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1"]);
    expect(await deps.db.select({ funderId: funderCommissioners.funderId }).from(funderCommissioners).where(eq(funderCommissioners.userId, world.users.commissioner.id))).toEqual([{ funderId: rows[0]!.id }]);
  });

  it("gives Birmingham's quarterly return cells of eight and more and small cells, and KPIs near their targets", async () => {
    const months = windowMonths(now);
    const quarters = [...new Set(months.map(quarterOf))].filter((quarter) => monthsOfQuarter(quarter).every((month) => months.includes(month) && month < monthOf(now)));
    const shares: number[] = [];
    const medians: number[] = [];
    for (const quarter of quarters) {
      const [from, , to] = monthsOfQuarter(quarter);
      const scope = { organisationId: world.organisationId, siteIds: [world.siteIds.Birmingham], months: { from, to } };
      const [bySource, engaged, minority, waits] = await computeMetrics(deps.db, scope, [
        { metric: "referrals_received", by: ["referral_source"] },
        { metric: "people_engaged", by: [] },
        { metric: "people_engaged", by: [], filter: { minority_ethnic: ["minority_ethnic"] } },
        { metric: "wait_to_first_contact", by: [] },
      ]);
      const counts = bySource!.kind === "count" ? bySource!.cells.map((cell) => cell.count) : [];
      expect(counts.some((count) => count >= 8), quarter).toBe(true);
      expect(counts.some((count) => count >= 1 && count < 8), quarter).toBe(true);
      if (engaged!.kind === "count" && minority!.kind === "count") shares.push((100 * minority!.total) / engaged!.total);
      if (waits!.kind === "duration" && waits!.total.median !== null) medians.push(waits!.total.median);
    }
    // Birmingham City Council's targets: most people from minority ethnic communities; a median wait of ten days or less in most quarters.
    for (const share of shares) expect(share).toBeGreaterThan(60);
    expect(medians.filter((median) => median <= 10).length).toBeGreaterThanOrEqual(quarters.length - 1);
  });

  it("opens in the app: cases, clients, sessions, assessments, programmes, outcomes and the panel read as staff see them", async () => {
    const clock = deps.now();
    const caseworker = await signInAs(app, world.users.caseworker, clock);
    const lead = await signInAs(app, world.users.lead, clock);
    const manchester = await signInAs(app, world.users.manchesterManager, clock);
    for (const state of ["open", "closed"]) {
      const list = await caseworker.request("GET", `/api/cases?siteId=${world.siteIds.Birmingham}&state=${state}&pageSize=100`);
      expect(list.statusCode, list.body).toBe(200);
      expect(list.json().total).toBeGreaterThan(10);
    }
    const sample = await deps.db
      .select({ id: cases.id, clientId: cases.clientId, siteId: cases.siteId, isRestricted: cases.isRestricted })
      .from(cases)
      .where(eq(cases.organisationId, world.organisationId))
      .orderBy(asc(cases.openedAt))
      .limit(1000);
    const birmingham = sample.filter((kase) => kase.siteId === world.siteIds.Birmingham && !kase.isRestricted);
    const picked = [...birmingham.filter((_, i) => i % 40 === 0), ...birmingham.slice(-3)];
    for (const kase of picked) {
      for (const path of ["", "/sessions", "/assessments", "/enrolments", "/outcomes", "/escalations", "/external-referrals"]) {
        const response = await caseworker.request("GET", `/api/cases/${kase.id}${path}`);
        expect(response.statusCode, `${path} ${response.body}`).toBe(200);
      }
      const client = await caseworker.request("GET", `/api/clients/${kase.clientId}`);
      expect(client.statusCode, client.body).toBe(200);
    }
    const restricted = sample.find((kase) => kase.isRestricted)!;
    expect((await caseworker.request("GET", `/api/cases/${restricted.id}`)).statusCode).toBe(404);
    const asLead = await lead.request("GET", `/api/cases/${restricted.id}`);
    expect(asLead.statusCode, asLead.body).toBe(200);
    const [meeting] = await deps.db.select({ id: panelMeetings.id }).from(panelMeetings).where(eq(panelMeetings.organisationId, world.organisationId)).limit(1);
    const agenda = await lead.request("GET", `/api/panel/meetings/${meeting!.id}`);
    expect(agenda.statusCode, agenda.body).toBe(200);
    const escalated = await deps.db.select({ caseId: panelEscalations.caseId }).from(panelEscalations).where(eq(panelEscalations.organisationId, world.organisationId)).limit(3);
    for (const { caseId } of escalated) expect((await lead.request("GET", `/api/cases/${caseId}/escalations`)).statusCode).toBe(200);
    const away = sample.find((kase) => kase.siteId === world.siteIds.Manchester)!;
    const timeline = await manchester.request("GET", `/api/cases/${away.id}`);
    expect(timeline.statusCode, timeline.body).toBe(200);
    expect(timeline.json().timeline[0].type).toBe("referral_received");
    const [held] = await deps.db.select({ id: supportSessions.id }).from(supportSessions).where(and(eq(supportSessions.caseId, away.id), eq(supportSessions.attendance, "attended"))).limit(1);
    if (held) expect((await manchester.request("GET", `/api/sessions/${held.id}`)).json().notes).toEqual(expect.any(String));
    const events = await deps.db.select({ type: caseEvents.type }).from(caseEvents).where(eq(caseEvents.caseId, away.id));
    expect(events.map((event) => event.type)).toContain("opened");
  });
});
