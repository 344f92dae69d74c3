/**
 * "Verify chain": asks the server to recompute every event's hash and link, and says plainly whether
 * the log is intact or where it first breaks.
 */
import { Alert, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ChainVerification } from "../../../core/api/audit.js";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { useFormat } from "../i18n/format.js";
import { auditApi } from "./audit-api.js";

export function ChainVerificationPanel({ onVerified }: { onVerified?: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [result, setResult] = useState<ChainVerification | null>(null);
  const [isChecking, setIsChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function verify(): Promise<void> {
    setIsChecking(true);
    setError(null);
    try {
      setResult(await auditApi.verify());
      onVerified?.();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsChecking(false);
    }
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="verify-heading">
      <Stack gap="sm">
        <Text fw={600} id="verify-heading">
          {t("audit.verifyTitle")}
        </Text>
        <Text>{t("audit.verifyExplain")}</Text>
        <Group>
          <Button onClick={() => void verify()} loading={isChecking}>
            {t("audit.verify")}
          </Button>
        </Group>
        <FormError message={error} />
        <div role="status">
          {result?.isIntact && (
            <Alert color="green" variant="light" title={t("audit.intactTitle")}>
              {t("audit.intact", { count: result.checkedEvents, at: format.dateTime(result.verifiedAt) })}
            </Alert>
          )}
          {result && !result.isIntact && (
            <Alert color="red" variant="light" title={t("audit.brokenTitle")}>
              <Text>
                {result.firstBrokenSeq === null
                  ? t("audit.brokenUnknown")
                  : t("audit.brokenAt", { seq: result.firstBrokenSeq })}
              </Text>
              {result.problem && (
                <Text>
                  <bdi dir="ltr">{result.problem}</bdi>
                </Text>
              )}
              <Text mt="xs">{t("audit.brokenAdvice", { at: format.dateTime(result.verifiedAt) })}</Text>
            </Alert>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
