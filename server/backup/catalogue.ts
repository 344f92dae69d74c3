/**
 * What a database holds, read from its own catalogue rather than a hand-kept list, so a table added
 * by any migration is backed up without anyone remembering to: the tables in an order that loads
 * parents before children, and the sequences with where each has got to.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../db/client.js";
import { BackupError } from "./backup-error.js";

export const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The application's tables (the current schema's base tables), parents before the tables that refer to them. */
export async function tablesInLoadOrder(db: Db): Promise<string[]> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`,
  );
  const references = await queryRows<{ child: string; parent: string }>(
    db,
    sql`select child.relname as child, parent.relname as parent from pg_constraint k
      join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
      join pg_namespace n on n.oid = child.relnamespace
      where k.contype = 'f' and n.nspname = current_schema()`,
  );
  return orderParentsFirst(
    tables.map((t) => t.name),
    references,
  );
}

/**
 * Orders tables so every table comes after the tables its foreign keys name (alphabetical among
 * equals, so two backups of one schema list tables alike). A cycle, or a table that refers to
 * itself, would need rows loaded in a particular order within a table, which a dump by table cannot
 * promise; it is refused when the backup is taken, not discovered at restore.
 */
export function orderParentsFirst(tables: readonly string[], references: readonly { child: string; parent: string }[]): string[] {
  const parentsOf = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of references) {
    if (child === parent) throw new BackupError("unsupported", `Table ${child} refers to itself, so its rows cannot be loaded table by table.`);
    parentsOf.get(child)?.add(parent);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  let remaining = [...tables].sort();
  while (remaining.length > 0) {
    const ready = remaining.filter((t) => [...(parentsOf.get(t) ?? [])].every((p) => placed.has(p) || !parentsOf.has(p)));
    if (ready.length === 0) throw new BackupError("unsupported", `The foreign keys of ${remaining.join(", ")} form a cycle, so there is no order to load them in.`);
    for (const t of ready) {
      ordered.push(t);
      placed.add(t);
    }
    remaining = remaining.filter((t) => !placed.has(t));
  }
  return ordered;
}

export interface SequenceState {
  name: string;
  /** As text: a bigint may not fit a JavaScript number. Null when the sequence was never used. */
  lastValue: string | null;
}

/** Every sequence of the current schema (the id counters and the certificate numbers) and its last value. */
export async function sequenceStates(db: Db): Promise<SequenceState[]> {
  const rows = await queryRows<{ name: string; last_value: string | null }>(
    db,
    sql`select sequencename as name, last_value::text as last_value from pg_sequences where schemaname = current_schema() order by sequencename`,
  );
  return rows.map((row) => ({ name: row.name, lastValue: row.last_value }));
}

/** Sets a sequence so the next value it gives follows the restored rows, as it would have on the original. */
export async function restoreSequence(db: Db, state: SequenceState): Promise<void> {
  if (state.lastValue === null) return;
  await db.execute(sql`select setval(${quoteIdentifier(state.name)}::regclass, ${state.lastValue}::bigint, true)`);
}
