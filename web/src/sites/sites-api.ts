/** Calls for listing, adding and renaming sites. */
import { siteListSchema, siteSchema, type Site } from "../../../core/api/admin.js";
import { api } from "../api/client.js";

export const sitesApi = {
  list: async (): Promise<Site[]> => (await api.get("/api/sites", siteListSchema)).items,
  create: (body: { name: string }): Promise<Site> => api.post("/api/sites", body, siteSchema),
  rename: (siteId: string, body: { name: string }): Promise<Site> =>
    api.patch(`/api/sites/${encodeURIComponent(siteId)}`, body, siteSchema),
};
