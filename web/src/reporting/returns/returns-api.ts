/** Calls for returns, the trends report, report runs and releases (core/api/reporting-returns.ts); every answer parsed with its schema. */
import { askedReportSchema, commissioningSchema, releaseListSchema, releaseSchema, reportRunSchema } from "../../../../core/api/reporting-returns.js";
import { api, withQuery } from "../../api/client.js";

const id = encodeURIComponent;

export const returnsApi = {
  commissioning: () => api.get("/api/reporting/commissioning", commissioningSchema),
  askReturn: (body: { contractId: string; quarter: string; isRevision?: boolean }) => api.post("/api/reporting/returns", body, askedReportSchema),
  askTrends: (body: { from: string; to: string }) => api.post("/api/reporting/trends", body, askedReportSchema),
  run: (runId: string) => api.get(`/api/reporting/runs/${id(runId)}`, reportRunSchema),
  releases: (contractId?: string) => api.get(withQuery("/api/reporting/releases", { contractId }), releaseListSchema),
  release: (releaseId: string) => api.get(`/api/reporting/releases/${id(releaseId)}`, releaseSchema),
  /** Where the browser downloads a release's file, exactly as released (the server audits it). */
  fileUrl: (releaseId: string, format: "pdf" | "csv") => `/api/reporting/releases/${id(releaseId)}/${format}`,
};
