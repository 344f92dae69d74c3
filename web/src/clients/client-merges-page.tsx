/**
 * For administrators: the organisation's client merges, newest first, by pseudonymous reference, and
 * an "undo" for each one the server says can still be undone (within 30 days, not already undone).
 * Undoing asks first, says what it will do, and reloads the list from the server afterwards.
 */
import { Alert, Pagination, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-messages.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { usePaginationLabels } from "../components/pagination-labels.js";
import { useLoad } from "../components/use-load.js";
import { isolateReference } from "../i18n/format.js";
import { ClientMergesTable } from "./client-merges-table.js";
import { clientsApi, type ClientMerge } from "./clients-api.js";

const pageSize = 25;

export function ClientMergesPage() {
  const { t } = useTranslation();
  const paginationLabels = usePaginationLabels();
  const [page, setPage] = useState(1);
  const { state, reload } = useLoad(() => clientsApi.merges({ page, pageSize }), [page]);
  const [undoing, setUndoing] = useState<ClientMerge | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const references = (merge: ClientMerge) => ({ kept: isolateReference(merge.kept.reference), merged: isolateReference(merge.merged.reference) });

  async function undo(merge: ClientMerge): Promise<void> {
    setIsBusy(true);
    setError(null);
    try {
      await clientsApi.reverseMerge(merge.id);
      setDone(t("clients.merges.done", references(merge)));
      setUndoing(null);
      reload();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <Page title={t("clients.merges.title")}>
      <Text>{t("clients.merges.intro")}</Text>
      {done && (
        <Alert color="green" variant="light" role="status">
          {done}
        </Alert>
      )}
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && state.data.items.length === 0 && <Text>{t("clients.merges.none")}</Text>}
      {state.status === "ready" && state.data.items.length > 0 && (
        <Stack>
          <ClientMergesTable
            merges={state.data.items}
            total={state.data.total}
            onUndo={(merge) => {
              setError(null);
              setDone(null);
              setUndoing(merge);
            }}
          />
          {state.data.total > pageSize && (
            <Pagination total={Math.ceil(state.data.total / pageSize)} value={page} onChange={setPage} {...paginationLabels} />
          )}
        </Stack>
      )}
      <ConfirmDialog
        opened={undoing !== null}
        title={t("clients.merges.confirmTitle")}
        message={undoing ? t("clients.merges.confirmBody", references(undoing)) : ""}
        confirmLabel={t("clients.merges.undo")}
        isBusy={isBusy}
        error={error}
        onConfirm={() => undoing && void undo(undoing)}
        onCancel={() => setUndoing(null)}
      />
    </Page>
  );
}
