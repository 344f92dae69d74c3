/**
 * The record of deletions: each approval with when, who approved it and how many records it
 * erased, each opened to the references and rules of those records (never their content), and the
 * whole record as a spreadsheet.
 */
import { Button, Group, Pagination, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AppModal } from "../../components/app-modal.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { usePaginationLabels } from "../../components/pagination-labels.js";
import { useLoad } from "../../components/use-load.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { deletionsCsvUrl, retentionApi, retentionPageSize } from "./retention-api.js";
import { RecordCells, RecordHeadings } from "./record-cells.js";

export function DeletionRecord() {
  const { t } = useTranslation();
  const format = useFormat();
  const paginationLabels = usePaginationLabels();
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const deletions = useLoad(() => retentionApi.deletions(page), [page]);

  if (deletions.state.status === "loading") return <Loading />;
  if (deletions.state.status === "failed") return <LoadFailed error={deletions.state.error} onRetry={deletions.reload} />;
  const { items, total } = deletions.state.data;
  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Text maw="65ch">{t("retention.deleted.intro")}</Text>
        {total > 0 && (
          <Button component="a" href={deletionsCsvUrl} download variant="default">
            {t("retention.deleted.download")}
          </Button>
        )}
      </Group>
      {items.length === 0 ? (
        <Text>{t("retention.deleted.none")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing="sm">
            <Table.Caption>{t("retention.deleted.caption", { count: total })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("retention.columns.approvedAt")}</Table.Th>
                <Table.Th>{t("retention.columns.approvedBy")}</Table.Th>
                <Table.Th>{t("retention.columns.recordCount")}</Table.Th>
                <Table.Th>{t("common.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((deletion) => (
                <Table.Tr key={deletion.id}>
                  <Table.Td>{format.dateTime(deletion.approvedAt)}</Table.Td>
                  <Table.Td>
                    <bdi>{deletion.approvedByName}</bdi>
                  </Table.Td>
                  <Table.Td>{format.number(deletion.recordCount)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="default" onClick={() => setOpenId(deletion.id)} aria-label={t("retention.deleted.showNamed", { when: isolate(format.dateTime(deletion.approvedAt)) })}>
                      {t("retention.deleted.show")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {total > retentionPageSize && <Pagination total={Math.ceil(total / retentionPageSize)} value={page} onChange={setPage} {...paginationLabels} />}
      <AppModal opened={openId !== null} onClose={() => setOpenId(null)} title={t("retention.deleted.detailTitle")} size="lg">
        {openId !== null && <DeletionDetail deletionId={openId} />}
      </AppModal>
    </Stack>
  );
}

function DeletionDetail({ deletionId }: { deletionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const detail = useLoad(() => retentionApi.deletion(deletionId), [deletionId]);
  if (detail.state.status === "loading") return <Loading />;
  if (detail.state.status === "failed") return <LoadFailed error={detail.state.error} onRetry={detail.reload} />;
  const deletion = detail.state.data;
  return (
    <Stack>
      <Text>{t("retention.deleted.detailSummary", { count: deletion.recordCount, when: isolate(format.dateTime(deletion.approvedAt)), who: isolate(deletion.approvedByName) })}</Text>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <RecordHeadings />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deletion.items.map((item) => (
            <Table.Tr key={item.reference}>
              <RecordCells record={item} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
