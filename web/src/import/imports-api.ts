/** Calls for importing spreadsheets (core/api/imports.ts). */
import { type z } from "zod";
import { importMappingListSchema, spreadsheetImportListSchema, spreadsheetImportSchema } from "../../../core/api/imports.js";
import type { ImportKind } from "../../../core/import/cells.js";
import type { ImportField } from "../../../core/import/kinds.js";
import { isSiteKind } from "../../../core/import/kinds.js";
import { api } from "../api/client.js";

export type SpreadsheetImport = z.infer<typeof spreadsheetImportSchema>;
export type ImportMapping = z.infer<typeof importMappingListSchema>["items"][number];
export type Columns = Partial<Record<ImportField, number>>;

/** The file as base64, read in the browser; its name is never sent. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

export const importsApi = {
  list: () => api.get("/api/imports", spreadsheetImportListSchema),
  get: (id: string) => api.get(`/api/imports/${id}`, spreadsheetImportSchema),
  upload: async (file: File) => api.post("/api/imports", { dataBase64: await base64Of(file) }, spreadsheetImportSchema),
  /** The dry run with this mapping; the site goes only with referrals, cases and sessions, the name only when given. */
  check: (id: string, choice: { kind: ImportKind; columns: Columns; siteId: string; saveAs: string }) =>
    api.post(
      `/api/imports/${id}/check`,
      { kind: choice.kind, columns: choice.columns, ...(isSiteKind(choice.kind) && choice.siteId ? { siteId: choice.siteId } : {}), ...(choice.saveAs.trim() ? { saveAs: choice.saveAs.trim() } : {}) },
      spreadsheetImportSchema,
    ),
  start: (id: string) => api.post(`/api/imports/${id}/start`, undefined, spreadsheetImportSchema),
  discard: (id: string) => api.deleteNoContent(`/api/imports/${id}`),
  mappings: () => api.get("/api/import-mappings", importMappingListSchema),
  reportUrl: (id: string) => `/api/imports/${id}/problems.csv`,
};
