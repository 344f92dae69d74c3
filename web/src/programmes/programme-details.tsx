/**
 * One programme: its description, each phase with how long it usually takes and its criteria, the
 * stored versions, and (for administrators) starting a new version from this one's definition.
 */
import { Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { isolate, useFormat } from "../i18n/format.js";
import { programmesApi, type Programme } from "./programmes-api.js";

interface ProgrammeDetailsProps {
  programme: Programme;
  canManage: boolean;
  onNewVersion: (definition: Record<string, unknown>) => void;
}

export function ProgrammeDetails({ programme, canManage, onNewVersion }: ProgrammeDetailsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, reload } = useLoad(() => programmesApi.version(programme.key, programme.version), [programme.key, programme.version]);
  return (
    <Stack gap="md">
      <Text dir="auto">{programme.description}</Text>
      <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: "none" }}>
        {programme.phases.map((phase, index) => (
          <Paper key={phase.id} withBorder p="sm" component="li">
            <Title order={3} size="h5">
              {t("programmes.admin.phaseHeading", { number: index + 1, title: isolate(phase.title) })}
            </Title>
            {phase.description && (
              <Text size="sm" dir="auto">
                {phase.description}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {t("programmes.panel.usually", { count: phase.expectedWeeks })}
            </Text>
            {phase.criteria.length === 0 ? (
              <Text size="sm">{t("programmes.moveOn.noCriteria")}</Text>
            ) : (
              <List size="sm" mt={4}>
                {phase.criteria.map((criterion) => (
                  <List.Item key={criterion.id}>
                    <bdi>{criterion.label}</bdi>
                  </List.Item>
                ))}
              </List>
            )}
          </Paper>
        ))}
      </Stack>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t("programmes.admin.versions")}
          </Title>
          <List size="sm">
            {state.data.versions.map((version) => (
              <List.Item key={version.versionId}>
                {t("programmes.admin.versionLine", {
                  version: format.number(version.version),
                  origin: t(version.isBuiltIn ? "programmes.admin.builtIn" : "programmes.admin.own"),
                  date: format.date(version.createdAt),
                })}
              </List.Item>
            ))}
          </List>
          {canManage && (
            <Group>
              <Button variant="default" onClick={() => onNewVersion({ ...state.data.definition, version: programme.version + 1 })}>
                {t("programmes.admin.newVersion")}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
