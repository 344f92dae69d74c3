/** Calls for a site's partner directory (core/api/outreach-partners.ts); every answer parsed with its schema. */
import { partnerListSchema, partnerPageSchema, partnerSchema, type CreatePartnerBody, type PartnerListQuery, type UpdatePartnerBody } from "../../../../core/api/outreach-partners.js";
import { api, withQuery } from "../../api/client.js";

const id = encodeURIComponent;

export const partnersApi = {
  list: (query: PartnerListQuery & { siteId: string }) =>
    api.get(withQuery("/api/outreach/partners", { siteId: query.siteId, type: query.type, pathway: query.pathway, q: query.q, includeInactive: query.includeInactive }), partnerListSchema),
  page: (partnerId: string) => api.get(`/api/outreach/partners/${id(partnerId)}`, partnerPageSchema),
  create: (body: CreatePartnerBody) => api.post("/api/outreach/partners", body, partnerSchema),
  update: (partnerId: string, body: UpdatePartnerBody) => api.put(`/api/outreach/partners/${id(partnerId)}`, body, partnerSchema),
};
