/**
 * Cases' first contact and first assessment (migration 0019) are kept by triggers on every session
 * and assessment written. Firing them for each of millions of COPYed rows would rewrite every case
 * many times over, so the loader pauses them, writes the columns with each case itself
 * (chunk-rows.ts), resumes them, and then checks every case against its sessions and assessments
 * exactly as the triggers would have set it.
 */
import type { BenchDatabase } from "../lib/database.js";

const triggers = [
  { table: "support_sessions", name: "support_sessions_first_contact" },
  { table: "assessments", name: "assessments_first_assessment" },
] as const;

export async function pauseFirstEventTriggers(database: BenchDatabase): Promise<void> {
  for (const { table, name } of triggers) await database.query(`ALTER TABLE ${table} DISABLE TRIGGER ${name}`);
}

export async function resumeFirstEventTriggers(database: BenchDatabase): Promise<void> {
  for (const { table, name } of triggers) await database.query(`ALTER TABLE ${table} ENABLE TRIGGER ${name}`);
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
