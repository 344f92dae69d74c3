/**
 * Calls for the instrument catalogue: the organisation's instruments with their settings, one
 * stored version with its definition, an organisation's settings for an instrument, imports, and
 * the export downloads.
 */
import type { z } from "zod";
import {
  instrumentImportResultSchema,
  instrumentListSchema,
  instrumentSummarySchema,
  instrumentVersionSchema,
  type InstrumentSettings,
} from "../../../core/api/assessments.js";
import { api } from "../api/client.js";

export type InstrumentSummary = z.infer<typeof instrumentSummarySchema>;
export type InstrumentVersion = z.infer<typeof instrumentVersionSchema>;
export type ImportResult = z.infer<typeof instrumentImportResultSchema>;
export type { InstrumentSettings };

export type ImportBody = { format: "json"; document: Record<string, unknown> } | { format: "fhir"; document: Record<string, unknown>; wordingFor?: string };

/** Where the browser downloads a version's definition (a GET: the cookie is enough). */
export const exportUrl = (versionId: string, format: "json" | "fhir"): string =>
  `/api/instruments/versions/${encodeURIComponent(versionId)}/export?format=${format}`;

export const instrumentsApi = {
  list: async (): Promise<InstrumentSummary[]> => (await api.get("/api/instruments", instrumentListSchema)).items,
  version: (versionId: string): Promise<InstrumentVersion> => api.get(`/api/instruments/versions/${encodeURIComponent(versionId)}`, instrumentVersionSchema),
  saveSettings: (key: string, settings: InstrumentSettings): Promise<InstrumentSummary> =>
    api.put(`/api/instruments/${encodeURIComponent(key)}/settings`, settings, instrumentSummarySchema),
  import: (body: ImportBody): Promise<ImportResult> => api.post("/api/instruments/imports", body, instrumentImportResultSchema),
};
