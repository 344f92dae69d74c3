/**
 * Turns an API failure into words for the user: the catalogue's message for a known code
 * (`errors.<code>`), otherwise the server's own safe message.
 */
import type { TFunction } from "i18next";
import { ApiError } from "./api-error.js";

export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    const translated = t(key, { defaultValue: "" });
    if (translated) return translated;
    return error.message || t("errors.unknown");
  }
  console.error(error);
  return t("errors.unknown");
}

/** True when the failure is the given server code, for pages that explain some codes in their own words. */
export function hasCode(error: unknown, code: string): boolean {
  return error instanceof ApiError && error.code === code;
}
