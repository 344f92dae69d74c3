/**
 * The database guard against writes about erased and processing-restricted clients (migration
 * 0026) covers every table of client data: each table with a client or case column has the
 * trigger, or is left out here with the reason. A new table about clients fails this test until
 * it is one or the other.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { queryRows } from "../../db/client.js";

const { deps } = await testApp();

/** Tables that name a client or case but are not guarded, and why. */
const unguarded: Record<string, string> = {
  audit_events: "reading an erased or restricted record is still audited; the log is append-only anyway",
  break_glass_accesses: "emergency access is a read, allowed on a restricted record and recorded",
  case_access_grants: "who may see a case restricted to named staff: access control, not data about the person",
  client_merges: "ids only; a merge writes clients and cases, which are guarded",
  client_erasures: "the record of an erasure, written by the erasure itself",
  retention_holds: "the data protection officer's hold on the record",
  processing_restrictions: "the restriction itself, placed and lifted by the data protection officer",
  data_rights_requests: "the person's own request, which the data protection officer must be able to answer",
  case_engagement_months: "kept by the database from support sessions and group attendances, which are guarded",
  sso_providers: "its client_id is the organisation's id at its identity provider, not a client of ours",
  subject_access_releases: "a released copy, sealed under the client's key and shredded with it",
};

describe("data-protection.held-write guard", () => {
  it("guards every table with a client or case column, or says why not", async () => {
    const columns = await queryRows<{ table_name: string }>(
      deps.db,
      sql`select distinct c.table_name from information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.column_name in ('client_id', 'case_id', 'related_client_id', 'kept_client_id', 'merged_client_id')
        order by c.table_name`,
    );
    const guarded = await queryRows<{ table_name: string }>(
      deps.db,
      sql`select distinct event_object_table as table_name from information_schema.triggers where trigger_schema = current_schema() and action_statement like '%client_data_refuse_held_write%'`,
    );
    const isGuarded = new Set(guarded.map((row) => row.table_name));
    const uncovered = columns.map((row) => row.table_name).filter((table) => !isGuarded.has(table) && !(table in unguarded));
    expect(uncovered).toEqual([]);
    expect(isGuarded.has("clients")).toBe(true);
    // An exemption for a table that is guarded, or that no longer exists, is stale.
    const stale = Object.keys(unguarded).filter((table) => isGuarded.has(table) || !columns.some((row) => row.table_name === table));
    expect(stale).toEqual([]);
  });
});
