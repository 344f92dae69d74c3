/**
 * Inserting many rows into one table in a single statement whose size does not grow with the rows:
 * each column goes as one text array, unnested and cast to the column's type by the database
 * (`insert … select … from unnest($1::text[], $2::text[], …)`). A multi-row `values` list of
 * thousands of rows costs more to build and to parse than to write, and is capped at 65,535
 * parameters; this is a handful of parameters, however many rows. Used where a spreadsheet import
 * writes tens of thousands of rows a minute. Values are written as the table's own columns would
 * write them (a column's `mapToDriverValue`), so a row reads back exactly as from `db.insert`.
 * Columns given in no row are left to their defaults.
 */
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./client.js";

/** One value as PostgreSQL's text input for the column's type, or null. */
function asText(column: PgColumn, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const driverValue: unknown = column.mapToDriverValue(value);
  if (driverValue === null || driverValue === undefined) return null;
  if (driverValue instanceof Uint8Array) return `\\x${Buffer.from(driverValue.buffer, driverValue.byteOffset, driverValue.byteLength).toString("hex")}`;
  if (driverValue instanceof Date) return driverValue.toISOString();
  if (typeof driverValue === "string") return driverValue;
  if (typeof driverValue === "number" || typeof driverValue === "bigint" || typeof driverValue === "boolean") return String(driverValue);
  // jsonb columns whose driver value is still an object (PGlite's drizzle leaves it to the driver).
  return JSON.stringify(driverValue);
}

/**
 * Inserts `rows` into `table` in one statement. Each row is the table's insert shape; a column
 * present in some rows and not others is null where missing (give it explicitly if it has a
 * default that must apply).
 */
export async function bulkInsert<T extends PgTable>(tx: Db, table: T, rows: readonly T["$inferInsert"][]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>).filter(([key]) =>
    rows.some((row) => (row as Record<string, unknown>)[key] !== undefined),
  );
  const arrays: SQL[] = columns.map(([key, column]) => {
    const values = rows.map((row) => asText(column, (row as Record<string, unknown>)[key]));
    return sql`${sql.param(values)}::text[]`;
  });
  const names = columns.map(([, column]) => sql.identifier(column.name));
  const casts = columns.map(([, column], index) => sql`${sql.identifier(`c${index}`)}::${sql.raw(column.getSQLType())}`);
  const aliases = columns.map((_, index) => sql.identifier(`c${index}`));
  await tx.execute(
    sql`insert into ${table} (${sql.join(names, sql`, `)}) select ${sql.join(casts, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as t(${sql.join(aliases, sql`, `)})`,
  );
}
