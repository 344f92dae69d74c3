/**
 * One session opened from the case's list: its details and notes (the server records this read),
 * and, for its workers and the site's managers, changing it: marking attendance, writing the notes
 * up, correcting details. A change made elsewhere meanwhile is refused, and the latest is shown.
 */
import { Alert, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { hasCode } from "../api/error-messages.js";
import { AppModal } from "../components/app-modal.js";
import { FactList } from "../components/fact-list.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { useFormat } from "../i18n/format.js";
import { interventionTypeLabel, sessionModeLabel } from "../support-vocabulary/labels.js";
import { AttendanceBadge } from "./attendance-badge.js";
import { draftOf } from "./session-draft.js";
import { SessionForm } from "./session-form.js";
import { sessionsApi, type SessionDetail } from "./sessions-api.js";

interface SessionDialogProps {
  sessionId: string | null;
  onClose: () => void;
  /** After a change, so the list shows it. */
  onChanged: () => void;
}

export function SessionDialog({ sessionId, onClose, onChanged }: SessionDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={sessionId !== null} onClose={onClose} title={t("sessions.detail.title")} size="lg">
      {sessionId && <SessionView sessionId={sessionId} onClose={onClose} onChanged={onChanged} />}
    </AppModal>
  );
}

function SessionView({ sessionId, onClose, onChanged }: { sessionId: string; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad(() => sessionsApi.open(sessionId), [sessionId]);
  const [isEditing, setIsEditing] = useState(false);
  const [notice, setNotice] = useState<"saved" | "stale" | null>(null);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const session = state.data;

  if (isEditing) {
    const initial = { ...draftOf(session), notes: session.notes ?? "" };
    return (
      <SessionForm
        initial={initial}
        initialWorkerIds={session.workers.map((worker) => worker.userId)}
        workerOptions={mergeWorkers(session)}
        interventionTypes={session.interventionTypes}
        submitLabel={t("sessions.detail.save")}
        onCancel={() => setIsEditing(false)}
        onSubmit={async ({ notes, ...details }) => {
          // Unchanged notes are not sent again: the record keeps when they were first written.
          const changedNotes = notes !== undefined && notes !== session.notes ? { notes } : {};
          try {
            await sessionsApi.update(session.id, { ...details, ...changedNotes, version: session.version });
          } catch (failure) {
            if (!hasCode(failure, "conflict")) throw failure;
            setNotice("stale");
            setIsEditing(false);
            reload();
            return;
          }
          setNotice("saved");
          setIsEditing(false);
          onChanged();
          reload();
        }}
      />
    );
  }

  return (
    <Stack>
      {notice && (
        <Alert color={notice === "stale" ? "orange" : "green"} variant="light" role={notice === "stale" ? "alert" : "status"}>
          {notice === "stale" ? t("sessions.detail.stale") : t("sessions.detail.saved")}
        </Alert>
      )}
      <SessionFacts session={session} />
      <Paper withBorder p="md" bg="var(--mantine-color-gray-0)">
        <Text fw={600} mb={4}>
          {t("sessions.detail.notes")}
        </Text>
        {session.notes ? (
          <Text style={{ whiteSpace: "pre-wrap" }} dir="auto">
            {session.notes}
          </Text>
        ) : (
          <Text c="dimmed">{session.attendance === "attended" || session.attendance === null ? t("sessions.detail.noNotesYet") : t("sessions.detail.noNotes")}</Text>
        )}
      </Paper>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t("common.close")}
        </Button>
        {session.abilities.edit && <Button onClick={() => setIsEditing(true)}>{session.hasNotes ? t("sessions.detail.change") : t("sessions.detail.writeUp")}</Button>}
      </Group>
    </Stack>
  );
}

/** The people offered as workers, with the session's own even if they could no longer be chosen. */
function mergeWorkers(session: SessionDetail) {
  const offered = new Map(session.workerOptions.map((worker) => [worker.userId, worker]));
  for (const worker of session.workers) if (!offered.has(worker.userId)) offered.set(worker.userId, worker);
  return [...offered.values()];
}

function SessionFacts({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const place = session.venue ? `${sessionModeLabel(session.mode, t)}: ${session.venue}` : sessionModeLabel(session.mode, t);
  return (
    <FactList
      facts={[
        { label: t("sessions.detail.when"), value: `${format.dateTime(session.startsAt)} · ${t("sessions.minutes", { count: session.durationMinutes })}` },
        { label: t("sessions.detail.type"), value: <bdi>{interventionTypeLabel(session.interventionType, t, session.interventionTypes)}</bdi> },
        { label: t("sessions.detail.mode"), value: <bdi>{place}</bdi> },
        { label: t("sessions.detail.workers"), value: <bdi>{session.workers.map((worker) => worker.name).join(", ")}</bdi> },
        { label: t("sessions.detail.attendance"), value: <AttendanceBadge attendance={session.attendance} /> },
        { label: t("sessions.detail.recordedBy"), value: <bdi>{session.createdByName ?? t("sessions.detail.unknown")}</bdi> },
      ]}
    />
  );
}
