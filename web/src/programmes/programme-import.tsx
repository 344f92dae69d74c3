/**
 * Importing a programme as JSON: paste it or choose a .json file. A new programme needs a new key;
 * a new version of one needs the next version number. A refusal lists each problem the server
 * found, naming the part of the definition that is wrong.
 */
import { Alert, Button, Code, FileInput, Group, List, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/api-error.js";
import { errorMessage } from "../api/error-messages.js";
import { Section } from "../components/section.js";
import { readDocument, splitProblem } from "../instruments/import-document.js";
import { programmesApi, type ImportProgrammeResult } from "./programmes-api.js";

type Refusal = { message: string; problems: string[] };

interface ProgrammeImportProps {
  text: string;
  onTextChange: (text: string) => void;
  onImported: () => void;
}

export function ProgrammeImport({ text, onTextChange, onImported }: ProgrammeImportProps) {
  const { t } = useTranslation();
  const [inputError, setInputError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
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
      // The server's own words here: they name the part of the definition at fault.
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) setRefusal({ message: error.message, problems: error.fields.map((field) => field.message) });
      else setRefusal({ message: errorMessage(error, t), problems: [] });
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <Section title={t("programmes.import.title")}>
      <Text size="sm">{t("programmes.import.intro")}</Text>
      <FileInput
        label={t("programmes.import.file")}
        placeholder={t("programmes.import.filePlaceholder")}
        accept="application/json,.json"
        onChange={(file) => void file?.text().then(onTextChange)}
        clearable={false}
        maw={480}
      />
      <Textarea
        label={t("programmes.import.paste")}
        value={text}
        onChange={(event) => onTextChange(event.currentTarget.value)}
        error={inputError}
        autosize
        minRows={6}
        maxRows={16}
        dir="ltr"
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: "0.85rem" } }}
        spellCheck={false}
      />
      {refusal && (
        <Alert color="red" variant="light" role="alert" title={t("programmes.import.refusedTitle")}>
          <Stack gap="xs">
            <Text size="sm">
              <bdi>{refusal.message}</bdi>
            </Text>
            {refusal.problems.length > 0 && (
              <List size="sm" spacing={4}>
                {refusal.problems.map((problem) => {
                  const { part, text: what } = splitProblem(problem);
                  return (
                    <List.Item key={problem}>
                      {part && (
                        <>
                          <Code dir="ltr">{part}</Code>{" "}
                        </>
                      )}
                      <bdi>{what}</bdi>
                    </List.Item>
                  );
                })}
              </List>
            )}
          </Stack>
        </Alert>
      )}
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
