/**
 * Calls for sessions: a case's sessions (no notes), recording one, opening one with its notes (an
 * audited read: only on the user's click), changing one, a worker's day at once, and the signed-in
 * worker's calendar. Every answer is parsed with the core's schema.
 */
import type { z } from "zod";
import {
  caseSessionListSchema,
  myCalendarSchema,
  recordedDaySchema,
  sessionDetailSchema,
  sessionSummarySchema,
  type RecordDayBody,
  type RecordSessionBody,
  type UpdateSessionBody,
} from "../../../core/api/sessions.js";
import { api, withQuery } from "../api/client.js";

export type CaseSessionList = z.infer<typeof caseSessionListSchema>;
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
export type SessionDetail = z.infer<typeof sessionDetailSchema>;
export type MyCalendar = z.infer<typeof myCalendarSchema>;
export type CalendarEntry = MyCalendar["items"][number];
export type SessionWorker = SessionSummary["workers"][number];

const sessionPath = (sessionId: string): string => `/api/sessions/${encodeURIComponent(sessionId)}`;
const caseSessionsPath = (caseId: string): string => `/api/cases/${encodeURIComponent(caseId)}/sessions`;

export const sessionsApi = {
  forCase: (caseId: string, page: number, pageSize: number): Promise<CaseSessionList> => api.get(withQuery(caseSessionsPath(caseId), { page, pageSize }), caseSessionListSchema),
  record: (caseId: string, body: RecordSessionBody): Promise<SessionSummary> => api.post(caseSessionsPath(caseId), body, sessionSummarySchema),
  /** Opens a session with its notes; the server records every such read. */
  open: (sessionId: string): Promise<SessionDetail> => api.get(sessionPath(sessionId), sessionDetailSchema),
  update: (sessionId: string, body: UpdateSessionBody): Promise<SessionSummary> => api.put(sessionPath(sessionId), body, sessionSummarySchema),
  recordDay: (body: RecordDayBody): Promise<SessionSummary[]> => api.post("/api/sessions/batch", body, recordedDaySchema).then((answer) => answer.items),
  myCalendar: (window: { from: string; to: string }): Promise<MyCalendar> => api.get(withQuery("/api/me/sessions", window), myCalendarSchema),
};
