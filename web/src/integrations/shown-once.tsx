/** A secret just made: shown here once, to copy now, with the reason it cannot be shown again. */
import { Alert, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CopyText } from "../components/copy-text.js";

export function ShownOnce({ secret, copyLabel }: { secret: string; copyLabel: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" title={t("integrations.shownOnceTitle")} role="status">
      <Stack gap="xs">
        <Text size="sm">{t("integrations.shownOnce")}</Text>
        <CopyText value={secret} copyLabel={copyLabel} />
      </Stack>
    </Alert>
  );
}
