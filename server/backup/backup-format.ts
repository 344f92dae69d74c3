/**
 * The backup's contents once decrypted and decompressed: lines of text. A line starting with "#"
 * is a record about the backup (JSON after the "#"); every other line is one row of the table
 * named by the last "#table" record, as the database's own JSON of the row. Layout:
 *
 *   #{"kind":"header", format, appVersion, createdAt, sourceKind, migration, tables}
 *   #{"kind":"table","name":…}   rows…   #{"kind":"end","table":…,"rows":n,"sha256":…}   (each table, in load order)
 *   #{"kind":"sequences","sequences":[…]}
 *   #{"kind":"trailer","rows":total}
 *
 * Each table's end record carries its row count and the SHA-256 of its row lines, and the reader
 * checks both, so a backup is known complete and whole before any of it is used.
 */
import { createHash, type Hash } from "node:crypto";
import { z } from "zod";
import { BackupError } from "./backup-error.js";

export const backupFormat = "pathways-backup";
export const backupFormatVersion = 1;

const migrationSchema = z.object({ count: z.number().int().min(1), tag: z.string().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/) });

export const headerSchema = z.object({
  kind: z.literal("header"),
  format: z.literal(backupFormat),
  formatVersion: z.literal(backupFormatVersion),
  appVersion: z.string(),
  createdAt: z.string(),
  sourceKind: z.enum(["pglite", "postgres"]),
  migration: migrationSchema,
  tables: z.array(z.string().min(1)),
});
export type BackupHeaderRecord = z.infer<typeof headerSchema>;

const sequenceSchema = z.object({ name: z.string().min(1), lastValue: z.string().regex(/^-?[0-9]+$/).nullable() });

const recordSchema = z.discriminatedUnion("kind", [
  headerSchema,
  z.object({ kind: z.literal("table"), name: z.string().min(1) }),
  z.object({ kind: z.literal("end"), table: z.string().min(1), rows: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  z.object({ kind: z.literal("sequences"), sequences: z.array(sequenceSchema) }),
  z.object({ kind: z.literal("trailer"), rows: z.number().int().min(0) }),
]);
type BackupRecord = z.infer<typeof recordSchema>;

export const recordLine = (record: BackupRecord): string => `#${JSON.stringify(record)}\n`;

/** What a whole, checked backup holds. */
export interface BackupManifest {
  header: BackupHeaderRecord;
  tables: { name: string; rows: number; sha256: string }[];
  sequences: z.infer<typeof sequenceSchema>[];
  rows: number;
}

/** Receives the rows as they are read, in batches of one table's rows. */
export interface BackupSink {
  start(header: BackupHeaderRecord): Promise<void>;
  rows(table: string, lines: string[]): Promise<void>;
}

const batchRows = 2000;
const batchBytes = 4 * 1024 * 1024;

/**
 * Reads the lines of a backup in order, checking the layout, every table's count and checksum, and
 * that it ends with its trailer; hands the rows to `sink` when one is given. Throws `damaged` at the
 * first thing out of place.
 */
export class BackupReader {
  private header: BackupHeaderRecord | undefined;
  private table: { name: string; rows: number; hash: Hash } | undefined;
  private readonly tables: BackupManifest["tables"] = [];
  private sequences: BackupManifest["sequences"] | undefined;
  private trailerRows: number | undefined;
  private batch: string[] = [];
  private batchSize = 0;

  constructor(private readonly sink?: BackupSink) {}

  async line(text: string): Promise<void> {
    if (this.trailerRows !== undefined) throw damaged("there is more after its end");
    if (!text.startsWith("#")) return this.row(text);
    await this.flush();
    const record = parseRecord(text.slice(1));
    if (!this.header) {
      if (record.kind !== "header") throw damaged("it does not start with its header");
      this.header = record;
      await this.sink?.start(record);
      return;
    }
    switch (record.kind) {
      case "table":
        if (this.table || this.sequences) throw damaged(`table ${record.name} starts in the wrong place`);
        if (this.header.tables[this.tables.length] !== record.name) throw damaged(`table ${record.name} is not the one its header lists next`);
        this.table = { name: record.name, rows: 0, hash: createHash("sha256") };
        return;
      case "end": {
        const table = this.table;
        if (!table || table.name !== record.table) throw damaged(`table ${record.table} ends where it did not start`);
        const sha256 = table.hash.digest("hex");
        if (table.rows !== record.rows || sha256 !== record.sha256) throw damaged(`table ${record.table}'s rows do not match its checksum`);
        this.tables.push({ name: table.name, rows: table.rows, sha256 });
        this.table = undefined;
        return;
      }
      case "sequences":
        if (this.table || this.sequences || this.tables.length !== this.header.tables.length) throw damaged("its tables are incomplete");
        this.sequences = record.sequences;
        return;
      case "trailer":
        if (!this.sequences || record.rows !== this.totalRows()) throw damaged("its end does not match what came before");
        this.trailerRows = record.rows;
        return;
      case "header":
        throw damaged("it has a second header");
    }
  }

  /** The manifest, once the whole backup has been read; `damaged` if it stopped early. */
  finish(): BackupManifest {
    if (!this.header || !this.sequences || this.trailerRows === undefined) throw damaged("it stops before its end");
    return { header: this.header, tables: this.tables, sequences: this.sequences, rows: this.trailerRows };
  }

  private async row(text: string): Promise<void> {
    const table = this.table;
    if (!table) throw damaged("a row lies outside any table");
    table.rows += 1;
    table.hash.update(text).update("\n");
    if (!this.sink) return;
    this.batch.push(text);
    this.batchSize += text.length;
    if (this.batch.length >= batchRows || this.batchSize >= batchBytes) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0 || !this.table || !this.sink) return;
    const lines = this.batch;
    this.batch = [];
    this.batchSize = 0;
    await this.sink.rows(this.table.name, lines);
  }

  private totalRows(): number {
    return this.tables.reduce((sum, table) => sum + table.rows, 0);
  }
}

function parseRecord(json: string): BackupRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw damaged("a record in it is not readable");
  }
  const parsed = recordSchema.safeParse(raw);
  if (!parsed.success) {
    const isOtherFormat = typeof raw === "object" && raw !== null && "kind" in raw && raw.kind === "header" && "formatVersion" in raw && raw.formatVersion !== backupFormatVersion;
    if (isOtherFormat) throw new BackupError("unsupported", "This backup's contents are in a format this version of Pathways does not read.");
    throw damaged("a record in it is not one a backup holds");
  }
  return parsed.data;
}

const damaged = (what: string) => new BackupError("damaged", `The backup is damaged: ${what}. Nothing from it is used.`);
