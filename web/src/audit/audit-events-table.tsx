/** Recent audit events, newest first as the server sends them, a page at a time. */
import { Code, Pagination, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadFailed, Loading } from "../components/load-state.js";
import { usePaginationLabels } from "../components/pagination-labels.js";
import { useLoad } from "../components/use-load.js";
import { useFormat } from "../i18n/format.js";
import { auditApi } from "./audit-api.js";

const pageSize = 25;

export function AuditEventsTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const paginationLabels = usePaginationLabels();
  const { state, reload } = useLoad(() => auditApi.events({ page, pageSize }), [page]);

  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  if (state.data.items.length === 0) return <Text>{t("audit.none")}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table striped verticalSpacing="xs">
          <Table.Caption>{t("audit.caption", { count: state.data.total })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("audit.seq")}</Table.Th>
              <Table.Th>{t("audit.at")}</Table.Th>
              <Table.Th>{t("audit.actor")}</Table.Th>
              <Table.Th>{t("audit.action")}</Table.Th>
              <Table.Th>{t("audit.entity")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {state.data.items.map((event) => (
              <Table.Tr key={event.id}>
                <Table.Td>{event.seq === null ? t("audit.unsealed") : format.number(event.seq)}</Table.Td>
                <Table.Td>{format.dateTime(event.at)}</Table.Td>
                <Table.Td>{event.actorName ?? t("audit.system")}</Table.Td>
                <Table.Td>
                  <Code dir="ltr">{event.action}</Code>
                </Table.Td>
                <Table.Td>
                  <Code dir="ltr">{event.entityId ? `${event.entityType} ${event.entityId.slice(0, 8)}` : event.entityType}</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {state.data.total > pageSize && (
        <Pagination total={Math.ceil(state.data.total / pageSize)} value={page} onChange={setPage} {...paginationLabels} />
      )}
    </>
  );
}
