/**
 * Importing an instrument: paste JSON or choose a .json file, say whether it is a definition or a
 * FHIR Questionnaire, and for a Questionnaire optionally which instrument's wording it gives. A
 * refusal lists each problem the server found, naming the part of the definition that is wrong.
 */
import { Alert, Button, Code, FileInput, Group, List, NativeSelect, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/api-error.js";
import { errorMessage } from "../api/error-messages.js";
import { Section } from "../components/section.js";
import { readDocument, splitProblem } from "./import-document.js";
import { instrumentsApi, type ImportResult, type InstrumentSummary } from "./instruments-api.js";

type Refusal = { message: string; problems: string[] };

export function ImportSection({ instruments, onImported }: { instruments: readonly InstrumentSummary[]; onImported: () => void }) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<"json" | "fhir">("json");
  const [text, setText] = useState("");
  const [wordingFor, setWordingFor] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function choose(file: File | null): Promise<void> {
    if (!file) return;
    const content = await file.text();
    setText(content);
    const read = readDocument(content);
    if (read.ok) setFormat(read.isQuestionnaire ? "fhir" : "json");
  }

  async function submit(): Promise<void> {
    setRefusal(null);
    setResult(null);
    const read = readDocument(text);
    if (!read.ok) {
      setInputError(t(`instruments.import.problems.${read.problem}`, { detail: read.detail ?? "" }));
      return;
    }
    setInputError(null);
    setIsBusy(true);
    try {
      const body = format === "json" ? { format, document: read.document } : { format, document: read.document, ...(wordingFor ? { wordingFor } : {}) };
      setResult(await instrumentsApi.import(body));
      setText("");
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
    <Section title={t("instruments.import.title")}>
      <Text size="sm">{t("instruments.import.intro")}</Text>
      <Radio.Group label={t("instruments.import.format")} value={format} onChange={(value) => setFormat(value === "fhir" ? "fhir" : "json")}>
        <Group gap="lg" mt={6}>
          <Radio value="json" label={t("instruments.import.formats.json")} />
          <Radio value="fhir" label={t("instruments.import.formats.fhir")} />
        </Group>
      </Radio.Group>
      {format === "fhir" && (
        <NativeSelect
          label={t("instruments.import.wordingFor")}
          description={t("instruments.import.wordingForHint")}
          data={[{ value: "", label: t("instruments.import.wordingForNone") }, ...instruments.map((instrument) => ({ value: instrument.key, label: instrument.title }))]}
          value={wordingFor}
          onChange={(event) => setWordingFor(event.currentTarget.value)}
          maw={480}
        />
      )}
      <FileInput label={t("instruments.import.file")} placeholder={t("instruments.import.filePlaceholder")} accept="application/json,.json" onChange={(file) => void choose(file)} clearable={false} maw={480} />
      <Textarea
        label={t("instruments.import.paste")}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={inputError}
        autosize
        minRows={6}
        maxRows={16}
        dir="ltr"
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: "0.85rem" } }}
        spellCheck={false}
      />
      {refusal && (
        <Alert color="red" variant="light" role="alert" title={t("instruments.import.refusedTitle")}>
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
        <Alert color="green" variant="light" role="status" title={t("instruments.import.doneTitle")}>
          <Text size="sm">{t("instruments.import.done", { key: result.key, version: result.version })}</Text>
          {result.unmatched.length > 0 && (
            <>
              <Text size="sm" mt="xs">
                {t("instruments.import.unmatched", { count: result.unmatched.length })}
              </Text>
              <List size="sm">
                {result.unmatched.map((item) => (
                  <List.Item key={item}>
                    <bdi>{item}</bdi>
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}
      <Group>
        <Button onClick={() => void submit()} loading={isBusy}>
          {t("instruments.import.submit")}
        </Button>
      </Group>
    </Section>
  );
}
