/** Calls for listing, adding and renaming sites, and for the people who work at one. */
import { siteListSchema, siteSchema, type Site } from "../../../core/api/admin.js";
import { siteStaffSchema, type SiteStaffMember } from "../../../core/api/staff.js";
import { api } from "../api/client.js";

export const sitesApi = {
  list: async (): Promise<Site[]> => (await api.get("/api/sites", siteListSchema)).items,
  create: (body: { name: string }): Promise<Site> => api.post("/api/sites", body, siteSchema),
  rename: (siteId: string, body: { name: string }): Promise<Site> =>
    api.patch(`/api/sites/${encodeURIComponent(siteId)}`, body, siteSchema),
  /** Who works at the site and the roles they could take on its cases (for those who allocate work there). */
  staff: async (siteId: string): Promise<SiteStaffMember[]> =>
    (await api.get(`/api/sites/${encodeURIComponent(siteId)}/staff`, siteStaffSchema)).items,
};
