import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { toCsv } from "../../core/csv.js";
import { londonDay } from "../../core/london-time.js";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { expectCleanRefusal, signInAs, type Agent } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { inTransaction, queryRows } from "../db/client.js";
import { auditEvents, caseEvents, cases, referrals, supportSessions } from "../db/schema.js";
import { ensureDefaultSources } from "../referrals/sources.js";
import { runNextJob } from "../jobs/run-next-job.js";
import { importBatchJob, importJobHandlers } from "./run-import.js";

const { app, deps } = await testApp();
const handlers = importJobHandlers(deps.vault);

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  await ensureDefaultSources(deps.db, organisation.id);
  const admin = await createUser(deps.db, deps.vault, organisation, { role: "administrator" });
  return { organisation, admin: await signInAs(app, admin, deps.now()) };
}

const day = (offset: number) => londonDay(new Date(deps.now().getTime() + offset * 86_400_000));
const upload = (agent: Agent, rows: string[][]) => agent.request("POST", "/api/imports", { dataBase64: Buffer.from(toCsv(rows), "utf8").toString("base64") });

async function runImportJobs(): Promise<void> {
  for (let step = 0; step < 100; step += 1) if ((await runNextJob(deps.db, handlers, () => deps.now())).kind === "idle") return;
}

/** Uploads and dry-runs a sheet with the columns guessed from its headers; every header must be recognised. */
async function dryRun(agent: Agent, kind: string, rows: string[][], siteId?: string) {
  const uploaded = await upload(agent, rows);
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const columns = uploaded.json().suggestedColumns[kind];
  expect(Object.keys(columns)).toHaveLength(rows[0]!.length);
  const checked = await agent.request("POST", `/api/imports/${uploaded.json().id}/check`, { kind, columns, ...(siteId ? { siteId } : {}) });
  expect(checked.statusCode, checked.body).toBe(200);
  return checked.json();
}

/** Dry run, then the import; the problems found by row, as `row field problem`. */
async function importSheet(agent: Agent, kind: string, rows: string[][], siteId?: string) {
  const checked = await dryRun(agent, kind, rows, siteId);
  const problems = checked.problems.map((problem: { rowNumber: number; field: string; problem: string }) => `${problem.rowNumber} ${problem.field} ${problem.problem}`);
  if (checked.readyRows > 0) {
    expect((await agent.request("POST", `/api/imports/${checked.id}/start`)).statusCode).toBe(202);
    await runImportJobs();
  }
  return { problems, result: (await agent.request("GET", `/api/imports/${checked.id}`)).json() };
}

const count = async (table: typeof referrals | typeof cases | typeof supportSessions, organisationId: string) =>
  (await deps.db.select({ count: sql<number>`count(*)::int` }).from(table).where(eq(table.organisationId, organisationId)))[0]!.count;

const clientSheet = [["Client ID", "First name", "Surname"], ["A-1", "Aisha", "Khan"], ["A-2", "Bilal", "Shah"], ["A-3", "Chloe", "Davies"]];
const referralSheet = () => [
  ["Referral ID", "Client ID", "Date received", "Source", "Reasons", "Urgency", "Status", "Date decided", "Concern"],
  ["R-1", "A-1", day(-320), "school_college", "mental_health; family", "routine", "accepted", day(-318), "Worried about him"],
  ["R-2", "A-2", day(-220), "Police", "housing", "soon", "accepted", day(-219), ""],
  ["R-3", "A-9", day(-200), "police", "housing", "", "accepted", day(-199), ""],
  ["R-4", "A-3", "31/02/2026", "police", "housing", "", "", "", ""],
  ["R-5", "A-3", day(-100), "martians", "housing", "", "", "", ""],
  ["R-1", "A-3", day(-90), "police", "family", "", "", "", ""],
  ["R-6", "A-3", day(-80), "self", "alcohol", "", "received", "", ""],
];
const caseSheet = () => [
  ["Case ID", "Client ID", "Referral ID", "Date opened", "Status", "Tier", "Date closed", "Closure reason", "Closure outcome"],
  ["K-1", "A-1", "R-1", day(-300), "active", "intensive", "", "", ""],
  ["K-2", "A-2", "R-2", day(-200), "closed", "low_level", day(-100), "goals_achieved", "improved"],
  ["K-3", "A-9", "", day(-200), "", "", "", "", ""],
  ["K-4", "A-1", "R-404", day(-200), "", "", "", "", ""],
  ["K-5", "A-3", "", day(-50), "active", "", "", "", ""],
  ["K-6", "A-3", "R-1", day(-50), "", "", "", "", ""],
  ["K-7", "A-3", "", day(-40), "Review", "low level", "", "", ""],
];
const sessionSheet = () => [
  ["Case ID", "Date", "Time", "Duration", "Mode", "Intervention type", "Attendance", "Notes"],
  ["K-1", day(-10), "10:30", "60", "office", "one_to_one_mentoring", "attended", "Talked about college"],
  ["K-1", day(-5), "", "45", "phone", "family_work", "did not attend", ""],
  ["K-2", day(-150), "14:00", "30", "home", "harm_reduction", "attended", ""],
  ["K-2", day(-50), "14:00", "30", "home", "harm_reduction", "attended", ""],
  ["K-9", day(-10), "10:00", "30", "home", "harm_reduction", "", ""],
  ["K-1", day(10), "10:00", "30", "office", "one_to_one_mentoring", "attended", ""],
  ["K-1", day(-10), "10:30", "30", "office", "one_to_one_mentoring", "attended", ""],
  ["K-1", day(-3), "25:99", "30", "office", "astrology", "", "Notes before it happened"],
];

