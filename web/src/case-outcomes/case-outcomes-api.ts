/** Calls for a case's outcomes: reading them (audited on the server) and adding ones noticed after closure. */
import { caseOutcomeListSchema, type CaseOutcomeList, type OutcomeInput } from "../../../core/api/case-outcomes.js";
import { api } from "../api/client.js";

export type { CaseOutcome, CaseOutcomeList, OutcomeInput } from "../../../core/api/case-outcomes.js";

const outcomesPath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/outcomes`;

export const caseOutcomesApi = {
  forCase: (caseId: string): Promise<CaseOutcomeList> => api.get(outcomesPath(caseId), caseOutcomeListSchema),
  add: (caseId: string, outcomes: OutcomeInput[]): Promise<CaseOutcomeList> => api.post(outcomesPath(caseId), { outcomes }, caseOutcomeListSchema),
};
