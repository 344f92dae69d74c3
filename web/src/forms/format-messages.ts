/**
 * Clearer messages for fields with a fixed format (date of birth, phone, postcode, NHS number): the
 * generic "This is not valid" becomes what the field expects. Applied on top of `zodValidate`.
 */
import type { TFunction } from "i18next";

const keysByField: Record<string, string> = {
  dateOfBirth: "clients.format.dateOfBirth",
  phone: "clients.format.phone",
  contactPhone: "clients.format.phone",
  postcode: "clients.format.postcode",
  nhsNumber: "clients.format.nhsNumber",
};

/** Replaces the message of each filled-in format field that failed validation. */
export function withFormatMessages(errors: Record<string, string>, t: TFunction): Record<string, string> {
  const required = t("validation.required");
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const key = keysByField[path.split(".").at(-1) ?? ""];
    result[path] = key && message !== required ? t(key) : message;
  }
  return result;
}
