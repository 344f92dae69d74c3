/** Records past retention that a retention hold keeps: what kind of hold, and when they fell due. They cannot be chosen for deletion. */
import { Badge, Group, Pagination, Stack, Table, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { usePaginationLabels } from "../../components/pagination-labels.js";
import { Reference } from "../../components/reference.js";
import { useLoad } from "../../components/use-load.js";
import { useFormat } from "../../i18n/format.js";
import { retentionApi, retentionPageSize, type RetentionQueue } from "./retention-api.js";
import { useRuleWords } from "./retention-words.js";

export function HeldRecords({ onSummary }: { onSummary: (summary: Pick<RetentionQueue, "counts" | "lastReviewedAt">) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ruleWords = useRuleWords();
  const paginationLabels = usePaginationLabels();
  const [page, setPage] = useState(1);
  const queue = useLoad(() => retentionApi.queue("held", page), [page]);

  useEffect(() => {
    if (queue.state.status === "ready") onSummary(queue.state.data);
  }, [queue.state, onSummary]);

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
              <Table.Th>{t("retention.columns.reference")}</Table.Th>
              <Table.Th>{t("retention.columns.rule")}</Table.Th>
              <Table.Th>{t("retention.columns.dueOn")}</Table.Th>
              <Table.Th>{t("retention.columns.holds")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Reference value={item.reference} />
                </Table.Td>
                <Table.Td>{ruleWords(item.ageGroup, item.rule)}</Table.Td>
                <Table.Td>{format.day(item.dueOn)}</Table.Td>
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
