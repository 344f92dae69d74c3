/** Calls for reviewing the audit trail: events and their export, finding a client, verification, alerts and their settings. */
import { type z } from "zod";
import {
  alertSettingsSchema,
  auditAlertListSchema,
  auditAlertSchema,
  auditClientMatchesSchema,
  auditListSchema,
  auditPeopleSchema,
  breakGlassReasonSchema,
  chainCheckListSchema,
  chainVerificationSchema,
  type AuditAlert,
  type ChainVerification,
} from "../../../core/api/audit.js";
import { api, withQuery } from "../api/client.js";

export type AuditPage = z.infer<typeof auditListSchema>;
export type AlertSettings = z.infer<typeof alertSettingsSchema>;
export type AlertStatus = AuditAlert["status"];

/** The viewer's filter as the address keeps it: ids, an action and days only, never a name. */
export interface EventFilter {
  actorUserId?: string;
  clientId?: string;
  siteId?: string;
  action?: string;
  from?: string;
  to?: string;
  breakGlassOnly?: boolean;
}

const filterQuery = (filter: EventFilter) => ({ ...filter, breakGlassOnly: filter.breakGlassOnly ? "true" : undefined });

export const auditApi = {
  verify: (): Promise<ChainVerification> => api.post("/api/audit/verification", {}, chainVerificationSchema),
  verifications: () => api.get("/api/audit/verifications", chainCheckListSchema),
  events: (filter: EventFilter, page: { page: number; pageSize: number }): Promise<AuditPage> => api.get(withQuery("/api/audit/events", { ...filterQuery(filter), ...page }), auditListSchema),
  exportUrl: (filter: EventFilter): string => withQuery("/api/audit/events.csv", filterQuery(filter)),
  options: () => api.get("/api/audit/people", auditPeopleSchema),
  findClients: (search: { reference: string } | { givenName: string; familyName?: string; dateOfBirth?: string }) => api.post("/api/audit/client-search", search, auditClientMatchesSchema),
  breakGlassReason: (eventId: number) => api.get(`/api/audit/events/${eventId}/break-glass-reason`, breakGlassReasonSchema),
  alerts: (status: AlertStatus | undefined, page: number) => api.get(withQuery("/api/audit/alerts", { status, page, pageSize: 20 }), auditAlertListSchema),
  reviewAlert: (alertId: string, body: { status: "acknowledged" | "closed"; note: string; version: number }) => api.post(`/api/audit/alerts/${alertId}/review`, body, auditAlertSchema),
  settings: () => api.get("/api/audit/alert-settings", alertSettingsSchema),
  saveSettings: (body: Omit<AlertSettings, "updatedAt" | "updatedByName">) => api.put("/api/audit/alert-settings", body, alertSettingsSchema),
};
