/** An attendee's ratings must answer (or leave blank) each of the delivery's own questions: a 422 naming the field otherwise. */
import type { AttendeeBody } from "../../../core/api/outreach-training.js";
import { AppError, type FieldError } from "../../http/errors.js";

export function checkRatings(input: Pick<AttendeeBody, "before" | "after">, questionCount: number): void {
  const problems: FieldError[] = (["before", "after"] as const)
    .filter((field) => input[field].length !== questionCount)
    .map((field) => ({ path: `body.${field}`, message: `Give a rating (or none) for each of the ${questionCount} questions asked at this training.` }));
  if (problems.length > 0) throw new AppError("unprocessable", "The ratings do not match this training's questions.", { fields: problems });
}
