/** Calls for social value (core/api/social-value.ts); every answer parsed with its schema. */
import {
  calculationListSchema,
  calculationSchema,
  catalogueImportSchema,
  catalogueListSchema,
  catalogueVersionsSchema,
  deflatorsViewSchema,
  mappingListSchema,
  publishedReportListSchema,
  publishedReportSchema,
  reproductionSchema,
  sensitivitySchema,
  settingsViewSchema,
  socialValueOptionsSchema,
  type CreateCatalogueEntryBody,
  type PutDeflatorsBody,
  type PutSettingsBody,
  type RunCalculationBody,
  type UpdateCatalogueEntryBody,
  type UpdateMappingBody,
} from "../../../../core/api/social-value.js";
import { api, withQuery } from "../../api/client.js";

const id = encodeURIComponent;

export const socialValueApi = {
  options: () => api.get("/api/social-value/options", socialValueOptionsSchema),
  calculations: (scopeKey?: string) => api.get(withQuery("/api/social-value/calculations", { scopeKey }), calculationListSchema),
  calculation: (calculationId: string) => api.get(`/api/social-value/calculations/${id(calculationId)}`, calculationSchema),
  run: (body: RunCalculationBody) => api.post("/api/social-value/calculations", body, calculationSchema),
  reproduction: (calculationId: string) => api.get(`/api/social-value/calculations/${id(calculationId)}/reproduction`, reproductionSchema),
  sensitivity: (calculationId: string) => api.get(`/api/social-value/calculations/${id(calculationId)}/sensitivity`, sensitivitySchema),
  /** Where the browser downloads a calculation's printed report (its published version). */
  pdfUrl: (calculationId: string) => `/api/social-value/calculations/${id(calculationId)}/pdf`,

  catalogue: () => api.get("/api/social-value/catalogue", catalogueListSchema),
  entryVersions: (code: string) => api.get(`/api/social-value/catalogue/${id(code)}`, catalogueVersionsSchema),
  addEntry: (body: CreateCatalogueEntryBody) => api.post("/api/social-value/catalogue", body, catalogueVersionsSchema),
  changeEntry: (code: string, body: UpdateCatalogueEntryBody) => api.put(`/api/social-value/catalogue/${id(code)}`, body, catalogueVersionsSchema),
  importCatalogue: (csv: string) => api.post("/api/social-value/catalogue/import", { csv }, catalogueImportSchema),
  catalogueCsvUrl: "/api/social-value/catalogue.csv",

  mappings: () => api.get("/api/social-value/mappings", mappingListSchema),
  changeMapping: (outcomeCode: string, body: UpdateMappingBody) => api.put(`/api/social-value/mappings/${id(outcomeCode)}`, body, mappingListSchema),

  settings: () => api.get("/api/social-value/settings", settingsViewSchema),
  changeSettings: (body: PutSettingsBody) => api.put("/api/social-value/settings", body, settingsViewSchema),
  deflators: () => api.get("/api/social-value/deflators", deflatorsViewSchema),
  changeDeflators: (body: PutDeflatorsBody) => api.put("/api/social-value/deflators", body, deflatorsViewSchema),

  reports: (contractId?: string) => api.get(withQuery("/api/social-value/reports", { contractId }), publishedReportListSchema),
  report: (calculationId: string) => api.get(`/api/social-value/reports/${id(calculationId)}`, publishedReportSchema),
  reportPdfUrl: (calculationId: string) => `/api/social-value/reports/${id(calculationId)}/pdf`,
};
