/**
 * Importing an instrument: paste JSON or choose a .json file, say whether it is a definition or a
 * FHIR Questionnaire, and for a Questionnaire optionally which instrument's wording it gives. A
 * refusal lists each problem the server found, naming the part of the definition that is wrong.
 */
import { Alert, Button, Group, List, NativeSelect, Radio, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ImportRefused, JsonSource, refusalOf, type ImportRefusal } from "../components/json-import.js";
import { Section } from "../components/section.js";
import { readDocument } from "../components/import-document.js";
import { instrumentsApi, type ImportResult, type InstrumentSummary } from "./instruments-api.js";

export function ImportSection({ instruments, onImported }: { instruments: readonly InstrumentSummary[]; onImported: () => void }) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<"json" | "fhir">("json");
  const [text, setText] = useState("");
  const [wordingFor, setWordingFor] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<ImportRefusal | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  /** A chosen file says which format it is in: a FHIR Questionnaire or our own JSON. */
  function choose(content: string): void {
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
      setRefusal(refusalOf(error, t));
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
      <JsonSource
        fileLabel={t("instruments.import.file")}
        filePlaceholder={t("instruments.import.filePlaceholder")}
        pasteLabel={t("instruments.import.paste")}
        text={text}
        error={inputError}
        onText={setText} onFile={choose}
      />
      {refusal && <ImportRefused title={t("instruments.import.refusedTitle")} refusal={refusal} />}
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
