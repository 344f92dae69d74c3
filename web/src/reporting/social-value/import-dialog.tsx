/**
 * Importing the catalogue from a spreadsheet saved as CSV (the downloaded one, edited): all or
 * nothing. A refused file lists each problem by its row and column; an imported one says which
 * codes were added, which were given a new version and how many were left as they were.
 */
import { Alert, Button, FileInput, Group, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { catalogueImportSchema } from "../../../../core/api/social-value.js";
import { AppModal } from "../../components/app-modal.js";
import { refusalOf, type ImportRefusal } from "../../components/json-import.js";
import { socialValueApi } from "./social-value-api.js";

type Imported = z.infer<typeof catalogueImportSchema>;

export function ImportDialog({ opened, onClose, onImported }: { opened: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t("socialValue.import.title")} size="lg">
      {opened && <ImportForm onClose={onClose} onImported={onImported} />}
    </AppModal>
  );
}

function ImportForm({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ImportRefusal | null>(null);
  const [imported, setImported] = useState<Imported | null>(null);
  async function send() {
    if (csv === null) return;
    setBusy(true);
    setRefusal(null);
    try {
      setImported(await socialValueApi.importCatalogue(csv));
      onImported();
    } catch (error) {
      setRefusal(refusalOf(error, t));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Stack>
      <Text size="sm">{t("socialValue.import.intro")}</Text>
      <FileInput label={t("socialValue.import.file")} placeholder={t("socialValue.import.choose")} accept="text/csv,.csv" onChange={(file) => void file?.text().then((text) => { setCsv(text); setImported(null); setRefusal(null); })} clearable={false} maw={480} />
      <div aria-live="polite">
        {refusal && (
          <Alert color="red" title={t("socialValue.import.refused")}>
            <Stack gap="xs">
              <Text size="sm">{refusal.message}</Text>
              {refusal.problems.length > 0 && (
                <List size="sm">
                  {refusal.problems.map((problem) => (
                    <List.Item key={problem}>
                      <span dir="ltr">{problem}</span>
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          </Alert>
        )}
        {imported && (
          <Alert color="green" title={t("socialValue.import.done")}>
            {t("socialValue.import.summary", { added: imported.added.length, changed: imported.changed.length, unchanged: imported.unchanged.length })}
            {imported.added.length + imported.changed.length > 0 && <Text size="sm" dir="ltr">{[...imported.added, ...imported.changed].join(", ")}</Text>}
          </Alert>
        )}
      </div>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t(imported ? "common.close" : "common.cancel")}
        </Button>
        {!imported && (
          <Button onClick={() => void send()} disabled={csv === null} loading={isBusy}>
            {t("socialValue.import.submit")}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
