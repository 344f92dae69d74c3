/**
 * Social-value calculations (`/reports/social-value`): every calculation made, newest first, each
 * with its scope, months, version and headline figures, and "Run a calculation" for a new one,
 * which opens its report when made.
 */
import { Alert, Anchor, Badge, Button, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import type { CalculationSummary } from "../../../../core/api/social-value.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { RunDialog } from "./run-dialog.js";
import { socialValueApi } from "./social-value-api.js";
import { SocialValuePage } from "./social-value-page.js";
import { monthsText, scopeTitle, useMoney } from "./social-value-words.js";

export function CalculationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [isRunning, setRunning] = useState(false);
  const calculations = useLoad(() => socialValueApi.calculations(), []);
  return (
    <SocialValuePage title={t("socialValue.calculations.title")} actions={<Button onClick={() => setRunning(true)}>{t("socialValue.calculations.run")}</Button>}>
      <Text maw="75ch">{t("socialValue.calculations.intro")}</Text>
      {calculations.state.status === "loading" && <Loading />}
      {calculations.state.status === "failed" && <LoadFailed error={calculations.state.error} onRetry={calculations.reload} />}
      {calculations.state.status === "ready" && <CalculationTable calculations={calculations.state.data.calculations} />}
      <RunDialog opened={isRunning} onClose={() => setRunning(false)} onMade={(calculationId) => void navigate(`/reports/social-value/calculations/${calculationId}`)} />
    </SocialValuePage>
  );
}

/** Calculations as a table, each linked to its report; `current` marks the one being read. */
export function CalculationTable({ calculations, current }: { calculations: readonly CalculationSummary[]; current?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  if (calculations.length === 0) return <Alert color="gray">{t("socialValue.calculations.none")}</Alert>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" striped="even" aria-label={t("socialValue.calculations.tableLabel")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("socialValue.calculations.scope")}</Table.Th>
            <Table.Th>{t("socialValue.calculations.period")}</Table.Th>
            <Table.Th>{t("socialValue.calculations.version")}</Table.Th>
            <Table.Th>{t("socialValue.calculations.made")}</Table.Th>
            <Table.Th ta="end">{t("socialValue.calculations.netPresentValue")}</Table.Th>
            <Table.Th ta="end">{t("socialValue.calculations.returnPerPound")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {calculations.map((calculation) => (
            <Table.Tr key={calculation.id}>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  {calculation.id === current ? (
                    <Text fw={700} aria-current="page">
                      {scopeTitle(t, calculation.names)}
                    </Text>
                  ) : (
                    <Anchor component={Link} to={`/reports/social-value/calculations/${calculation.id}`}>
                      {scopeTitle(t, calculation.names)}
                    </Anchor>
                  )}
                  {calculation.names.funder && <Text size="sm" c="dimmed">{calculation.names.funder}</Text>}
                  {calculation.isPublished && (
                    <Badge size="sm" variant="light" color="green">
                      {t("socialValue.calculations.forCommissioner")}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>{monthsText(t, calculation.months)}</Table.Td>
              <Table.Td>{t("socialValue.calculations.versionNumber", { sequence: calculation.sequence })}</Table.Td>
              <Table.Td>
                <Text size="sm">{format.dateTime(calculation.createdAt)}</Text>
                <Text size="sm" c="dimmed">
                  {isolate(calculation.createdByName)}
                </Text>
              </Table.Td>
              <Table.Td ta="end">{money.pounds(calculation.netPresentValuePence)}</Table.Td>
              <Table.Td ta="end">{calculation.publicValueReturnPence === null ? "–" : money.perPound(calculation.publicValueReturnPence)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
