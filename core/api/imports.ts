/** Request and response shapes for importing spreadsheets: upload, mapping, dry run, progress, saved mappings. */
import { z } from "zod";
import { importKinds, importProblems } from "../import/cells.js";
import { importFieldNames } from "../import/kinds.js";
import { displayTextSchema, idSchema } from "./common.js";

export { importKinds };
export const importStatuses = ["uploaded", "checked", "importing", "done", "failed", "discarded", "expired"] as const;

export const importParamsSchema = z.strictObject({ importId: idSchema });

/** The file as base64; its name is not sent, since a file name can itself name a person. */
export const uploadImportBodySchema = z.strictObject({ dataBase64: z.string().min(1, { message: "Choose a file." }).base64({ message: "The file did not arrive intact." }) });

/** Field → column number (from 0) in the file; the fields are those of the chosen kind (core/import/kinds.ts). */
export const importColumnsSchema = z.partialRecord(z.enum(importFieldNames), z.number().int().min(0).max(99));

export const checkImportBodySchema = z.strictObject({
  kind: z.enum(importKinds),
  columns: importColumnsSchema,
  /** For referrals, cases and sessions: the site they belong to (clients belong to none). */
  siteId: idSchema.optional(),
  /** Save the mapping under this name for the next file of the same shape. */
  saveAs: displayTextSchema(80).optional(),
});

export const importProblemSchema = z.object({
  rowNumber: z.number().int(),
  field: z.string(),
  problem: z.enum(importProblems),
  detail: z.string().nullable(),
});

export const spreadsheetImportSchema = z.object({
  id: idSchema,
  status: z.enum(importStatuses),
  fileType: z.enum(["csv", "xlsx"]),
  /** The header row; empty once the import has ended and its sealed rows are destroyed. */
  headers: z.array(z.string()),
  rowCount: z.number().int(),
  kind: z.enum(importKinds).nullable(),
  columns: importColumnsSchema.nullable(),
  /** For referrals, cases and sessions: the site they go to. */
  siteId: idSchema.nullable(),
  /** Columns guessed from the headers, for each kind. */
  suggestedColumns: z.partialRecord(z.enum(importKinds), importColumnsSchema),
  problemRows: z.number().int(),
  duplicateRows: z.number().int(),
  /** Rows the import will write: neither a problem nor a duplicate. */
  readyRows: z.number().int(),
  problemCounts: z.partialRecord(z.enum(importProblems), z.number().int()),
  /** The first problems, in row order; the error report has them all. */
  problems: z.array(importProblemSchema),
  batchCount: z.number().int(),
  batchesDone: z.number().int(),
  rowsImported: z.number().int(),
  rowsSkipped: z.number().int(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  checkedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  failure: z.string().nullable(),
});

export const spreadsheetImportListSchema = z.object({
  items: z.array(spreadsheetImportSchema.pick({ id: true, status: true, fileType: true, rowCount: true, kind: true, rowsImported: true, createdAt: true, finishedAt: true })),
});

export const importMappingSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(importKinds),
  /** Field → header text, so the mapping fits any file with those headers. */
  columns: z.partialRecord(z.enum(importFieldNames), z.string()),
  updatedAt: z.iso.datetime(),
});
export const importMappingListSchema = z.object({ items: z.array(importMappingSchema) });
export const importMappingParamsSchema = z.strictObject({ mappingId: idSchema });
