/**
 * The message beside a public form's button when sending failed for a reason that is not about one
 * field: no connection, too many tries, a fault on our side. Worded for the public, in the
 * `public.errors` catalogue section that all six languages have.
 */
import { Alert } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/api-error.js";

const messagesByCode: Record<string, string> = {
  network: "public.errors.network",
  rate_limited: "public.errors.rateLimited",
  not_found: "public.errors.notTaking",
};

export function publicErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return t(messagesByCode[error.code] ?? "public.errors.unknown");
  console.error(error);
  return t("public.errors.unknown");
}

export function PublicFormError({ message }: { message: string | null }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert color="red" variant="light" title={<span className="summary-title">{t("public.errors.title")}</span>} role="alert">
      {message}
    </Alert>
  );
}
