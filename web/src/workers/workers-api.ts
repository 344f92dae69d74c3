/** Calls for workers: a site's workers, one profile and saving it, conflicts of interest on a case, matching, the caseload dashboard. */
import type { z } from "zod";
import {
  caseloadSchema,
  conflictListSchema,
  workerDetailSchema,
  workerListSchema,
  workerMatchesSchema,
  type Caseload,
  type RecordConflictBody,
  type SaveWorkerProfileBody,
  type Worker,
  type WorkerDetail,
  type WorkerMatches,
} from "../../../core/api/workers.js";
import { api, withQuery } from "../api/client.js";

export type ConflictList = z.infer<typeof conflictListSchema>;
export type { Caseload, Worker, WorkerDetail, WorkerMatches };

const casePath = (caseId: string, action: string): string => `/api/cases/${encodeURIComponent(caseId)}/${action}`;
const workerPath = (userId: string): string => `/api/workers/${encodeURIComponent(userId)}`;

export const workersApi = {
  list: async (siteId: string): Promise<Worker[]> => (await api.get(withQuery("/api/workers", { siteId }), workerListSchema)).items,
  get: (userId: string): Promise<WorkerDetail> => api.get(workerPath(userId), workerDetailSchema),
  save: (userId: string, body: SaveWorkerProfileBody): Promise<WorkerDetail> => api.put(workerPath(userId), body, workerDetailSchema),
  /** Audited: a conflict says something about the client. */
  conflicts: (caseId: string): Promise<ConflictList> => api.get(casePath(caseId, "conflicts"), conflictListSchema),
  recordConflict: (caseId: string, body: RecordConflictBody): Promise<ConflictList> => api.post(casePath(caseId, "conflicts"), body, conflictListSchema),
  withdrawConflict: (caseId: string, conflictId: string): Promise<ConflictList> =>
    api.post(casePath(caseId, `conflicts/${encodeURIComponent(conflictId)}/withdraw`), {}, conflictListSchema),
  /** Audited: ranking reads the client's preferences, assessment and plan. */
  matches: (caseId: string): Promise<WorkerMatches> => api.get(casePath(caseId, "worker-matches"), workerMatchesSchema),
  caseload: (siteId: string): Promise<Caseload> => api.get(`/api/sites/${encodeURIComponent(siteId)}/caseload`, caseloadSchema),
};
