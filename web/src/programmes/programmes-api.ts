/**
 * Calls for programmes: the organisation's programmes and one version, importing and retiring
 * (administrators), a case's enrolments, enrolling, one enrolment (an audited read) and its steps,
 * and a site's group sessions. Every answer is parsed with the core's schema.
 */
import type { z } from "zod";
import {
  caseEnrolmentListSchema,
  enrolmentDetailSchema,
  groupSessionDetailSchema,
  groupSessionListSchema,
  groupSessionOptionsSchema,
  importProgrammeResultSchema,
  programmeListSchema,
  programmeSummarySchema,
  programmeVersionSchema,
  type EnrolmentEventBody,
  type recordGroupSessionBodySchema,
  type updateGroupSessionBodySchema,
} from "../../../core/api/programmes.js";
import { api, withQuery } from "../api/client.js";

export type ProgrammeList = z.infer<typeof programmeListSchema>;
export type Programme = z.infer<typeof programmeSummarySchema>;
export type ProgrammeVersion = z.infer<typeof programmeVersionSchema>;
export type ImportProgrammeResult = z.infer<typeof importProgrammeResultSchema>;
export type CaseEnrolmentList = z.infer<typeof caseEnrolmentListSchema>;
export type EnrolmentSummary = CaseEnrolmentList["items"][number];
export type EnrolmentDetail = z.infer<typeof enrolmentDetailSchema>;
export type EnrolmentEvent = EnrolmentEventBody["event"];
export type HistoryEntry = EnrolmentDetail["history"][number];
export type GroupSessionList = z.infer<typeof groupSessionListSchema>;
export type GroupSessionSummary = GroupSessionList["items"][number];
export type GroupSessionDetail = z.infer<typeof groupSessionDetailSchema>;
export type GroupSessionOptions = z.infer<typeof groupSessionOptionsSchema>;
export type RecordGroupSessionBody = z.infer<typeof recordGroupSessionBodySchema>;
export type UpdateGroupSessionBody = z.infer<typeof updateGroupSessionBodySchema>;

const id = encodeURIComponent;

export const programmesApi = {
  list: (): Promise<ProgrammeList> => api.get("/api/programmes", programmeListSchema),
  version: (key: string, version: number): Promise<ProgrammeVersion> => api.get(`/api/programmes/${id(key)}/versions/${version}`, programmeVersionSchema),
  import: (definition: Record<string, unknown>): Promise<ImportProgrammeResult> => api.post("/api/programmes", { definition }, importProgrammeResultSchema),
  setRetired: (key: string, isRetired: boolean): Promise<Programme> => api.put(`/api/programmes/${id(key)}/retirement`, { isRetired }, programmeSummarySchema),

  forCase: (caseId: string): Promise<CaseEnrolmentList> => api.get(`/api/cases/${id(caseId)}/enrolments`, caseEnrolmentListSchema),
  enrol: (caseId: string, programmeKey: string): Promise<EnrolmentDetail> => api.post(`/api/cases/${id(caseId)}/enrolments`, { programmeKey }, enrolmentDetailSchema),
  /** Opens an enrolment with its notes; the server records every such read. */
  enrolment: (enrolmentId: string): Promise<EnrolmentDetail> => api.get(`/api/enrolments/${id(enrolmentId)}`, enrolmentDetailSchema),
  /** Sends the version the user saw: a conflict means someone else moved the enrolment first. */
  step: (enrolmentId: string, body: EnrolmentEventBody): Promise<EnrolmentDetail> => api.post(`/api/enrolments/${id(enrolmentId)}/events`, body, enrolmentDetailSchema),

  groupSessions: (siteId: string, window: { from?: string; to?: string } = {}): Promise<GroupSessionList> =>
    api.get(withQuery(`/api/sites/${id(siteId)}/group-sessions`, window), groupSessionListSchema),
  /** Facilitators and the enrolled clients the user can see; the names read are recorded by the server. */
  groupSessionOptions: (siteId: string, programmeKey: string): Promise<GroupSessionOptions> =>
    api.get(withQuery(`/api/sites/${id(siteId)}/group-session-options`, { programmeKey }), groupSessionOptionsSchema),
  recordGroupSession: (siteId: string, body: RecordGroupSessionBody): Promise<GroupSessionDetail> => api.post(`/api/sites/${id(siteId)}/group-sessions`, body, groupSessionDetailSchema),
  groupSession: (groupSessionId: string): Promise<GroupSessionDetail> => api.get(`/api/group-sessions/${id(groupSessionId)}`, groupSessionDetailSchema),
  updateGroupSession: (groupSessionId: string, body: UpdateGroupSessionBody): Promise<GroupSessionDetail> =>
    api.put(`/api/group-sessions/${id(groupSessionId)}`, body, groupSessionDetailSchema),
};
