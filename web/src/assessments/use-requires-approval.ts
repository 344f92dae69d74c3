/**
 * Whether submitting this draft will send it to a manager for approval. A draft's own record says so
 * only once submitted, so until then the organisation's current setting for the instrument is used.
 */
import { useLoad } from "../components/use-load.js";
import { instrumentsApi } from "../instruments/instruments-api.js";
import type { AssessmentDetail } from "./assessments-api.js";

export function useRequiresApproval(assessment: AssessmentDetail): boolean {
  const { state } = useLoad(() => instrumentsApi.list(), []);
  if (assessment.status !== "draft" || state.status !== "ready") return assessment.requiresApproval;
  return state.data.find((instrument) => instrument.key === assessment.instrument.key)?.settings.requiresApproval ?? assessment.requiresApproval;
}
