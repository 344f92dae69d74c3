/** The choices outreach forms offer at a site (core/api/outreach.ts); each part of outreach has its own calls beside this. */
import { outreachOptionsSchema } from "../../../core/api/outreach.js";
import { api, withQuery } from "../api/client.js";

export const outreachApi = {
  options: (siteId: string) => api.get(withQuery("/api/outreach/options", { siteId }), outreachOptionsSchema),
};
