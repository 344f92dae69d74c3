/** Calls for cases: the list, the case page, transitions, allocation, restriction, emergency access, transfer. */
import type { z } from "zod";
import type { assignmentRoles, transferBodySchema, transitionBodySchema } from "../../../core/api/cases.js";
import { breakGlassResultSchema, caseDetailSchema, caseListSchema, transferSiteListSchema } from "../../../core/api/cases.js";
import type { CaseState } from "../../../core/cases/case-state-machine.js";
import { api, withQuery } from "../api/client.js";

export type CaseList = z.infer<typeof caseListSchema>;
export type CaseSummary = CaseList["items"][number];
export type CaseDetail = z.infer<typeof caseDetailSchema>;
export type TimelineEntry = CaseDetail["timeline"][number];
export type TransitionBody = z.infer<typeof transitionBodySchema>;
export type TransferBody = z.infer<typeof transferBodySchema>;
export type AssignmentRole = (typeof assignmentRoles)[number];

const casePath = (caseId: string, action = ""): string => `/api/cases/${encodeURIComponent(caseId)}${action ? `/${action}` : ""}`;

export const casesApi = {
  list: (query: { siteId: string; state: CaseState | "open"; isMine?: boolean; page: number; pageSize: number }): Promise<CaseList> =>
    api.get(
      withQuery("/api/cases", { ...query, isMine: query.isMine ? "true" : undefined }),
      caseListSchema,
    ),
  get: (caseId: string): Promise<CaseDetail> => api.get(casePath(caseId), caseDetailSchema),
  transition: (caseId: string, body: TransitionBody): Promise<CaseDetail> => api.post(casePath(caseId, "transitions"), body, caseDetailSchema),
  assign: (caseId: string, body: { userId: string; role: AssignmentRole }): Promise<CaseDetail> =>
    api.post(casePath(caseId, "assignments"), body, caseDetailSchema),
  endAssignment: (caseId: string, userId: string): Promise<void> =>
    api.deleteNoContent(casePath(caseId, `assignments/${encodeURIComponent(userId)}`)),
  setRestriction: (caseId: string, body: { isRestricted: boolean; reason: string }): Promise<CaseDetail> =>
    api.post(casePath(caseId, "restriction"), body, caseDetailSchema),
  /** Names someone on a restricted case, so they may see it. */
  nameOnCase: (caseId: string, userId: string): Promise<CaseDetail> => api.post(casePath(caseId, "access-grants"), { userId }, caseDetailSchema),
  /** Emergency read access for an hour; audited and the case's site managers are alerted. */
  breakGlass: (caseId: string, reason: string): Promise<z.infer<typeof breakGlassResultSchema>> =>
    api.post(casePath(caseId, "break-glass"), { reason }, breakGlassResultSchema),
  /** The organisation's other sites, offered only to those who may transfer the case. */
  transferSites: async (caseId: string): Promise<{ id: string; name: string }[]> =>
    (await api.get(casePath(caseId, "transfer-sites"), transferSiteListSchema)).items,
  /** Answers no content: after the move the caller may no longer see the case. */
  transfer: (caseId: string, body: TransferBody): Promise<void> => api.postNoContent(casePath(caseId, "transfer"), body),
};
