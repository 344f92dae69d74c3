/** How a refused step reads: someone else moved the enrolment first (show the latest), or the rules refused it (say why). */
import type { TFunction } from "i18next";
import { ApiError } from "../api/api-error.js";
import { errorMessage, hasCode } from "../api/error-messages.js";

export const isStale = (error: unknown): boolean => hasCode(error, "conflict") || hasCode(error, "invalid_transition");

/** The message for a form: for a refused step, the server's reason (it names the criteria still to meet). */
export function stepFailureMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.code === "transition_refused") return `${t("programmes.step.refused")} ${error.message}`;
  return errorMessage(error, t);
}
