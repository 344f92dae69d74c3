/**
 * Where the draft stands: "Saving…", "Saved at 10:42", or a clear message when a save failed or
 * someone else saved the draft first (autosaving then stops; reloading shows their version).
 * Only the saved time is announced to screen readers, so typing does not set off a stream of
 * announcements; problems are announced as alerts.
 */
import { Alert, Button, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-messages.js";
import { useFormat } from "../i18n/format.js";
import type { SaveStatus } from "./use-autosave.js";

/** `isAnnounced`: the one copy on the page that screen readers hear; others are silent. */
export function SaveStatusLine({ status, isAnnounced = true }: { status: SaveStatus; isAnnounced?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Text component="div" size="sm" c="dimmed" className="save-status">
      <span aria-live={isAnnounced ? "polite" : undefined}>
        {status.kind === "saved" && t("assessments.save.savedAt", { time: format.time(status.at) })}
        {status.kind === "unchanged" && t("assessments.save.unchanged")}
      </span>
      {(status.kind === "saving" || status.kind === "pending") && <span aria-hidden>{status.kind === "saving" ? t("assessments.save.saving") : t("assessments.save.pending")}</span>}
    </Text>
  );
}

export function SaveProblem({ status, onRetry, onReload }: { status: SaveStatus; onRetry: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  if (status.kind === "stale") {
    return (
      <Alert color="red" variant="light" role="alert" title={t("assessments.save.staleTitle")}>
        <Text size="sm">{t("assessments.save.stale")}</Text>
        <Button mt="sm" variant="default" onClick={onReload}>
          {t("assessments.save.reload")}
        </Button>
      </Alert>
    );
  }
  if (status.kind === "failed") {
    return (
      <Alert color="red" variant="light" role="alert" title={t("assessments.save.failedTitle")}>
        <Text size="sm">{errorMessage(status.error, t)}</Text>
        <Button mt="sm" variant="default" onClick={onRetry}>
          {t("common.tryAgain")}
        </Button>
      </Alert>
    );
  }
  return null;
}
