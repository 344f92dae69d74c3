/**
 * Spreadsheet import: an uploaded file's rows kept encrypted between the steps (upload → mapping →
 * dry run → import in batches), the problems the dry run found (row, field, problem code: no cell
 * values), the column mappings an organisation saves for reuse, and the link from a spreadsheet's
 * own reference to the record it became.
 *
 * The rows are sealed under a data key of the import's own (subject = import id); finishing,
 * discarding or expiry destroys that key and deletes the chunks, so nothing of the file outlives it.
 */
import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at, bytea, createdAt } from "./columns.js";
import { organisations, sites, users } from "./schema.js";

/** One uploaded spreadsheet and where its import stands. */
export const spreadsheetImports = pgTable(
  "spreadsheet_imports",
  {
    id: uuid("id").primaryKey(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    /** When the sealed rows are destroyed if the import has not finished. */
    expiresAt: at("expires_at").notNull(),
    /** csv or xlsx. */
    fileType: text("file_type").notNull(),
    /** uploaded, checked, importing, done, failed, discarded, expired. */
    status: text("status").notNull(),
    /** The header row, sealed under the import's key (a careless file can put a name there). */
    headers: bytea("headers"),
    rowCount: integer("row_count").notNull(),
    chunkCount: integer("chunk_count").notNull(),
    /** What the rows are (clients, referrals, cases or sessions), once mapped. */
    kind: text("kind"),
    /** The site referrals, cases and sessions are imported at (clients belong to no one site). */
    siteId: uuid("site_id").references(() => sites.id),
    /** Field → column number; no cell values. */
    columns: jsonb("columns").$type<Record<string, number>>(),
    problemRows: integer("problem_rows").notNull().default(0),
    duplicateRows: integer("duplicate_rows").notNull().default(0),
    checkedAt: at("checked_at"),
    startedAt: at("started_at"),
    chunksDone: integer("chunks_done").notNull().default(0),
    rowsImported: integer("rows_imported").notNull().default(0),
    /** Rows found to be duplicates only at import time (written by someone else since the dry run). */
    rowsSkipped: integer("rows_skipped").notNull().default(0),
    finishedAt: at("finished_at"),
    failure: text("failure"),
  },
  (t) => [index("spreadsheet_imports_org_idx").on(t.organisationId, t.createdAt)],
);

/** A run of rows, sealed as JSON under the import's key; deleted when the import ends. */
export const spreadsheetImportChunks = pgTable(
  "spreadsheet_import_chunks",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => spreadsheetImports.id),
    chunk: integer("chunk").notNull(),
    /** The file's row number of the chunk's first row (the header is row 1). */
    firstRow: integer("first_row").notNull(),
    rows: bytea("rows").notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.chunk] })],
);

/** One problem with one row: its row number, the field and a problem code. Never the cell's value. */
export const spreadsheetImportProblems = pgTable(
  "spreadsheet_import_problems",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => spreadsheetImports.id),
    organisationId: uuid("organisation_id").notNull(),
    rowNumber: integer("row_number").notNull(),
    field: text("field").notNull(),
    problem: text("problem").notNull(),
    /** For duplicates: the existing record's reference or the earlier row's number. */
    detail: text("detail"),
  },
  (t) => [index("spreadsheet_import_problems_idx").on(t.importId, t.rowNumber)],
);

/** A named column mapping, saved for the next spreadsheet of the same shape. Header names only. */
export const importMappings = pgTable(
  "import_mappings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    /** Field → header text. */
    columns: jsonb("columns").$type<Record<string, string>>().notNull(),
    updatedBy: uuid("updated_by").references(() => users.id),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [uniqueIndex("import_mappings_org_name_key").on(t.organisationId, t.name)],
);

/**
 * The spreadsheet's own reference for a record it created, as a keyed blind index (a legacy id can
 * itself be identifying), so a second import finds it and later rows can name it.
 */
export const importedReferences = pgTable(
  "imported_references",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    kind: text("kind").notNull(),
    referenceIndex: text("reference_index").notNull(),
    entityId: uuid("entity_id").notNull(),
    importId: uuid("import_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.kind, t.referenceIndex] }), index("imported_references_entity_idx").on(t.entityId)],
);