/** Clients, referrals, cases and sessions, each imported in turn; the problems each dry run named. */
async function importAll(admin: Agent, organisation: TestOrganisation) {
  const site = organisation.siteIds[0];
  const clientsDone = await importSheet(admin, "clients", clientSheet);
  const referralsDone = await importSheet(admin, "referrals", referralSheet(), site);
  const casesDone = await importSheet(admin, "cases", caseSheet(), site);
  const sessionsDone = await importSheet(admin, "sessions", sessionSheet(), site);
  return { clientsDone, referralsDone, casesDone, sessionsDone };
}

describe("imports.linked", () => {
  it("names exactly the bad rows of referral, case and session sheets with their reasons, imports the rest linked by the sheets' references, and finds them all again", async () => {
    const { organisation, admin } = await setUp();
    const { clientsDone, referralsDone, casesDone, sessionsDone } = await importAll(admin, organisation);
    expect(clientsDone.result).toMatchObject({ status: "done", rowsImported: 3 });
    expect(referralsDone.problems).toEqual(["4 clientReference unknown_client", "5 receivedDate bad_date", "6 source unknown_code", "7 reference duplicate_reference_in_file"]);
    expect(referralsDone.result).toMatchObject({ status: "done", rowsImported: 3, kind: "referrals", siteId: organisation.siteIds[0] });
    expect(casesDone.problems).toEqual(["4 clientReference unknown_client", "5 referralReference unknown_referral", "6 tier required", "7 referralReference not_allowed"]);
    expect(casesDone.result).toMatchObject({ status: "done", rowsImported: 3 });
    expect(sessionsDone.problems).toEqual([
      "5 date not_allowed",
      "6 caseReference unknown_case",
      "7 attendance not_allowed",
      "8 date duplicate_in_file",
      "9 interventionType unknown_code",
      "9 notes not_allowed",
      "9 time bad_time",
    ]);
    expect(sessionsDone.result).toMatchObject({ status: "done", rowsImported: 3 });

    // Written through the app's own rules: a referral's concern sealed, a case taken through its states, audited.
    const [accepted] = await deps.db.select().from(referrals).where(and(eq(referrals.organisationId, organisation.id), eq(referrals.status, "accepted"), eq(referrals.urgency, "routine")));
    expect(accepted).toMatchObject({ reasons: ["mental_health", "family"], siteId: organisation.siteIds[0] });
    expect(Buffer.from(accepted!.concern!).toString("latin1")).not.toContain("Worried");
    const closed = (await deps.db.select().from(cases).where(and(eq(cases.organisationId, organisation.id), eq(cases.state, "closed"))))[0]!;
    expect(closed).toMatchObject({ tier: "low_level", closureReason: "goals_achieved", closureOutcome: "improved" });
    expect(londonDay(closed.closedAt!)).toBe(day(-100));
    const steps = await deps.db.select({ type: caseEvents.type }).from(caseEvents).where(eq(caseEvents.caseId, closed.id)).orderBy(caseEvents.at);
    expect(steps.map((step) => step.type)).toEqual(["referral_received", "opened", "begin_support", "close"]);
    const audited = await queryRows<{ action: string; count: number }>(
      deps.db,
      sql`select ${auditEvents.action} as action, count(*)::int as count from ${auditEvents} where ${auditEvents.organisationId} = ${organisation.id} and ${auditEvents.action} in ('referral.imported', 'case.opened', 'session.recorded') group by 1 order by 1`,
    );
    expect(audited).toEqual([
      { action: "case.opened", count: 3 },
      { action: "referral.imported", count: 3 },
      { action: "session.recorded", count: 3 },
    ]);

    // The same sheets again: every row imported before is found.
    const site = organisation.siteIds[0];
    const again = async (kind: string, rows: string[][]) => (await dryRun(admin, kind, rows, site)).problems.filter((problem: { problem: string }) => ["already_imported", "likely_duplicate"].includes(problem.problem)).map((problem: { rowNumber: number }) => problem.rowNumber);
    expect(await again("referrals", referralSheet())).toEqual([2, 3, 8]);
    expect(await again("cases", caseSheet())).toEqual([2, 3, 8]);
    expect(await again("sessions", sessionSheet())).toEqual([2, 3, 4]);
  });

  for (const [kind, table, tableName] of [
    ["referrals", referrals, "referrals"],
    ["cases", cases, "cases"],
    ["sessions", supportSessions, "support_sessions"],
  ] as const) {
    it(`leaves none of a ${kind} batch that fails part-way, and carries on from it`, async () => {
      const { organisation, admin } = await setUp();
      const site = organisation.siteIds[0];
      for (const [before, rows] of [["clients", clientSheet], ["referrals", referralSheet()], ["cases", caseSheet()]] as const) {
        if (before === kind) break;
        await importSheet(admin, before, rows, before === "clients" ? undefined : site);
      }
      const rows = kind === "referrals" ? referralSheet() : kind === "cases" ? caseSheet() : sessionSheet();
      const checked = await dryRun(admin, kind, rows, site);
      const existing = await count(table, organisation.id);
      await admin.request("POST", `/api/imports/${checked.id}/start`);
      // The second record the batch writes is refused by the database, after the first went in.
      const trigger = `refuse_second_${organisation.id.slice(0, 8)}`;
      await deps.db.execute(
        sql.raw(`create or replace function ${trigger}() returns trigger language plpgsql as $$ begin
          if new.organisation_id = '${organisation.id}' and (select count(*) from ${tableName} where organisation_id = '${organisation.id}') >= ${existing + 1} then raise exception 'refused'; end if; return new; end $$`),
      );
      await deps.db.execute(sql.raw(`create trigger ${trigger} before insert on ${tableName} for each row execute function ${trigger}()`));
      try {
        await inTransaction(deps.db, (tx) => handlers[importBatchJob]!(tx, { importId: checked.id, chunk: 0 }, { jobId: 0, dedupeKey: null, attempt: 3, now: deps.now() }));
        expect((await admin.request("GET", `/api/imports/${checked.id}`)).json()).toMatchObject({ status: "failed", batchesDone: 0, rowsImported: 0 });
        expect(await count(table, organisation.id)).toBe(existing);
      } finally {
        await deps.db.execute(sql.raw(`drop trigger ${trigger} on ${tableName}`));
        await deps.db.execute(sql.raw(`drop function ${trigger}()`));
      }
      expect((await admin.request("POST", `/api/imports/${checked.id}/start`)).statusCode).toBe(202);
      await runImportJobs();
      expect((await admin.request("GET", `/api/imports/${checked.id}`)).json()).toMatchObject({ status: "done", rowsImported: checked.readyRows });
      expect(await count(table, organisation.id)).toBe(existing + checked.readyRows);
    });
  }
});

