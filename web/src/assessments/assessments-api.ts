/**
 * Calls for assessments: a case's assessments and the re-assessments due, starting one, the
 * autosaved draft, submitting, approving, returning, amending and discarding, and the FHIR
 * QuestionnaireResponse download. Every answer is parsed with the core's schema.
 */
import type { z } from "zod";
import {
  assessmentDetailSchema,
  caseAssessmentListSchema,
  draftSavedSchema,
  type saveDraftBodySchema,
} from "../../../core/api/assessments.js";
import { api } from "../api/client.js";

export type AssessmentDetail = z.infer<typeof assessmentDetailSchema>;
export type CaseAssessmentList = z.infer<typeof caseAssessmentListSchema>;
export type AssessmentListItem = CaseAssessmentList["items"][number];
export type ReassessmentDue = CaseAssessmentList["due"][number];
export type DraftSaved = z.infer<typeof draftSavedSchema>;
export type SaveDraftBody = z.infer<typeof saveDraftBodySchema>;

const assessmentPath = (assessmentId: string, action = ""): string =>
  `/api/assessments/${encodeURIComponent(assessmentId)}${action ? `/${action}` : ""}`;

/** Where the browser downloads a response as a FHIR QuestionnaireResponse (a GET: the cookie is enough). */
export const fhirResponseUrl = (assessmentId: string): string => assessmentPath(assessmentId, "fhir");

export const assessmentsApi = {
  forCase: (caseId: string): Promise<CaseAssessmentList> => api.get(`/api/cases/${encodeURIComponent(caseId)}/assessments`, caseAssessmentListSchema),
  start: (caseId: string, body: { instrumentKey: string; assessedOn?: string }): Promise<AssessmentDetail> =>
    api.post(`/api/cases/${encodeURIComponent(caseId)}/assessments`, body, assessmentDetailSchema),
  get: (assessmentId: string): Promise<AssessmentDetail> => api.get(assessmentPath(assessmentId), assessmentDetailSchema),
  /** `keepalive` lets the save finish while the page is being left or hidden. */
  saveDraft: (assessmentId: string, body: SaveDraftBody, options: { keepalive?: boolean } = {}): Promise<DraftSaved> =>
    api.put(assessmentPath(assessmentId, "draft"), body, draftSavedSchema, options),
  /** Submits the final answers (saved and submitted in one step), with the version the last save returned. */
  submit: (assessmentId: string, body: SaveDraftBody): Promise<AssessmentDetail> => api.post(assessmentPath(assessmentId, "submit"), body, assessmentDetailSchema),
  approve: (assessmentId: string, note: string): Promise<AssessmentDetail> =>
    api.post(assessmentPath(assessmentId, "approve"), note.trim() ? { note: note.trim() } : {}, assessmentDetailSchema),
  returnForChanges: (assessmentId: string, reason: string): Promise<AssessmentDetail> =>
    api.post(assessmentPath(assessmentId, "return"), { reason }, assessmentDetailSchema),
  amend: (assessmentId: string, reason: string): Promise<AssessmentDetail> => api.post(assessmentPath(assessmentId, "amendments"), { reason }, assessmentDetailSchema),
  discard: (assessmentId: string): Promise<void> => api.deleteNoContent(assessmentPath(assessmentId)),
};
