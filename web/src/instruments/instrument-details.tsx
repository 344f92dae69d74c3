/** One instrument for an administrator: its information and licence, stored versions, exports, and the organisation's settings for it. */
import { Anchor, Group, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { useFormat } from "../i18n/format.js";
import { InstrumentInfo } from "./instrument-info.js";
import { exportUrl, instrumentsApi, type InstrumentSummary } from "./instruments-api.js";
import { SettingsForm } from "./settings-form.js";

export function InstrumentDetails({ instrument, onSaved }: { instrument: InstrumentSummary; onSaved: (next: InstrumentSummary) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, reload } = useLoad(() => instrumentsApi.version(instrument.versionId), [instrument.versionId]);
  return (
    <Stack gap="lg">
      <InstrumentInfo instrument={instrument}>
        {state.status === "loading" && <Loading />}
        {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
        {state.status === "ready" && (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t("instruments.info.versions")}
            </Text>
            <List size="sm" spacing={2}>
              {state.data.versions.map((version) => (
                <List.Item key={version.versionId}>
                  {t("instruments.info.versionStored", { version: format.number(version.version), date: format.date(version.createdAt) })}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </InstrumentInfo>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t("instruments.export.title")}
        </Title>
        <Text size="sm">{t("instruments.export.hint")}</Text>
        <Group gap="md">
          <Anchor href={exportUrl(instrument.versionId, "json")} download>
            {t("instruments.export.json")}
          </Anchor>
          <Anchor href={exportUrl(instrument.versionId, "fhir")} download>
            {t("instruments.export.fhir")}
          </Anchor>
        </Group>
      </Stack>
      <SettingsForm instrument={instrument} onSaved={onSaved} />
    </Stack>
  );
}
