/** Calls for funders, contracts, KPIs and disclosure settings (core/api/reporting-contracts.ts); every answer parsed with its schema. */
import {
  contractListSchema,
  contractOptionsSchema,
  contractPageSchema,
  contractSchema,
  disclosureSettingsViewSchema,
  funderListSchema,
  funderSchema,
  kpiSchema,
  type CreateContractBody,
  type CreateFunderBody,
  type CreateKpiBody,
  type DisclosureSettingsBody,
  type UpdateContractBody,
  type UpdateFunderBody,
  type UpdateKpiBody,
} from "../../../../core/api/reporting-contracts.js";
import { api, withQuery } from "../../api/client.js";

const id = encodeURIComponent;

export const contractsApi = {
  options: () => api.get("/api/reporting/contract-options", contractOptionsSchema),
  funders: (includeInactive: boolean) => api.get(withQuery("/api/reporting/funders", { includeInactive: includeInactive ? "true" : undefined }), funderListSchema),
  funder: (funderId: string) => api.get(`/api/reporting/funders/${id(funderId)}`, funderSchema),
  createFunder: (body: CreateFunderBody) => api.post("/api/reporting/funders", body, funderSchema),
  updateFunder: (funderId: string, body: UpdateFunderBody) => api.put(`/api/reporting/funders/${id(funderId)}`, body, funderSchema),
  setCommissioners: (funderId: string, userIds: string[]) => api.put(`/api/reporting/funders/${id(funderId)}/commissioners`, { userIds }, funderSchema),
  contracts: (funderId?: string) => api.get(withQuery("/api/reporting/contracts", { funderId }), contractListSchema),
  contract: (contractId: string) => api.get(`/api/reporting/contracts/${id(contractId)}`, contractPageSchema),
  createContract: (body: CreateContractBody) => api.post("/api/reporting/contracts", body, contractSchema),
  updateContract: (contractId: string, body: UpdateContractBody) => api.put(`/api/reporting/contracts/${id(contractId)}`, body, contractSchema),
  createKpi: (contractId: string, body: CreateKpiBody) => api.post(`/api/reporting/contracts/${id(contractId)}/kpis`, body, kpiSchema),
  updateKpi: (contractId: string, kpiId: string, body: UpdateKpiBody) => api.put(`/api/reporting/contracts/${id(contractId)}/kpis/${id(kpiId)}`, body, kpiSchema),
  deleteKpi: (contractId: string, kpiId: string) => api.deleteNoContent(`/api/reporting/contracts/${id(contractId)}/kpis/${id(kpiId)}`),
  disclosureSettings: () => api.get("/api/reporting/disclosure-settings", disclosureSettingsViewSchema),
  saveDisclosureSettings: (body: DisclosureSettingsBody) => api.put("/api/reporting/disclosure-settings", body, disclosureSettingsViewSchema),
};
