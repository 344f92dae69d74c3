/** Calls for the retention schedule: the rules, the review queue, approving deletion and the record of deletions. */
import type { z } from "zod";
import {
  retentionDeletionDetailSchema,
  retentionDeletionListSchema,
  retentionQueueSchema,
  retentionQueueSummarySchema,
  retentionRulesSchema,
  type ApproveDeletionBody,
  type UpdateRetentionRuleBody,
} from "../../../../core/api/retention.js";
import type { RetentionRecordType } from "../../../../core/data-protection/retention-rules.js";
import { api, withQuery } from "../../api/client.js";

export type RetentionRules = z.infer<typeof retentionRulesSchema>;
export type RetentionQueue = z.infer<typeof retentionQueueSchema>;
export type RetentionDeletionList = z.infer<typeof retentionDeletionListSchema>;
export type RetentionDeletionDetail = z.infer<typeof retentionDeletionDetailSchema>;

/** The rows a page of the queue or the record shows. */
export const retentionPageSize = 50;

export const retentionApi = {
  rules: (): Promise<RetentionRules> => api.get("/api/data-protection/retention/rules", retentionRulesSchema),
  updateRule: (recordType: RetentionRecordType, body: UpdateRetentionRuleBody): Promise<RetentionRules> =>
    api.put(`/api/data-protection/retention/rules/${recordType}`, body, retentionRulesSchema),
  queue: (status: "due" | "held", page: number): Promise<RetentionQueue> =>
    api.get(withQuery("/api/data-protection/retention/queue", { status, page, pageSize: retentionPageSize }), retentionQueueSchema),
  reviewNow: (): Promise<z.infer<typeof retentionQueueSummarySchema>> => api.post("/api/data-protection/retention/review", {}, retentionQueueSummarySchema),
  approveDeletion: (body: ApproveDeletionBody): Promise<RetentionDeletionDetail> => api.post("/api/data-protection/retention/deletions", body, retentionDeletionDetailSchema),
  deletions: (page: number): Promise<RetentionDeletionList> =>
    api.get(withQuery("/api/data-protection/retention/deletions", { page, pageSize: retentionPageSize }), retentionDeletionListSchema),
  deletion: (deletionId: string): Promise<RetentionDeletionDetail> => api.get(`/api/data-protection/retention/deletions/${deletionId}`, retentionDeletionDetailSchema),
};

/** The record of deletions as a spreadsheet, downloaded by the browser with the session cookie. */
export const deletionsCsvUrl = "/api/data-protection/retention/deletions.csv";
