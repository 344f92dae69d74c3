import { and, eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/client.js";
import { caseEngagementMonths, groupSessionAttendees, groupSessions, supportSessions } from "../../db/schema.js";
import { testDatabase } from "../../../test/db.js";
import { createOrganisation, type TestOrganisation } from "../../../test/factories.js";
import { insertCase, insertClient, insertEnrolment, insertGroupSession, insertSupportSession } from "../../../test/reporting-factories.js";

const { db } = await testDatabase();

let organisation: TestOrganisation;

beforeAll(async () => {
  organisation = await createOrganisation(db);
});

interface MonthRow {
  caseId: string;
  siteId: string;
  month: string;
  programmeKey: string;
  attendances: number;
  lastAttendedAt: string;
}

const sorted = (rows: MonthRow[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** The kept rows of the given cases. */
async function keptRows(caseIds: readonly string[]): Promise<MonthRow[]> {
  const rows = await db
    .select()
    .from(caseEngagementMonths)
    .where(and(eq(caseEngagementMonths.organisationId, organisation.id), sql`${caseEngagementMonths.caseId} in ${[...caseIds]}`));
  return sorted(rows.map((r) => ({ caseId: r.caseId, siteId: r.siteId, month: r.month, programmeKey: r.programmeKey, attendances: r.attendances, lastAttendedAt: r.lastAttendedAt.toISOString() })));
}

/** The same rows worked out afresh from the sessions, as the migration fills them in. */
async function expectedRows(caseIds: readonly string[]): Promise<MonthRow[]> {
  const rows = await queryRows<{ case_id: string; site_id: string; month: string; programme_key: string; attendances: number; last: string }>(db, sql`
    select a.case_id, a.site_id, to_char(date_trunc('month', a.at at time zone 'Europe/London'), 'YYYY-MM-DD') as month, a.programme_key,
      count(*)::int as attendances, to_char(max(a.at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as last
    from (
      select s.site_id, s.case_id, '' as programme_key, s.starts_at as at from support_sessions s where s.attendance = 'attended' and s.case_id in ${[...caseIds]}
      union all
      select g.site_id, ga.case_id, g.programme_key, g.starts_at from group_sessions g join group_session_attendees ga on ga.group_session_id = g.id where ga.case_id in ${[...caseIds]}
    ) a group by 1, 2, 3, 4`);
  return sorted(rows.map((r) => ({ caseId: r.case_id, siteId: r.site_id, month: r.month, programmeKey: r.programme_key, attendances: Number(r.attendances), lastAttendedAt: r.last })));
}

async function newCase(site: 0 | 1 = 0) {
  const client = await insertClient(db, organisation);
  return insertCase(db, organisation, { site, clientId: client.id, openedAt: new Date("2026-01-05T10:00:00Z"), tier: "low_level", ageBand: "25_34" });
}

describe("reporting.engagement by month", () => {
  it("counts a session in its London month: 23:30 on 31 May in summer time is June", async () => {
    const kase = await newCase();
    await insertSupportSession(db, organisation, { caseId: kase.id, startsAt: new Date("2026-05-31T23:30:00Z") });
    await insertSupportSession(db, organisation, { caseId: kase.id, startsAt: new Date("2026-06-10T09:00:00Z") });
    await insertSupportSession(db, organisation, { caseId: kase.id, startsAt: new Date("2026-06-12T09:00:00Z"), attendance: "did_not_attend" });
    expect(await keptRows([kase.id])).toEqual([
      { caseId: kase.id, siteId: kase.siteId, month: "2026-06-01", programmeKey: "", attendances: 2, lastAttendedAt: "2026-06-10T09:00:00.000Z" },
    ]);
  });

  it("follows corrections: a session found to be missed, moved to another month, moved to another case, removed", async () => {
    const kase = await newCase();
    const other = await newCase();
    const session = await insertSupportSession(db, organisation, { caseId: kase.id, startsAt: new Date("2026-03-10T10:00:00Z") });
    await db.update(supportSessions).set({ attendance: "did_not_attend" }).where(eq(supportSessions.id, session.id));
    expect(await keptRows([kase.id])).toEqual([]);
    await db.update(supportSessions).set({ attendance: "attended", startsAt: new Date("2026-04-02T10:00:00Z") }).where(eq(supportSessions.id, session.id));
    expect((await keptRows([kase.id])).map((r) => r.month)).toEqual(["2026-04-01"]);
    await db.update(supportSessions).set({ caseId: other.id }).where(eq(supportSessions.id, session.id));
    expect(await keptRows([kase.id])).toEqual([]);
    expect((await keptRows([other.id])).map((r) => r.month)).toEqual(["2026-04-01"]);
    await db.delete(supportSessions).where(eq(supportSessions.id, session.id));
    expect(await keptRows([kase.id, other.id])).toEqual([]);
  });

  it("keeps a group session's attendance under its programme, and follows it when the session moves or an attendee is taken off", async () => {
    const kase = await newCase();
    const enrolment = await insertEnrolment(db, organisation, { caseId: kase.id, programme: "faith_adapted_twelve_step", enrolledOn: "2026-01-10" });
    const group = await insertGroupSession(db, organisation, { programme: "faith_adapted_twelve_step", startsAt: new Date("2026-02-03T18:00:00Z"), attendees: [{ enrolmentId: enrolment.id, caseId: kase.id }] });
    expect(await keptRows([kase.id])).toMatchObject([{ month: "2026-02-01", programmeKey: "faith_adapted_twelve_step", attendances: 1 }]);
    await db.update(groupSessions).set({ startsAt: new Date("2026-03-03T18:00:00Z"), siteId: organisation.siteIds[1] }).where(eq(groupSessions.id, group.id));
    expect(await keptRows([kase.id])).toMatchObject([{ month: "2026-03-01", siteId: organisation.siteIds[1], attendances: 1 }]);
    await db.delete(groupSessionAttendees).where(eq(groupSessionAttendees.groupSessionId, group.id));
    expect(await keptRows([kase.id])).toEqual([]);
  });

  it("always equals what the sessions say, whatever sequence of writes made them", async () => {
    const cases = [await newCase(0), await newCase(1)];
    const caseIds = cases.map((c) => c.id);
    const enrolments: Array<Awaited<ReturnType<typeof insertEnrolment>>> = [];
    for (const c of cases) enrolments.push(await insertEnrolment(db, organisation, { caseId: c.id, programme: "multilingual_recovery", enrolledOn: "2026-01-01" }));
    // Instants around the changes of month and of clock in 2026 (BST from 29 March to 25 October).
    const instants = ["2026-03-31T22:30:00Z", "2026-03-31T23:30:00Z", "2026-04-15T12:00:00Z", "2026-10-31T23:30:00Z", "2026-11-01T00:30:00Z", "2026-02-28T23:59:00Z"].map((iso) => new Date(iso));
    const caseIndex = fc.integer({ min: 0, max: 1 });
    const instant = fc.integer({ min: 0, max: instants.length - 1 });
    const write = fc.oneof(
      fc.record({ kind: fc.constant("add_session" as const), caseIndex, instant, isAttended: fc.boolean() }),
      fc.record({ kind: fc.constant("flip_session" as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant("move_session" as const), pick: fc.nat(), instant, caseIndex }),
      fc.record({ kind: fc.constant("remove_session" as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant("add_group" as const), instant, attendees: fc.subarray([0, 1], { minLength: 1 }) }),
      fc.record({ kind: fc.constant("move_group" as const), pick: fc.nat(), instant, site: fc.integer({ min: 0, max: 1 }) }),
      fc.record({ kind: fc.constant("remove_attendee" as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 8 }), async (writes) => {
        for (const step of writes) await apply(step);
        expect(await keptRows(caseIds)).toEqual(await expectedRows(caseIds));
      }),
      { numRuns: 12 },
    );

    type Step = typeof write extends fc.Arbitrary<infer T> ? T : never;
    async function apply(step: Step): Promise<void> {
      const sessions = await db.select().from(supportSessions).where(sql`${supportSessions.caseId} in ${caseIds}`).orderBy(supportSessions.id);
      const groups = await db.select().from(groupSessions).where(and(eq(groupSessions.organisationId, organisation.id), eq(groupSessions.programmeKey, "multilingual_recovery"))).orderBy(groupSessions.id);
      const attendees = await db.select().from(groupSessionAttendees).where(sql`${groupSessionAttendees.caseId} in ${caseIds}`).orderBy(groupSessionAttendees.groupSessionId, groupSessionAttendees.caseId);
      const pickFrom = <T>(rows: T[], pick: number): T | undefined => rows[pick % Math.max(rows.length, 1)];
      switch (step.kind) {
        case "add_session":
          await insertSupportSession(db, organisation, { caseId: caseIds[step.caseIndex]!, site: step.caseIndex as 0 | 1, startsAt: instants[step.instant]!, attendance: step.isAttended ? "attended" : "did_not_attend" });
          return;
        case "flip_session": {
          const row = pickFrom(sessions, step.pick);
          if (row) await db.update(supportSessions).set({ attendance: row.attendance === "attended" ? "did_not_attend" : "attended" }).where(eq(supportSessions.id, row.id));
          return;
        }
        case "move_session": {
          const row = pickFrom(sessions, step.pick);
          if (row) await db.update(supportSessions).set({ startsAt: instants[step.instant]!, caseId: caseIds[step.caseIndex]! }).where(eq(supportSessions.id, row.id));
          return;
        }
        case "remove_session": {
          const row = pickFrom(sessions, step.pick);
          if (row) await db.delete(supportSessions).where(eq(supportSessions.id, row.id));
          return;
        }
        case "add_group":
          await insertGroupSession(db, organisation, {
            programme: "multilingual_recovery",
            startsAt: instants[step.instant]!,
            attendees: step.attendees.map((i) => ({ enrolmentId: enrolments[i]!.id, caseId: caseIds[i]! })),
          });
          return;
        case "move_group": {
          const row = pickFrom(groups, step.pick);
          if (row) await db.update(groupSessions).set({ startsAt: instants[step.instant]!, siteId: organisation.siteIds[step.site]! }).where(eq(groupSessions.id, row.id));
          return;
        }
        case "remove_attendee": {
          const row = pickFrom(attendees, step.pick);
          if (row) await db.delete(groupSessionAttendees).where(and(eq(groupSessionAttendees.groupSessionId, row.groupSessionId), eq(groupSessionAttendees.caseId, row.caseId)));
          return;
        }
      }
    }
  });
});
