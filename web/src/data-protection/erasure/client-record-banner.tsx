/** The banner a case or client page shows when the person's record is erased or under a restriction of processing. */
import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ClientRecordState } from "../../../../core/data-protection/restriction.js";

export function ClientRecordBanner({ state }: { state: ClientRecordState }) {
  const { t } = useTranslation();
  if (state === "live") return null;
  return (
    <Alert color={state === "erased" ? "gray" : "orange"} variant="light" role="status" title={t(`erasure.clientRecordTitle.${state}`)}>
      {t(`erasure.clientRecord.${state}`)}
    </Alert>
  );
}
