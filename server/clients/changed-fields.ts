/** The fields a partial update (PATCH) actually sets. */
import { AppError } from "../http/errors.js";

/** The fields given, sorted (for the audit); refuses an update that sets nothing. */
export function changedFields<T extends Record<string, unknown>>(changes: T): (keyof T & string)[] {
  const fields = Object.keys(changes).filter((field) => changes[field] !== undefined).sort();
  if (fields.length === 0) throw new AppError("validation_failed", "Change at least one field.", { fields: [{ path: "body", message: "Nothing to change." }] });
  return fields;
}
