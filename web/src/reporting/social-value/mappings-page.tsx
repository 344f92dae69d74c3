/**
 * How outcomes are valued (`/reports/social-value/mappings`): for each outcome the organisation
 * records, the catalogue entries it is valued with and every assumption — quantity, duration,
 * deadweight, attribution, displacement, drop-off, confidence — with the reason for each. A
 * change is kept as the mapping's next version; calculations already made keep the one they used.
 */
import { Alert, Badge, Button, Group, Paper, Spoiler, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MappingList, OutcomeMappingView } from "../../../../core/api/social-value.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { MappingDialog } from "./mapping-dialog.js";
import { socialValueApi } from "./social-value-api.js";
import { SocialValuePage } from "./social-value-page.js";
import { outcomeName, useMoney } from "./social-value-words.js";

export function MappingsPage() {
  const { t } = useTranslation();
  const mappings = useLoad(socialValueApi.mappings, []);
  const [editing, setEditing] = useState<OutcomeMappingView | null>(null);
  return (
    <SocialValuePage title={t("socialValue.mappings.title")}>
      <Text maw="75ch">{t("socialValue.mappings.intro")}</Text>
      {mappings.state.status === "loading" && <Loading />}
      {mappings.state.status === "failed" && <LoadFailed error={mappings.state.error} onRetry={mappings.reload} />}
      {mappings.state.status === "ready" && (
        <>
          {mappings.state.data.outcomes.map((outcome) => (
            <OutcomeCard key={outcome.outcomeCode} outcome={outcome} list={mappings.state.status === "ready" ? mappings.state.data : null} onEdit={() => setEditing(outcome)} />
          ))}
          <MappingDialog
            outcome={editing}
            entries={mappings.state.data.entries}
            onClose={() => setEditing(null)}
            onSaved={(list) => {
              setEditing(null);
              mappings.replace(list);
            }}
          />
        </>
      )}
    </SocialValuePage>
  );
}

function OutcomeCard({ outcome, list, onEdit }: { outcome: OutcomeMappingView; list: MappingList | null; onEdit: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const name = outcome.label ?? outcomeName(t, outcome.outcomeCode, {});
  const describe = (code: string) => list?.entries.find((entry) => entry.code === code)?.description ?? "";
  return (
    <Paper withBorder p="lg" component="section" aria-label={name} data-testid={`mapping-${outcome.outcomeCode}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Title order={2} size="h4">
              {name}
            </Title>
            {outcome.isRetired && <Badge color="gray">{t("socialValue.mappings.retired")}</Badge>}
          </Group>
          <Button size="xs" variant="default" onClick={onEdit} aria-label={t("socialValue.mappings.changeOf", { outcome: name })}>
            {t(outcome.mapping ? "socialValue.mappings.change" : "socialValue.mappings.value")}
          </Button>
        </Group>
        {!outcome.mapping ? (
          <Alert color="gray">{t("socialValue.mappings.notValued")}</Alert>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {outcome.createdByName
                ? t("socialValue.mappings.versionBy", { version: outcome.mapping.version, name: isolate(outcome.createdByName), at: isolate(format.dateTime(outcome.createdAt ?? "")) })
                : t("socialValue.mappings.versionShipped", { version: outcome.mapping.version })}
            </Text>
            {outcome.mapping.lines.map((line, index) => (
              <Stack key={index} gap={4}>
                <Text fw={600}>{t("socialValue.mappings.lineTitle", { code: isolate(line.entryCode), description: isolate(describe(line.entryCode)), kinds: line.valueKinds.map((kind) => t(`socialValue.kinds.${kind}`)).join(t("socialValue.listSeparator")) })}</Text>
                <Table.ScrollContainer minWidth={640}>
                  <Table verticalSpacing={4} aria-label={t("socialValue.mappings.assumptionsOf", { outcome: name, code: line.entryCode })}>
                    <Table.Thead>
                      <Table.Tr>
                        {(["quantity", "duration", "deadweight", "attribution", "displacement", "dropOff", "confidence"] as const).map((field) => (
                          <Table.Th key={field}>{t(`socialValue.mappings.fields.${field}`)}</Table.Th>
                        ))}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      <Table.Tr>
                        <Table.Td>{t("socialValue.report.quantityValue", { quantity: money.number(line.quantity) })}</Table.Td>
                        <Table.Td>{t("socialValue.report.years", { count: line.durationYears })}</Table.Td>
                        <Table.Td>{money.share(line.deadweight)}</Table.Td>
                        <Table.Td>{money.share(line.attribution)}</Table.Td>
                        <Table.Td>{money.share(line.displacement)}</Table.Td>
                        <Table.Td>{money.share(line.dropOff)}</Table.Td>
                        <Table.Td>{line.confidenceGrade}</Table.Td>
                      </Table.Tr>
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                <Spoiler maxHeight={0} showLabel={t("socialValue.mappings.showReasons")} hideLabel={t("socialValue.mappings.hideReasons")}>
                  <Stack gap={4}>
                    {(["quantity", "duration", "deadweight", "attribution", "displacement", "dropOff", "confidence"] as const).map((field) => (
                      <Text key={field} size="sm">
                        <Text span fw={600}>
                          {t(`socialValue.mappings.fields.${field}`)}:
                        </Text>{" "}
                        <span dir="auto">{line.rationale[field]}</span>
                      </Text>
                    ))}
                  </Stack>
                </Spoiler>
              </Stack>
            ))}
          </>
        )}
      </Stack>
    </Paper>
  );
}
