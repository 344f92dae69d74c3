/**
 * Calls for a case's care plan: the plan, an earlier version, what a new plan can start from,
 * starting, revising and reviewing it, and where the client's printed summary is. Every answer is
 * parsed with the core's schema.
 */
import {
  carePlanSchema,
  carePlanStartingPointsSchema,
  carePlanVersionSchema,
  type CarePlan,
  type CarePlanStartingPoints,
  type CarePlanVersionDetail,
  type CreateCarePlanBody,
  type ReviewCarePlanBody,
  type ReviseCarePlanBody,
} from "../../../core/api/care-plans.js";
import { api } from "../api/client.js";

export type { CarePlan, CarePlanStartingPoints, CarePlanVersionDetail };
export type CurrentPlan = NonNullable<CarePlan["plan"]>;

const planPath = (caseId: string, rest = ""): string => `/api/cases/${encodeURIComponent(caseId)}/care-plan${rest}`;

/** Where the browser opens the summary to print (a GET: the cookie is enough). */
export const summaryUrl = (caseId: string, language: string): string => `${planPath(caseId, "/summary.pdf")}?language=${encodeURIComponent(language)}`;

export const carePlansApi = {
  get: (caseId: string): Promise<CarePlan> => api.get(planPath(caseId), carePlanSchema),
  version: (caseId: string, version: number): Promise<CarePlanVersionDetail> => api.get(planPath(caseId, `/versions/${version}`), carePlanVersionSchema),
  startingPoints: (caseId: string): Promise<CarePlanStartingPoints> => api.get(planPath(caseId, "/starting-points"), carePlanStartingPointsSchema),
  create: (caseId: string, body: CreateCarePlanBody): Promise<CarePlan> => api.post(planPath(caseId), body, carePlanSchema),
  revise: (caseId: string, body: ReviseCarePlanBody): Promise<CarePlan> => api.post(planPath(caseId, "/versions"), body, carePlanSchema),
  review: (caseId: string, body: ReviewCarePlanBody): Promise<CarePlan> => api.post(planPath(caseId, "/reviews"), body, carePlanSchema),
};
