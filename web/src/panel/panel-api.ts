/**
 * Calls for the Community Safeguarding Panel: escalations from a case and the lead's steps on them,
 * members, meetings with their agendas and attendance, the redacted case a member reads within the
 * access window, decisions, actions, external referrals and the dashboard. Every answer is parsed
 * with the core's schema (core/api/panel.ts).
 */
import type { z } from "zod";
import {
  actionListSchema,
  actionViewSchema,
  caseEscalationListSchema,
  caseExternalReferralListSchema,
  createdMemberSchema,
  decisionViewSchema,
  escalationDetailSchema,
  escalationPreviewSchema,
  escalationQueueSchema,
  externalReferralSchema,
  meetingDetailSchema,
  meetingListSchema,
  memberListSchema,
  memberSchema,
  panelCaseSchema,
  panelDashboardSchema,
  type ActionEventRequest,
  type CreateMeetingBody,
  type CreateMemberBody,
  type EscalateBody,
  type EscalationEventBody,
  type ExcerptsBody,
  type ExternalReferralEventBody,
  type RecordDecisionBody,
  type UpdateMeetingBody,
  type UpdateMemberBody,
} from "../../../core/api/panel.js";
import type { ReferralInput } from "../../../core/panel/decisions.js";
import { api, withQuery } from "../api/client.js";

export type MeetingList = z.infer<typeof meetingListSchema>;
export type MemberList = z.infer<typeof memberListSchema>;
export type CreatedMember = z.infer<typeof createdMemberSchema>;
export type CaseExternalReferrals = z.infer<typeof caseExternalReferralListSchema>;
/** The states a site's escalation queue is shown in: waiting for the lead, on an agenda, returned to the worker. */
export type QueueState = "submitted" | "accepted" | "returned";
export type ActionFilter = { status: "open" | "overdue" | "all"; mine: boolean };

const id = encodeURIComponent;
const escalationPath = (escalationId: string) => `/api/panel/escalations/${id(escalationId)}`;
const meetingPath = (meetingId: string) => `/api/panel/meetings/${id(meetingId)}`;
const site = (siteId: string | null) => ({ siteId: siteId ?? undefined });

export const panelApi = {
  caseEscalations: (caseId: string) => api.get(`/api/cases/${id(caseId)}/escalations`, caseEscalationListSchema),
  /** The new escalation, with any identifying text found in what was written (for rewording). */
  previewEscalation: (caseId: string, body: EscalateBody) => api.post(`/api/cases/${id(caseId)}/escalations/preview`, body, escalationPreviewSchema),
  escalate: (caseId: string, body: EscalateBody) => api.post(`/api/cases/${id(caseId)}/escalations`, body, escalationDetailSchema),
  escalation: (escalationId: string) => api.get(escalationPath(escalationId), escalationDetailSchema),
  /** The site's queue in one state, urgent first and then the longest waiting. */
  escalationQueue: (siteId: string, state: QueueState) => api.get(withQuery("/api/panel/escalations", { siteId, state }), escalationQueueSchema),
  escalationEvent: (escalationId: string, body: EscalationEventBody) => api.post(`${escalationPath(escalationId)}/events`, body, escalationDetailSchema),
  chooseExcerpts: (escalationId: string, body: ExcerptsBody) => api.put(`${escalationPath(escalationId)}/excerpts`, body, escalationDetailSchema),

  members: (siteId: string | null) => api.get(withQuery("/api/panel/members", site(siteId)), memberListSchema),
  addMember: (body: CreateMemberBody) => api.post("/api/panel/members", body, createdMemberSchema),
  updateMember: (memberId: string, body: UpdateMemberBody) => api.put(`/api/panel/members/${id(memberId)}`, body, memberSchema),

  meetings: (siteId: string | null, when: "upcoming" | "past") => api.get(withQuery("/api/panel/meetings", { ...site(siteId), when }), meetingListSchema),
  scheduleMeeting: (body: CreateMeetingBody) => api.post("/api/panel/meetings", body, meetingDetailSchema),
  meeting: (meetingId: string) => api.get(meetingPath(meetingId), meetingDetailSchema),
  /** A change to the meeting's time, place, window or attendees, with the version seen (409 when someone changed it meanwhile). */
  updateMeeting: (meetingId: string, body: UpdateMeetingBody) => api.put(meetingPath(meetingId), body, meetingDetailSchema),
  cancelMeeting: (meetingId: string, body: { reason: string; version: number }) => api.post(`${meetingPath(meetingId)}/cancel`, body, meetingDetailSchema),
  recordAttendance: (meetingId: string, attendance: { memberId: string; attended: boolean }[]) => api.put(`${meetingPath(meetingId)}/attendance`, { attendance }, meetingDetailSchema),
  /** The signed-in member's own conflict on one agenda case: the case is hidden from them from then on. */
  declareConflict: (meetingId: string, caseId: string) => api.postNoContent(`${meetingPath(meetingId)}/conflicts`, { caseId }),
  /** The lead records that an attendee declared a conflict on one agenda case; the meeting as it now stands. */
  recordConflict: (meetingId: string, caseId: string, memberId: string) => api.post(`${meetingPath(meetingId)}/conflicts`, { caseId, memberId }, meetingDetailSchema),
  minutesUrl: (meetingId: string) => `${meetingPath(meetingId)}/minutes.pdf`,
  /** One decision's full record for the case file, with the client's name: for staff who see the case. */
  caseRecordUrl: (decisionId: string) => `/api/panel/decisions/${id(decisionId)}/case-record.pdf`,

  /** The redacted summary; every read is audited by the server. */
  panelCase: (meetingId: string, caseId: string) => api.get(`${meetingPath(meetingId)}/cases/${id(caseId)}`, panelCaseSchema),
  recordDecision: (meetingId: string, caseId: string, body: RecordDecisionBody) => api.post(`${meetingPath(meetingId)}/cases/${id(caseId)}/decision`, body, decisionViewSchema),

  actions: (siteId: string | null, filter: ActionFilter) => api.get(withQuery("/api/panel/actions", { ...site(siteId), status: filter.status, mine: String(filter.mine) }), actionListSchema),
  actionEvent: (actionId: string, body: ActionEventRequest) => api.post(`/api/panel/actions/${id(actionId)}/events`, body, actionViewSchema),

  caseReferrals: (caseId: string) => api.get(`/api/cases/${id(caseId)}/external-referrals`, caseExternalReferralListSchema),
  addReferral: (caseId: string, body: ReferralInput) => api.post(`/api/cases/${id(caseId)}/external-referrals`, body, externalReferralSchema),
  referralEvent: (referralId: string, body: ExternalReferralEventBody) => api.post(`/api/external-referrals/${id(referralId)}/events`, body, externalReferralSchema),

  dashboard: (siteId: string | null) => api.get(withQuery("/api/panel/dashboard", site(siteId)), panelDashboardSchema),
};
