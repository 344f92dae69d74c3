/** Calls for outreach schedules, the calendar and logged sessions (core/api/outreach-sessions.ts); every answer parsed with its schema. */
import {
  outreachCalendarSchema,
  outreachScheduleSchema,
  outreachSessionDetailSchema,
  outreachSessionListSchema,
  scheduleListSchema,
  type CreateScheduleBody,
  type LogSessionBody,
  type UpdateOutreachSessionBody,
  type UpdateScheduleBody,
} from "../../../../core/api/outreach-sessions.js";
import { api, withQuery } from "../../api/client.js";

export interface SessionListFilters {
  siteId: string;
  from?: string;
  to?: string;
  partnerId?: string;
  page?: number;
}

export const outreachSessionsApi = {
  schedules: (siteId: string) => api.get(withQuery("/api/outreach/schedules", { siteId }), scheduleListSchema),
  createSchedule: (body: CreateScheduleBody) => api.post("/api/outreach/schedules", body, outreachScheduleSchema),
  updateSchedule: (scheduleId: string, body: UpdateScheduleBody) => api.put(`/api/outreach/schedules/${scheduleId}`, body, outreachScheduleSchema),
  calendar: (siteId: string, from: string, to: string) => api.get(withQuery("/api/outreach/calendar", { siteId, from, to }), outreachCalendarSchema),
  sessions: (filters: SessionListFilters) => api.get(withQuery("/api/outreach/sessions", { ...filters }), outreachSessionListSchema),
  session: (sessionId: string) => api.get(`/api/outreach/sessions/${sessionId}`, outreachSessionDetailSchema),
  log: (body: LogSessionBody) => api.post("/api/outreach/sessions", body, outreachSessionDetailSchema),
  update: (sessionId: string, body: UpdateOutreachSessionBody) => api.put(`/api/outreach/sessions/${sessionId}`, body, outreachSessionDetailSchema),
};
