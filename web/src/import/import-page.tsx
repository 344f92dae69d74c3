/**
 * One import (/imports/:importId): choose which column holds each field (guessed from the headers,
 * or a saved mapping), check every row (the dry run: nothing is written), read the problems and
 * download the error report, then import, watching each batch go in.
 */
import { Alert, Button, Group, Progress, Stack, Text } from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Section } from "../components/section.js";
import { useFormat } from "../i18n/format.js";
import { ColumnMapping } from "./column-mapping.js";
import { DryRunReport } from "./dry-run-report.js";
import { importsApi, type SpreadsheetImport } from "./imports-api.js";

export function ImportPage() {
  const { t } = useTranslation();
  const { importId = "" } = useParams();
  const [row, setRow] = useState<SpreadsheetImport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => importsApi.get(importId).then(setRow, setError), [importId]);
  useEffect(() => {
    void load();
  }, [load]);
  // While batches are written, the page asks how far they have got.
  useEffect(() => {
    if (row?.status !== "importing") return;
    const timer = setInterval(() => void load(), 1_500);
    return () => clearInterval(timer);
  }, [row?.status, load]);
  if (error) return <LoadFailed error={error} onRetry={() => void load()} />;
  if (!row) return <Loading />;
  const isOpen = row.status === "uploaded" || row.status === "checked";
  return (
    <Page title={t("imports.one.title")}>
      <Stack gap="lg">
        <Summary row={row} />
        {isOpen && <ColumnMapping row={row} onChecked={setRow} />}
        {row.checkedAt && <DryRunReport row={row} onChanged={setRow} />}
        {(row.status === "importing" || row.status === "done" || row.status === "failed") && <ImportProgress row={row} onChanged={setRow} />}
      </Stack>
    </Page>
  );
}

function Summary({ row }: { row: SpreadsheetImport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Text>
      {t("imports.one.summary", { fileType: row.fileType.toUpperCase(), rows: format.number(row.rowCount), status: t(`imports.status.${row.status}`) })}{" "}
      {row.kind && row.status !== "uploaded" ? t("imports.one.kind", { kind: t(`imports.kinds.${row.kind}`) }) : ""}{" "}
      {row.status === "uploaded" || row.status === "checked" ? t("imports.one.expires", { at: format.dateTime(row.expiresAt) }) : ""}
    </Text>
  );
}

function ImportProgress({ row, onChanged }: { row: SpreadsheetImport; onChanged: (row: SpreadsheetImport) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [failure, setFailure] = useState<string | null>(null);
  const percent = row.batchCount === 0 ? 100 : Math.round((row.batchesDone / row.batchCount) * 100);
  async function carryOn(): Promise<void> {
    setFailure(null);
    try {
      onChanged(await importsApi.start(row.id));
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  }
  return (
    <Section title={t("imports.progress.title")}>
      <Progress value={percent} size="lg" aria-label={t("imports.progress.label")} striped={row.status === "importing"} animated={row.status === "importing"} />
      <Text role="status">
        {t("imports.progress.batches", { done: row.batchesDone, total: row.batchCount, rows: format.number(row.rowsImported) })}
      </Text>
      {row.status === "done" && (
        <Alert color="green" variant="light" title={t("imports.progress.doneTitle")}>
          {row.rowsSkipped === 0 ? t("imports.progress.done", { rows: format.number(row.rowsImported) }) : t("imports.progress.doneSkipped", { rows: format.number(row.rowsImported), skipped: format.number(row.rowsSkipped) })}
        </Alert>
      )}
      {row.status === "failed" && (
        <Alert color="red" variant="light" title={t("imports.progress.failedTitle")}>
          <Stack gap="xs">
            <Text size="sm">{t("imports.progress.failed", { batch: row.batchesDone + 1 })}</Text>
            <FormError message={failure} />
            <Group>
              <Button onClick={() => void carryOn()}>{t("imports.progress.carryOn")}</Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Section>
  );
}
