/**
 * Triggers the loader pauses while it COPYs millions of rows, and the checks that show the data is
 * what they would have left:
 * - Cases' first contact and first assessment (migration 0019) are kept by triggers on every
 *   session and assessment written. Firing them for each COPYed row would rewrite every case many
 *   times over, so the loader writes the columns with each case itself (chunk-rows.ts), and every
 *   case is checked against its sessions and assessments exactly as the triggers would have set it.
 * - People engaged by month (migration 0034) is worked out again for a case's month on every
 *   attended session or group attendance written; the loader fills the table in one pass over
 *   both once everything is in (`fillEngagementMonths`), as the migration does for existing data.
 * - The refusal of writes about an erased or processing-restricted client (migration 0026) looks up
 *   the row's client for every row. A generated organisation has neither, so the triggers would let
 *   every row through; the check is that it still has neither.
 */
import type { BenchDatabase } from "../lib/database.js";

const keptColumnTriggers = [
  { table: "support_sessions", name: "support_sessions_first_contact" },
  { table: "assessments", name: "assessments_first_assessment" },
  { table: "support_sessions", name: "support_sessions_engagement" },
  { table: "group_session_attendees", name: "group_session_attendees_engagement" },
] as const;

/** The held-write triggers on the loaded tables, read from the catalogue so a new one is not missed. */
async function heldWriteTriggers(database: BenchDatabase, tables: readonly string[]): Promise<{ table: string; name: string }[]> {
  return database.query<{ table: string; name: string }>(
    `select c.relname as table, t.tgname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
     where not t.tgisinternal and t.tgname like '%\\_refuse\\_held\\_write' and c.relname = any($1::text[])`,
    [tables],
  );
}

/** Pauses the triggers above on the tables the loader fills; returns them to resume. */
export async function pauseLoadTriggers(database: BenchDatabase, tables: readonly string[]): Promise<{ table: string; name: string }[]> {
  const paused = [...keptColumnTriggers, ...(await heldWriteTriggers(database, tables))];
  for (const { table, name } of paused) await database.query(`ALTER TABLE ${table} DISABLE TRIGGER ${name}`);
  return paused;
}

export async function resumeLoadTriggers(database: BenchDatabase, paused: readonly { table: string; name: string }[]): Promise<void> {
  for (const { table, name } of paused) await database.query(`ALTER TABLE ${table} ENABLE TRIGGER ${name}`);
}

/** Refuses the data unless every case's columns are what the triggers would have made them. */
export async function checkFirstEvents(database: BenchDatabase): Promise<void> {
  const [row] = await database.query<{ wrong: string }>(`
    select count(*)::text as wrong from cases c
    left join lateral (select s.starts_at, s.site_id from support_sessions s where s.case_id = c.id and s.attendance = 'attended' order by s.starts_at, s.id limit 1) f on true
    left join lateral (select a.assessed_on, a.site_id from assessments a where a.case_id = c.id and a.submitted_at is not null order by a.assessed_on, a.id limit 1) a on true
    where (c.first_contact_at, c.first_contact_site_id, c.first_assessed_on, c.first_assessment_site_id) is distinct from (f.starts_at, f.site_id, a.assessed_on, a.site_id)`);
  const wrong = Number(row?.wrong ?? 0);
  if (wrong > 0) throw new Error(`${wrong} cases' first contact or first assessment differ from their sessions and assessments`);
}

/** Refuses the data if any client is erased or restricted, which the paused held-write triggers assumed. */
export async function checkNoHeldClients(database: BenchDatabase): Promise<void> {
  const [row] = await database.query<{ held: string }>(`
    select ((select count(*) from clients where erased_at is not null) + (select count(*) from processing_restrictions where lifted_at is null))::text as held`);
  if (Number(row?.held ?? 0) > 0) throw new Error("the generated organisation has erased or restricted clients, which the loader's paused triggers would have refused writes about");
}

/** Fills in people engaged by month from every attended session and group attendance loaded. */
export async function fillEngagementMonths(database: BenchDatabase): Promise<number> {
  const [row] = await database.query<{ count: string }>(`
    with kept as (
      insert into case_engagement_months (organisation_id, site_id, case_id, month, programme_key, attendances, last_attended_at)
      select a.organisation_id, a.site_id, a.case_id, date_trunc('month', a.at at time zone 'Europe/London')::date, a.programme_key, count(*), max(a.at)
      from (
        select s.organisation_id, s.site_id, s.case_id, '' as programme_key, s.starts_at as at from support_sessions s where s.attendance = 'attended'
        union all
        select g.organisation_id, g.site_id, ga.case_id, g.programme_key, g.starts_at from group_sessions g join group_session_attendees ga on ga.group_session_id = g.id
      ) a
      group by 1, 2, 3, 4, 5
      returning 1)
    select count(*)::text as count from kept`);
  return Number(row?.count ?? 0);
}
