/**
 * Records due for deletion: a page at a time, chosen one by one or the whole page, and deleted
 * together after a confirmation that says how many and that it cannot be undone. The server checks
 * again that each is still due and under no hold; if one is not, nothing is deleted and it says which.
 */
import { Alert, Anchor, Button, Checkbox, Group, Pagination, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../api/error-messages.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { usePaginationLabels } from "../../components/pagination-labels.js";
import { RecordCells, RecordHeadings } from "./record-cells.js";
import { retentionApi, retentionPageSize, type RetentionDeletionDetail } from "./retention-api.js";
import { useQueuePage, type QueueSummary } from "./use-queue-page.js";

interface DueRecordsProps {
  onSummary: (summary: QueueSummary) => void;
  onDeleted: () => void;
  onShowRecord: () => void;
}

export function DueRecords({ onSummary, onDeleted, onShowRecord }: DueRecordsProps) {
  const { t } = useTranslation();
  const paginationLabels = usePaginationLabels();
  const { page, setPage, queue } = useQueuePage("due", onSummary);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [isConfirming, setIsConfirming] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<RetentionDeletionDetail | null>(null);

  if (queue.state.status === "loading") return <Loading />;
  if (queue.state.status === "failed") return <LoadFailed error={queue.state.error} onRetry={queue.reload} />;
  const { items, total } = queue.state.data;
  const isAllChosen = items.length > 0 && items.every((item) => chosen.has(item.id));
  const toggle = (id: string) => setChosen((current) => (current.has(id) ? new Set([...current].filter((other) => other !== id)) : new Set([...current, id])));

  async function approve() {
    setIsBusy(true);
    setFailure(null);
    try {
      const deletion = await retentionApi.approveDeletion({ entryIds: [...chosen], confirmedCount: chosen.size });
      setDone(deletion);
      setChosen(new Set());
      setIsConfirming(false);
      onDeleted();
      queue.reload();
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <Stack>
      {done && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setDone(null)} closeButtonLabel={t("common.close")}>
          {t("retention.due.deleted", { count: done.recordCount })}{" "}
          <Anchor component="button" type="button" onClick={onShowRecord} underline="always">
            {t("retention.due.seeRecord")}
          </Anchor>
        </Alert>
      )}
      {items.length === 0 ? (
        <Text>{t("retention.due.none")}</Text>
      ) : (
        <>
          <Text maw="75ch">{t("retention.due.intro")}</Text>
          <Group>
            <Button color="red" disabled={chosen.size === 0} onClick={() => setIsConfirming(true)}>
              {chosen.size === 0 ? t("retention.due.deleteNoneChosen") : t("retention.due.deleteChosen", { count: chosen.size })}
            </Button>
          </Group>
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="sm">
              <Table.Caption>{t("retention.due.caption", { count: total })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={48}>
                    <Checkbox aria-label={t("retention.due.chooseAll")} checked={isAllChosen} indeterminate={!isAllChosen && items.some((item) => chosen.has(item.id))} onChange={() => setChosen(isAllChosen ? new Set() : new Set(items.map((item) => item.id)))} />
                  </Table.Th>
                  <RecordHeadings />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Checkbox aria-label={t("retention.due.choose", { reference: item.reference })} checked={chosen.has(item.id)} onChange={() => toggle(item.id)} />
                    </Table.Td>
                    <RecordCells record={item} />
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {total > retentionPageSize && <Pagination total={Math.ceil(total / retentionPageSize)} value={page} onChange={(next) => { setChosen(new Set()); setPage(next); }} {...paginationLabels} />}
        </>
      )}
      <ConfirmDialog
        opened={isConfirming}
        title={t("retention.due.confirmTitle", { count: chosen.size })}
        message={t("retention.due.confirmBody", { count: chosen.size })}
        confirmLabel={t("retention.due.confirm", { count: chosen.size })}
        isBusy={isBusy}
        error={failure}
        onConfirm={() => void approve()}
        onCancel={() => {
          setIsConfirming(false);
          setFailure(null);
        }}
      />
    </Stack>
  );
}
