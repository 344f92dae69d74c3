/**
 * Importing a programme as JSON: paste it or choose a .json file. A new programme needs a new key;
 * a new version of one needs the next version number. A refusal lists each problem the server
 * found, naming the part of the definition that is wrong.
 */
import { Alert, Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ImportRefused, JsonSource, refusalOf, type ImportRefusal } from "../components/json-import.js";
import { Section } from "../components/section.js";
import { readDocument } from "../components/import-document.js";
import { programmesApi, type ImportProgrammeResult } from "./programmes-api.js";

interface ProgrammeImportProps {
  text: string;
  onTextChange: (text: string) => void;
  onImported: () => void;
}

export function ProgrammeImport({ text, onTextChange, onImported }: ProgrammeImportProps) {
  const { t } = useTranslation();
  const [inputError, setInputError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<ImportRefusal | null>(null);
  const [result, setResult] = useState<ImportProgrammeResult | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(): Promise<void> {
    setRefusal(null);
    setResult(null);
    const read = readDocument(text);
    if (!read.ok) {
      setInputError(t(`programmes.import.problems.${read.problem}`, { detail: read.detail ?? "" }));
      return;
    }
    setInputError(null);
    setIsBusy(true);
    try {
      setResult(await programmesApi.import(read.document));
      onTextChange("");
      onImported();
    } catch (error) {
      setRefusal(refusalOf(error, t));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <Section title={t("programmes.import.title")}>
      <Text size="sm">{t("programmes.import.intro")}</Text>
      <JsonSource
        fileLabel={t("programmes.import.file")}
        filePlaceholder={t("programmes.import.filePlaceholder")}
        pasteLabel={t("programmes.import.paste")}
        text={text}
        error={inputError}
        onText={onTextChange}
      />
      {refusal && <ImportRefused title={t("programmes.import.refusedTitle")} refusal={refusal} />}
      {result && (
        <Alert color="green" variant="light" role="status" title={t("programmes.import.doneTitle")}>
          <Text size="sm">{t("programmes.import.done", { key: result.key, version: result.version })}</Text>
        </Alert>
      )}
      <Group>
        <Button onClick={() => void submit()} loading={isBusy}>
          {t("programmes.import.submit")}
        </Button>
      </Group>
    </Section>
  );
}
