/** What a page shows while its data loads, or when loading failed (with a way to try again). */
import { Alert, Button, Center, Loader, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-messages.js";

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text>{t("common.loading")}</Text>
      </Stack>
    </Center>
  );
}

export function LoadFailed({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t("common.loadFailed")} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text>{errorMessage(error, t)}</Text>
        {onRetry && (
          <Button variant="default" onClick={onRetry}>
            {t("common.tryAgain")}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
