/**
 * EXPLAIN (ANALYZE, BUFFERS) of the SQL the benchmarked paths really send: the statements are
 * captured from Drizzle's logger while each path runs once, then every SELECT is explained with its
 * own parameters (and the quarterly return's limit statements beside the engine's). Sequential
 * scans on the large tables are called out.
 */
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type { Logger } from "drizzle-orm/logger";
import { randomUUID } from "node:crypto";
import { listCasesFor } from "../../server/cases/queries.js";
import { revealClientIdentity } from "../../server/clients/reveal-identity.js";
import { inTransaction, type Db } from "../../server/db/client.js";
import * as schema from "../../server/db/schema.js";
import type { Identity } from "../../server/clients/identity-store.js";
import type { Vault } from "../../server/vault/vault.js";
import type { BenchDatabase } from "../lib/database.js";
import type { Manifest } from "../lib/manifest.js";
import { caseListQuery, caseworkerActor } from "./case-list.js";
import { findDuplicates } from "./find-duplicates.js";
import type { QuarterlyReturn } from "./quarterly-return.js";

export interface ExplainedQuery {
  path: string;
  sql: string;
  executionMs: number;
  seqScans: string[];
  /** Whether PostgreSQL JIT-compiled the query: on short OLTP queries that costs more than it saves. */
  isJitCompiled: boolean;
  plan: string;
}

const largeTables = new Set([
  "clients", "client_identities", "client_indexes", "subject_keys", "referrals", "cases", "case_events", "case_assignments", "case_access_grants", "audit_events",
  "assessments", "support_sessions", "support_session_workers", "programme_enrolments", "programme_enrolment_events", "group_sessions", "group_session_attendees",
  "case_outcomes", "panel_escalations", "panel_decisions", "external_referrals",
]);

/** Which paths to explain: those of the benchmarks that ran. */
export interface ExplainWhat {
  people?: { label: string; identity: Identity }[];
  clientId?: string;
  isCaseList?: boolean;
  quarterlyReturn?: QuarterlyReturn;
}

export async function explainPaths(database: BenchDatabase, vault: Vault, manifest: Manifest, what: ExplainWhat): Promise<ExplainedQuery[]> {
  const explained: ExplainedQuery[] = [];
  const explain = async (path: string, query: string, params: unknown[]) => {
    const rows = await database.query<Record<string, string>>(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, params);
    const plan = rows.map((row) => Object.values(row)[0] ?? "").join("\n");
    const seqScans = [...plan.matchAll(/Seq Scan on (\w+)/g)].map((match) => match[1] ?? "").filter((table) => largeTables.has(table));
    const executionMs = Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? Number.NaN);
    explained.push({ path, sql: query, executionMs, seqScans: [...new Set(seqScans)], isJitCompiled: /^JIT:/m.test(plan), plan });
  };
  const capture = async (path: string, run: (db: Db) => Promise<unknown>) => {
    const captured: { query: string; params: unknown[] }[] = [];
    await run(capturingDb(database, { logQuery: (query, params) => captured.push({ query, params }) }));
    for (const { query, params } of captured) {
      if (!/^\s*(select|with)\b/i.test(query) || /pg_advisory_xact_lock/.test(query)) continue;
      await explain(path, query, params);
    }
  };
  for (const person of what.people ?? []) {
    await capture(`duplicate check (${person.label})`, (db) => findDuplicates(db, vault, caseworkerActor(manifest, 0), person.identity));
  }
  const { clientId } = what;
  if (clientId) {
    await capture("open a client record", (db) =>
      inTransaction(db, (tx) => revealClientIdentity(tx, caseworkerActor(manifest, 0), clientId, { vault, now: new Date(), requestId: randomUUID() })),
    );
  }
  if (what.isCaseList) await capture("case list (site 1, open)", (db) => listCasesFor(db, caseworkerActor(manifest, 0), { siteId: manifest.sites[0]!.siteId, ...caseListQuery }, new Date()));
  if (what.quarterlyReturn) {
    await capture("quarterly return (engine)", what.quarterlyReturn.runEngine);
    for (const statement of what.quarterlyReturn.limitStatements) await explain(statement.label, statement.sql, statement.params);
  }
  return explained;
}

function capturingDb(database: BenchDatabase, logger: Logger): Db {
  if (database.pool) return drizzlePg(database.pool, { schema, logger });
  if (database.pglite) return drizzlePglite(database.pglite, { schema, logger });
  throw new Error("no database to explain on");
}

export function plansText(explained: readonly ExplainedQuery[]): string {
  return explained
    .map((query) => {
      const flags = [...(query.seqScans.length > 0 ? [`SEQUENTIAL SCAN on ${query.seqScans.join(", ")}`] : []), ...(query.isJitCompiled ? ["JIT"] : [])];
      return `── ${query.path} ─ ${query.executionMs} ms${flags.map((flag) => ` ─ ${flag}`).join("")}\n${query.sql}\n\n${query.plan}\n`;
    })
    .join("\n");
}
