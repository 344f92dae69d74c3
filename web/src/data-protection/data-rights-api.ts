/** Calls for the register of data-rights requests and the subject access export. */
import type { z } from "zod";
import {
  clientMatchListSchema,
  exportItemListSchema,
  requestDetailSchema,
  requestListSchema,
  type CreateRequestBody,
  type DataRightsKind,
  type WithholdingsBody,
} from "../../../core/api/data-rights.js";
import { api, withQuery } from "../api/client.js";

export type RequestDetail = z.infer<typeof requestDetailSchema>;
export type RequestList = z.infer<typeof requestListSchema>;
export type ClientMatch = z.infer<typeof clientMatchListSchema>["items"][number];

const base = "/api/data-rights/requests";

export const dataRightsApi = {
  list: (filters: { kind: DataRightsKind | null; status: string; page: number }): Promise<RequestList> =>
    api.get(withQuery(base, { kind: filters.kind ?? undefined, status: filters.status, page: filters.page }), requestListSchema),
  create: (body: CreateRequestBody): Promise<RequestDetail> => api.post(base, body, requestDetailSchema),
  read: (requestId: string): Promise<RequestDetail> => api.get(`${base}/${requestId}`, requestDetailSchema),
  findClients: (query: Record<string, string | undefined>) => api.get(withQuery("/api/data-rights/client-matches", query), clientMatchListSchema),
  step: (requestId: string, step: "match" | "identity-check" | "extend" | "status", body: unknown): Promise<RequestDetail> =>
    api.post(`${base}/${requestId}/${step}`, body, requestDetailSchema),
  exportItems: (requestId: string) => api.get(`${base}/${requestId}/export/items`, exportItemListSchema),
  saveWithholdings: (requestId: string, body: WithholdingsBody) => api.put(`${base}/${requestId}/export/withholdings`, body, exportItemListSchema),
  release: (requestId: string): Promise<RequestDetail> => api.post(`${base}/${requestId}/export/release`, undefined, requestDetailSchema),
};

/** Opened by the browser with the session cookie: a preview of the export, or a released file. */
export const previewUrl = (requestId: string, file: string): string => `${base}/${requestId}/export/preview/${file}`;
export const releasedFileUrl = (requestId: string, releaseId: string, file: string): string => `${base}/${requestId}/releases/${releaseId}/${file}`;