describe("imports.linked authorisation and input", () => {
  it("refuses without a session (401), another organisation's import (404) and a non-administrator (403)", async () => {
    const { organisation, admin } = await setUp();
    const uploaded = await upload(admin, caseSheet());
    const body = { kind: "cases", columns: uploaded.json().suggestedColumns.cases, siteId: organisation.siteIds[0] };
    const manager = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "team_manager", site: 0 }), deps.now());
    const before = await organisationSnapshot(deps.db, organisation.id);
    expect((await app.inject({ method: "POST", url: `/api/imports/${uploaded.json().id}/check`, payload: body })).statusCode).toBe(401);
    const other = await setUp();
    expect((await other.admin.request("POST", `/api/imports/${uploaded.json().id}/check`, body)).statusCode).toBe(404);
    expect((await manager.request("POST", `/api/imports/${uploaded.json().id}/check`, body)).statusCode).toBe(403);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("refuses a missing or foreign site and a field of another kind, naming them, and changes nothing", async () => {
    const { organisation, admin } = await setUp();
    const other = await createOrganisation(deps.db);
    const uploaded = await upload(admin, caseSheet());
    const columns = uploaded.json().suggestedColumns.cases;
    const before = await organisationSnapshot(deps.db, organisation.id);
    const check = (body: object) => admin.request("POST", `/api/imports/${uploaded.json().id}/check`, { kind: "cases", columns, ...body });
    for (const [body, path] of [
      [{}, "body.siteId"],
      [{ siteId: other.siteIds[0] }, "body.siteId"],
      [{ siteId: organisation.siteIds[0], columns: { ...columns, givenName: 8 } }, "body.columns.givenName"],
      [{ siteId: "not-an-id" }, "body.siteId"],
    ] as const) {
      const refused = await check(body);
      expectCleanRefusal(refused);
      expect(refused.statusCode).toBe(400);
      expect([...new Set(refused.json().error.fields.map((field: { path: string }) => field.path))]).toEqual([path]);
    }
    const clients = await admin.request("POST", `/api/imports/${uploaded.json().id}/check`, { kind: "clients", columns: { reference: 0, givenName: 1 }, siteId: organisation.siteIds[0] });
    expect(clients.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["body.siteId"]);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });
});
