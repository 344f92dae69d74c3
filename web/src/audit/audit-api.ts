/** Calls for the audit log: chain verification and the list of recent events. */
import { type z } from "zod";
import { auditListSchema, chainVerificationSchema, type ChainVerification } from "../../../core/api/audit.js";
import { api, withQuery } from "../api/client.js";

export type AuditPage = z.infer<typeof auditListSchema>;

export const auditApi = {
  verify: (): Promise<ChainVerification> => api.post("/api/audit/verification", {}, chainVerificationSchema),
  events: (query: { page: number; pageSize: number }): Promise<AuditPage> =>
    api.get(withQuery("/api/audit/events", query), auditListSchema),
};
