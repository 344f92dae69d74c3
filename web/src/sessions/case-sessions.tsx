/**
 * The case page's sessions: every session on the case, newest first, with recording a new one for
 * those who may. The notes stay closed until someone opens a session (each opening is recorded).
 * A session named in the address (`?tab=sessions&session=…`, from the calendar) opens at once.
 */
import { Alert, Button, Group, Pagination, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { LoadFailed, Loading } from "../components/load-state.js";
import { usePaginationLabels } from "../components/pagination-labels.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { useSignedInSession } from "../session/session-context.js";
import { RecordSessionDialog } from "./record-session-dialog.js";
import { SessionDialog } from "./session-dialog.js";
import { SessionTable } from "./session-table.js";
import { sessionsApi } from "./sessions-api.js";

const pageSize = 20;

export function CaseSessions({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { user } = useSignedInSession();
  const paginationLabels = usePaginationLabels();
  const [search, setSearch] = useSearchParams();
  const [page, setPage] = useState(1);
  const [isRecording, setIsRecording] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { state, reload } = useLoad(() => sessionsApi.forCase(caseId, page, pageSize), [caseId, page]);
  const openId = search.get("session");
  const open = (sessionId: string | null) => setSearch(sessionId ? { tab: "sessions", session: sessionId } : { tab: "sessions" }, { replace: true });

  return (
    <Section
      title={t("sessions.case.title")}
      actions={state.status === "ready" && state.data.canRecord && <Button onClick={() => setIsRecording(true)}>{t("sessions.case.record")}</Button>}
    >
      {notice && (
        <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t("common.close")} onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && (
        <Stack gap="md">
          {state.data.items.length === 0 ? (
            <Text>{state.data.canRecord ? t("sessions.case.noneYet") : t("sessions.case.none")}</Text>
          ) : (
            <SessionTable items={state.data.items} interventionTypes={state.data.interventionTypes} onOpen={open} />
          )}
          {state.data.total > pageSize && (
            <Group justify="center">
              <Pagination total={Math.ceil(state.data.total / pageSize)} value={page} onChange={setPage} {...paginationLabels} />
            </Group>
          )}
          <RecordSessionDialog
            caseId={caseId}
            opened={isRecording}
            workerOptions={state.data.workerOptions}
            interventionTypes={state.data.interventionTypes}
            userId={user.id}
            onClose={() => setIsRecording(false)}
            onRecorded={() => {
              setIsRecording(false);
              setNotice(t("sessions.record.done"));
              reload();
            }}
          />
        </Stack>
      )}
      <SessionDialog sessionId={openId} onClose={() => open(null)} onChanged={reload} />
    </Section>
  );
}
