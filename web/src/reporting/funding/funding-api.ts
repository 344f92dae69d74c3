/** Calls for grants, spend and unit costs (core/api/funding.ts); every answer parsed with its schema. */
import {
  fundingOptionsSchema,
  grantListSchema,
  grantSchema,
  spendListSchema,
  spendSchema,
  spendSummarySchema,
  unitCostListSchema,
  unitCostSchema,
  type CorrectSpendBody,
  type CreateGrantBody,
  type CreateUnitCostBody,
  type EndGrantBody,
  type RecordSpendBody,
  type SpendCategory,
  type UpdateGrantBody,
  type UpdateUnitCostBody,
} from "../../../../core/api/funding.js";
import type { MonthRange } from "../../../../core/reporting/catalogue.js";
import { api, withQuery } from "../../api/client.js";

const id = encodeURIComponent;

/** Which spend: `all`, `organisation` (organisation-wide only) or a site's id. */
export interface SpendFilter {
  months: MonthRange;
  site: string;
  category?: SpendCategory | undefined;
  page?: number;
  pageSize?: number;
}

export const fundingApi = {
  options: () => api.get("/api/funding/options", fundingOptionsSchema),
  grants: () => api.get("/api/funding/grants", grantListSchema),
  createGrant: (body: CreateGrantBody) => api.post("/api/funding/grants", body, grantSchema),
  updateGrant: (grantId: string, body: UpdateGrantBody) => api.put(`/api/funding/grants/${id(grantId)}`, body, grantSchema),
  endGrant: (grantId: string, body: EndGrantBody) => api.post(`/api/funding/grants/${id(grantId)}/end`, body, grantSchema),
  spend: (filter: SpendFilter) => api.get(withQuery("/api/funding/spend", { ...filter.months, site: filter.site, category: filter.category, page: filter.page, pageSize: filter.pageSize }), spendListSchema),
  spendSummary: (filter: Pick<SpendFilter, "months" | "site">) => api.get(withQuery("/api/funding/spend-summary", { ...filter.months, site: filter.site }), spendSummarySchema),
  recordSpend: (body: RecordSpendBody) => api.post("/api/funding/spend", body, spendSchema),
  correctSpend: (spendId: string, body: CorrectSpendBody) => api.put(`/api/funding/spend/${id(spendId)}`, body, spendSchema),
  removeSpend: (spendId: string) => api.deleteNoContent(`/api/funding/spend/${id(spendId)}`),
  unitCosts: () => api.get("/api/funding/unit-costs", unitCostListSchema),
  createUnitCost: (body: CreateUnitCostBody) => api.post("/api/funding/unit-costs", body, unitCostSchema),
  updateUnitCost: (unitCostId: string, body: UpdateUnitCostBody) => api.put(`/api/funding/unit-costs/${id(unitCostId)}`, body, unitCostSchema),
  removeUnitCost: (unitCostId: string) => api.deleteNoContent(`/api/funding/unit-costs/${id(unitCostId)}`),
};
