/** Records past retention that a retention hold keeps: what kind of hold, and when they fell due. They cannot be chosen for deletion. */
import { Badge, Group, Pagination, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { usePaginationLabels } from "../../components/pagination-labels.js";
import { RecordCells, RecordHeadings } from "./record-cells.js";
import { retentionPageSize } from "./retention-api.js";
import { useQueuePage, type QueueSummary } from "./use-queue-page.js";

export function HeldRecords({ onSummary }: { onSummary: (summary: QueueSummary) => void }) {
  const { t } = useTranslation();
  const paginationLabels = usePaginationLabels();
  const { page, setPage, queue } = useQueuePage("held", onSummary);

  if (queue.state.status === "loading") return <Loading />;
  if (queue.state.status === "failed") return <LoadFailed error={queue.state.error} onRetry={queue.reload} />;
  const { items, total } = queue.state.data;
  if (items.length === 0) return <Text>{t("retention.held.none")}</Text>;
  return (
    <Stack>
      <Text maw="75ch">{t("retention.held.intro")}</Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing="sm">
          <Table.Caption>{t("retention.held.caption", { count: total })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <RecordHeadings />
              <Table.Th>{t("retention.columns.holds")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <RecordCells record={item} />
                <Table.Td>
                  <Group gap={4}>
                    {item.holds.map((hold) => (
                      <Badge key={hold} variant="light" color="orange">
                        {t(`retention.holdKinds.${hold}`, { defaultValue: t("retention.holdKinds.other") })}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > retentionPageSize && <Pagination total={Math.ceil(total / retentionPageSize)} value={page} onChange={setPage} {...paginationLabels} />}
    </Stack>
  );
}
