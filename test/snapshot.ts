/**
 * A fingerprint of everything an organisation holds, to prove a refused request changed nothing.
 * Every table with an organisation_id column is in, found from the database itself so a new table
 * cannot be forgotten; so are the few that belong to an organisation through another table. Left
 * out: the sessions (being signed in touches them), the audit event every commissioner request
 * leaves whatever its answer (issue 9: every commissioner query is audited, refusals too), and the
 * tables that belong to no organisation (below, each with its reason).
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../server/db/client.js";

/** Tables that belong to an organisation through another table, and how to find its rows. */
const joinedTables: Record<string, (organisationId: string) => ReturnType<typeof sql>> = {
  organisations: (id) => sql`select t::text as row from organisations t where t.id = ${id}`,
  invitations: (id) => sql`select t::text as row from invitations t join users u on u.id = t.user_id where u.organisation_id = ${id}`,
  recovery_codes: (id) => sql`select t::text as row from recovery_codes t join users u on u.id = t.user_id where u.organisation_id = ${id}`,
  client_identities: (id) => sql`select t::text as row from client_identities t join clients c on c.id = t.client_id where c.organisation_id = ${id}`,
  funder_commissioners: (id) => sql`select t::text as row from funder_commissioners t join funders f on f.id = t.funder_id where f.organisation_id = ${id}`,
  spreadsheet_import_chunks: (id) => sql`select t::text as row from spreadsheet_import_chunks t join spreadsheet_imports i on i.id = t.import_id where i.organisation_id = ${id}`,
};

/** Tables that belong to no organisation, and why they are not fingerprinted. */
export const unfingerprintedTables: Record<string, string> = {
  sessions: "being signed in touches them",
  rate_limits: "every request counts against a limit, refused or not",
  sign_in_decoys: "shared by every organisation, to answer unknown emails alike",
  jobs: "the queue is shared by every organisation and every test",
  data_upgrades: "the record of upgrades run on the database as a whole",
};

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The tables with an organisation_id column, read once per database (the schema does not change under a test run). */
const ownedTablesOf = new WeakMap<Db, Promise<string[]>>();
function ownedTables(db: Db): Promise<string[]> {
  let tables = ownedTablesOf.get(db);
  if (!tables) {
    tables = queryRows<{ table_name: string }>(
      db,
      sql`select c.table_name from information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = current_schema() and c.column_name = 'organisation_id' and t.table_type = 'BASE TABLE' order by c.table_name`,
    ).then((rows) => rows.map((row) => row.table_name));
    ownedTablesOf.set(db, tables);
  }
  return tables;
}

export async function organisationSnapshot(db: Db, organisationId: string): Promise<Record<string, string>> {
  const parts = [
    ...(await ownedTables(db)).map((table) => {
      const extra = table === "audit_events" ? sql` and t.action <> 'commissioner.request'` : sql``;
      return { table, rows: sql`select t::text as row from ${sql.raw(quoted(table))} t where t.organisation_id = ${organisationId}${extra}` };
    }),
    ...Object.entries(joinedTables).map(([table, rows]) => ({ table, rows: rows(organisationId) })),
  ];
  const select = sql.join(
    parts.map(({ table, rows }) => sql`(select md5(coalesce(string_agg(r.row, '|' order by r.row), '')) from (${rows}) r) as ${sql.raw(quoted(table))}`),
    sql`, `,
  );
  const [row] = await queryRows<Record<string, string>>(db, sql`select ${select}`);
  if (!row) throw new Error("no snapshot");
  return row;
}

/** Every table in the database that the fingerprint neither covers nor leaves out on purpose (none, when it is complete). */
export async function tablesOutsideSnapshot(db: Db): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(
    db,
    sql`select t.table_name from information_schema.tables t
      where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
        and not exists (select 1 from information_schema.columns c where c.table_schema = t.table_schema and c.table_name = t.table_name and c.column_name = 'organisation_id')
      order by t.table_name`,
  );
  return rows.map((row) => row.table_name).filter((table) => !(table in joinedTables) && !(table in unfingerprintedTables) && !table.startsWith("__drizzle"));
}
