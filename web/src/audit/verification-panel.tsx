/** Verifying the chain now, and the history of verifications: each night's and each asked for. */
import { Badge, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { useFormat } from "../i18n/format.js";
import { auditApi } from "./audit-api.js";
import { ChainVerificationPanel } from "./chain-verification-panel.js";

export function VerificationPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, reload } = useLoad(() => auditApi.verifications(), []);
  return (
    <Stack gap="md">
      <ChainVerificationPanel onVerified={reload} />
      <Title order={2}>{t("auditReview.verification.historyTitle")}</Title>
      <Text size="sm">{t("auditReview.verification.nightly")}</Text>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && state.data.items.length === 0 && <Text>{t("auditReview.verification.none")}</Text>}
      {state.status === "ready" && state.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("audit.at")}</Table.Th>
                <Table.Th>{t("auditReview.verification.how")}</Table.Th>
                <Table.Th>{t("auditReview.verification.result")}</Table.Th>
                <Table.Th>{t("auditReview.verification.events")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {state.data.items.map((check) => (
                <Table.Tr key={check.id}>
                  <Table.Td>{format.dateTime(check.checkedAt)}</Table.Td>
                  <Table.Td>{check.trigger === "nightly" ? t("auditReview.verification.byNight") : t("auditReview.verification.byPerson", { name: check.requestedByName ?? t("audit.system") })}</Table.Td>
                  <Table.Td>
                    {check.isIntact ? (
                      <Badge color="green" variant="light">
                        {t("auditReview.verification.intact")}
                      </Badge>
                    ) : (
                      <Stack gap={2} align="flex-start">
                        <Badge color="red" variant="filled">
                          {t("auditReview.verification.broken")}
                        </Badge>
                        {check.firstBrokenSeq !== null && <Text size="sm">{t("audit.brokenAt", { seq: check.firstBrokenSeq })}</Text>}
                      </Stack>
                    )}
                  </Table.Td>
                  <Table.Td>{format.number(check.checkedEvents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
