/**
 * The data protection officer's dashboard (`/data-protection`): how many requests are open, overdue
 * and due within a week; the register of requests of every kind, soonest deadline first, filtered by
 * kind and status; logging a new one; and the cards of the other data protection work.
 */
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { dataRightsKinds, dataRightsStatuses, type DataRightsKind } from "../../../core/api/data-rights.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { isolateReference, useFormat } from "../i18n/format.js";
import { dashboardSections } from "./dashboard-sections.js";
import { dataRightsApi, type RequestList } from "./data-rights-api.js";
import { LogRequestDialog } from "./requests/log-request-dialog.js";
import { UrgencyBadge } from "./urgency-badge.js";

function Counts({ counts }: { counts: RequestList["counts"] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cards = [
    { key: "open", value: counts.open, colour: undefined },
    { key: "overdue", value: counts.overdue, colour: counts.overdue > 0 ? "red" : undefined },
    { key: "dueSoon", value: counts.dueSoon, colour: counts.dueSoon > 0 ? "orange" : undefined },
  ] as const;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} role="status">
      {cards.map((card) => (
        <Paper key={card.key} withBorder p="md">
          <Text size="sm" c="dimmed">
            {t(`dataRights.counts.${card.key}`)}
          </Text>
          <Text size="xl" fw={700} c={card.colour}>
            {format.number(card.value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

export function DataProtectionPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [kind, setKind] = useState<DataRightsKind | null>(null);
  const [status, setStatus] = useState("open");
  const [isLogging, setIsLogging] = useState(false);
  const { state, reload } = useLoad(() => dataRightsApi.list({ kind, status, page: 1 }), [kind, status]);

  return (
    <Page
      title={t("dataRights.title")}
      actions={
        <Button onClick={() => setIsLogging(true)}>{t("dataRights.logRequest")}</Button>
      }
    >
      <Text maw="75ch">{t("dataRights.intro")}</Text>
      {state.status === "ready" && <Counts counts={state.data.counts} />}
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t("dataRights.filters.kind")}
          data={[{ value: "", label: t("dataRights.filters.anyKind") }, ...dataRightsKinds.map((value) => ({ value, label: t(`dataRights.kindShort.${value}`) }))]}
          value={kind ?? ""}
          onChange={(value) => setKind(value ? (value) : null)}
          allowDeselect={false}
        />
        <Select
          label={t("dataRights.filters.status")}
          data={[
            { value: "open", label: t("dataRights.filters.open") },
            ...dataRightsStatuses.map((value) => ({ value, label: t(`dataRights.statuses.${value}`) })),
            { value: "all", label: t("dataRights.filters.all") },
          ]}
          value={status}
          onChange={(value) => setStatus(value ?? "open")}
          allowDeselect={false}
        />
      </Group>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" &&
        (state.data.items.length === 0 ? (
          <Text>{t("dataRights.table.none")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped aria-label={t("dataRights.table.label")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("dataRights.table.reference")}</Table.Th>
                  <Table.Th>{t("dataRights.table.kind")}</Table.Th>
                  <Table.Th>{t("dataRights.table.status")}</Table.Th>
                  <Table.Th>{t("dataRights.table.client")}</Table.Th>
                  <Table.Th>{t("dataRights.table.received")}</Table.Th>
                  <Table.Th>{t("dataRights.table.due")}</Table.Th>
                  <Table.Th>{t("dataRights.table.daysLeft")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {state.data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/data-protection/requests/${item.id}`}>
                        {isolateReference(item.reference)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`dataRights.kindShort.${item.kind}`)}</Table.Td>
                    <Table.Td>{t(`dataRights.statuses.${item.status}`)}</Table.Td>
                    <Table.Td>{item.clientReference ? isolateReference(item.clientReference) : <Text span c="dimmed">{t("dataRights.table.notMatched")}</Text>}</Table.Td>
                    <Table.Td>{format.day(item.receivedOn)}</Table.Td>
                    <Table.Td>
                      {format.day(item.dueOn)}
                      {item.isExtended && <Text span size="sm" c="dimmed">{` (${t("dataRights.table.extended")})`}</Text>}
                    </Table.Td>
                    <Table.Td>
                      <UrgencyBadge request={item} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ))}
      {dashboardSections.length > 0 && (
        <Section title={t("dataRights.sections.title")}>
          <Stack>
            {dashboardSections.map(({ key, Card }) => (
              <Card key={key} />
            ))}
          </Stack>
        </Section>
      )}
      <LogRequestDialog opened={isLogging} onClose={() => setIsLogging(false)} onLogged={(created) => navigate(`/data-protection/requests/${created.id}`)} />
    </Page>
  );
}
