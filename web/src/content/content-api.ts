/**
 * Calls for the public site's content as staff work on it: articles, case studies (from their
 * case), image uploads and the organisation's public details. Every answer is parsed with the
 * core's schema.
 */
import { type z } from "zod";
import {
  caseCaseStudiesSchema,
  caseStudyCheckSchema,
  contentItemSchema,
  contentPageSchema,
  siteSettingsSchema,
  uploadedImageSchema,
  type ContentItem,
  type CreateArticleBody,
  type SiteSettings,
  type UpdateContentBody,
  type UpdateSiteSettingsBody,
} from "../../../core/api/content.js";
import type { ContentAction } from "../../../core/content/workflow.js";
import { api, withQuery } from "../api/client.js";

export type { ContentItem, ContentSummary, IdentityWarning, SiteSettings } from "../../../core/api/content.js";
export type ContentKindPath = "articles" | "case-studies";
export type VersionInput = CreateArticleBody["versions"][number];
export type ContentPage = z.infer<typeof contentPageSchema>;
export type CaseCaseStudies = z.infer<typeof caseCaseStudiesSchema>;

export interface ListFilter {
  status?: string | undefined;
  topic?: string | undefined;
  q?: string | undefined;
  page?: number | undefined;
}

const base = (kind: ContentKindPath) => (kind === "articles" ? "/api/content/articles" : "/api/case-studies");

export const contentApi = {
  list: (kind: ContentKindPath, filter: ListFilter): Promise<ContentPage> => api.get(withQuery(base(kind), { ...filter }), contentPageSchema),
  get: (kind: ContentKindPath, id: string): Promise<ContentItem> => api.get(`${base(kind)}/${id}`, contentItemSchema),
  createArticle: (body: CreateArticleBody): Promise<ContentItem> => api.post("/api/content/articles", body, contentItemSchema),
  createCaseStudy: (caseId: string, body: CreateArticleBody): Promise<ContentItem> => api.post(`/api/cases/${caseId}/case-studies`, body, contentItemSchema),
  save: (kind: ContentKindPath, id: string, body: UpdateContentBody): Promise<ContentItem> => api.put(`${base(kind)}/${id}`, body, contentItemSchema),
  act: (kind: ContentKindPath, id: string, action: ContentAction, body: { version: number; note?: string; isIdentityCheckAcknowledged?: boolean }): Promise<ContentItem> =>
    api.post(`${base(kind)}/${id}/${action}`, body, contentItemSchema),
  caseStudiesOf: (caseId: string): Promise<CaseCaseStudies> => api.get(`/api/cases/${caseId}/case-studies`, caseCaseStudiesSchema),
  checkCaseStudy: (caseId: string, versions: VersionInput[]) => api.post(`/api/cases/${caseId}/case-study-check`, { versions }, caseStudyCheckSchema),
  uploadImage: (dataBase64: string) => api.post("/api/content/images", { dataBase64 }, uploadedImageSchema),
  siteSettings: (): Promise<SiteSettings> => api.get("/api/content/site-settings", siteSettingsSchema),
  saveSiteSettings: (body: UpdateSiteSettingsBody): Promise<SiteSettings> => api.put("/api/content/site-settings", body, siteSettingsSchema),
};
