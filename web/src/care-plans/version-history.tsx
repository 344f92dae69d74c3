/**
 * Every version of the plan, newest first, with its date, author and the reason it changed; an
 * earlier version opens as it was written.
 */
import { Button, Table, Text, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { InterventionType } from "../../../core/api/support-vocabulary.js";
import { AppModal } from "../components/app-modal.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { useFormat } from "../i18n/format.js";
import { carePlansApi, type CurrentPlan } from "./care-plans-api.js";
import { PlanView } from "./plan-view.js";

interface VersionHistoryProps {
  caseId: string;
  plan: CurrentPlan;
  interventionTypes: readonly InterventionType[];
}

export function VersionHistory({ caseId, plan, interventionTypes }: VersionHistoryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [opened, setOpened] = useState<number | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={480}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("carePlans.history.version")}</Table.Th>
              <Table.Th>{t("carePlans.history.date")}</Table.Th>
              <Table.Th>{t("carePlans.history.by")}</Table.Th>
              <Table.Th>{t("carePlans.history.reason")}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t("common.actions")}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...plan.versions].reverse().map((version) => (
              <Table.Tr key={version.version}>
                <Table.Td>{format.number(version.version)}</Table.Td>
                <Table.Td>{format.day(version.createdOn)}</Table.Td>
                <Table.Td>{version.createdByName ?? t("carePlans.view.someone")}</Table.Td>
                <Table.Td>
                  <Text size="sm" dir="auto">
                    {version.reason ?? t("carePlans.history.first")}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {version.version === plan.currentVersion ? (
                    <Text size="sm" c="dimmed">
                      {t("carePlans.history.current")}
                    </Text>
                  ) : (
                    <Button size="compact-sm" variant="light" onClick={() => setOpened(version.version)} aria-label={t("carePlans.history.openVersion", { version: version.version })}>
                      {t("carePlans.history.open")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <AppModal opened={opened !== null} onClose={() => setOpened(null)} title={t("carePlans.history.versionTitle", { version: opened ?? 0 })} size="xl">
        {opened !== null && <EarlierVersion caseId={caseId} version={opened} interventionTypes={interventionTypes} />}
      </AppModal>
    </>
  );
}

function EarlierVersion({ caseId, version, interventionTypes }: { caseId: string; version: number; interventionTypes: readonly InterventionType[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, reload } = useLoad(() => carePlansApi.version(caseId, version), [caseId, version]);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  return (
    <>
      <Text c="dimmed" mb="sm">
        {t("carePlans.history.writtenOn", { date: format.day(state.data.createdOn), name: state.data.createdByName ?? t("carePlans.view.someone") })}
      </Text>
      <PlanView content={state.data.content} people={state.data.people} interventionTypes={interventionTypes} />
    </>
  );
}
