/**
 * Bulk writing for the demo history. Rows go to the database as one JSON document per batch,
 * unpacked by `jsonb_populate_recordset` into the table's own column types, rather than as a bound
 * parameter per value: the embedded engine handles each parameter in JavaScript (a byte at a time
 * for bytea), which made a many-row VALUES insert of the history take several seconds. Columns a
 * row leaves out take their defaults, as in any insert; rows are grouped by the columns they give.
 */
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db/client.js";

const maxRows = 1000;

/** JSON for one value as PostgreSQL's input functions read it: bytea as `\x` hex; dates as ISO text. */
const asJson = (value: unknown): unknown => (value instanceof Uint8Array ? `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}` : value);

/** Inserts `rows` into `table`, up to a thousand to a statement. */
export async function insertAll<Table extends PgTable>(tx: Db, table: Table, rows: readonly Table["$inferInsert"][]): Promise<void> {
  const columns = getTableColumns(table);
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows as readonly Record<string, unknown>[]) {
    const given = Object.keys(row).filter((key) => row[key] !== undefined);
    const signature = given.join(",");
    const record = Object.fromEntries(given.map((key) => [columns[key]!.name, asJson(row[key])]));
    const group = groups.get(signature);
    if (group) group.push(record);
    else groups.set(signature, [record]);
  }
  for (const [signature, records] of groups) {
    const names = signature.split(",").map((key) => sql.identifier(columns[key]!.name));
    const list: SQL = sql.join(names, sql`, `);
    for (let start = 0; start < records.length; start += maxRows) {
      const document = JSON.stringify(records.slice(start, start + maxRows));
      await tx.execute(sql`insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${table}, ${document}::jsonb)`);
    }
  }
}
