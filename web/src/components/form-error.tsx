/** The message above a form when something went wrong that is not about one field. */
import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function FormError({ message }: { message: string | null }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert color="red" variant="light" title={t("common.problemTitle")} role="alert">
      {message}
    </Alert>
  );
}
