/** Sending an entry logged offline (core/api/outreach-offline.ts), its answer parsed with its schema. */
import { offlineEntryResultSchema, type OfflineEntryBody } from "../../../../core/api/outreach-offline.js";
import { api } from "../../api/client.js";

export const offlineApi = {
  send: (body: OfflineEntryBody) => api.post("/api/outreach/sessions/offline-entries", body, offlineEntryResultSchema),
};
