/**
 * What the file holds (and, but for clients, for which site), then which column holds each of that
 * kind's fields: guessed from the headers where obvious, or taken from a mapping of the same kind
 * saved earlier (matched by header text), changed by hand, and optionally saved by name. Checking
 * runs the dry run; the server refuses a mapping without the required fields, naming them.
 */
import { Button, Group, NativeSelect, SimpleGrid, Text, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportKind } from "../../../core/import/cells.js";
import { importDefinitions } from "../../../core/import/kinds.js";
import { ApiError } from "../api/api-error.js";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { Section } from "../components/section.js";
import { importsApi, type Columns, type ImportMapping, type SpreadsheetImport } from "./imports-api.js";
import { KindAndSite } from "./kind-and-site.js";

export function ColumnMapping({ row, onChecked }: { row: SpreadsheetImport; onChecked: (row: SpreadsheetImport) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>(row.kind ?? "clients");
  const [siteId, setSiteId] = useState(row.siteId ?? "");
  const [columns, setColumns] = useState<Columns>(row.columns ?? row.suggestedColumns[kind] ?? {});
  const [mappings, setMappings] = useState<ImportMapping[]>([]);
  const [saveAs, setSaveAs] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<string, string>>>({});
  const [isBusy, setIsBusy] = useState(false);
  useEffect(() => {
    importsApi.mappings().then((list) => setMappings(list.items), () => setMappings([]));
  }, []);

  function applyMapping(name: string): void {
    const mapping = mappings.find((candidate) => candidate.name === name);
    if (!mapping) return;
    const applied: Columns = {};
    for (const [field, header] of Object.entries(mapping.columns)) {
      const column = row.headers.indexOf(header);
      if (column >= 0) applied[field as keyof Columns] = column;
    }
    setColumns(applied);
  }

  function chooseKind(next: ImportKind): void {
    setKind(next);
    setColumns(next === row.kind && row.columns ? row.columns : (row.suggestedColumns[next] ?? {}));
    setFieldErrors({});
  }

  function choose(field: keyof Columns, value: string): void {
    setColumns((current) => {
      const next = { ...current };
      if (value === "") delete next[field];
      else next[field] = Number(value);
      return next;
    });
  }

  async function check(): Promise<void> {
    setFailure(null);
    setFieldErrors({});
    setIsBusy(true);
    try {
      onChecked(await importsApi.check(row.id, { kind, columns, siteId, saveAs }));
    } catch (error) {
      setFailure(errorMessage(error, t));
      const fields = error instanceof ApiError ? error.fields : [];
      setFieldErrors(Object.fromEntries(fields.map((field) => [field.path.replace("body.columns.", ""), field.path === "body.siteId" ? field.message : t("imports.mapping.columnProblem")])));
    } finally {
      setIsBusy(false);
    }
  }

  const definition = importDefinitions[kind];
  const sameKind = mappings.filter((mapping) => mapping.kind === kind);
  const options = [{ value: "", label: t("imports.mapping.notInFile") }, ...row.headers.map((header, index) => ({ value: String(index), label: header || t("imports.mapping.untitled", { number: index + 1 }) }))];
  return (
    <Section title={t("imports.mapping.title")}>
      <KindAndSite kind={kind} siteId={siteId} siteError={fieldErrors["body.siteId"]} onKind={chooseKind} onSite={setSiteId} />
      <Text>{t("imports.mapping.intro")}</Text>
      {sameKind.length > 0 && (
        <NativeSelect label={t("imports.mapping.saved")} data={[{ value: "", label: t("imports.mapping.choose") }, ...sameKind.map((mapping) => ({ value: mapping.name, label: mapping.name }))]} onChange={(event) => applyMapping(event.currentTarget.value)} maw={360} />
      )}
      <FormError message={failure} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {(definition.fields as readonly (keyof Columns)[]).map((field) => (
          <NativeSelect
            key={field}
            label={t(`imports.fields.${field}`)}
            withAsterisk={definition.required.includes(field)}
            data={options}
            value={columns[field] === undefined ? "" : String(columns[field])}
            onChange={(event) => choose(field, event.currentTarget.value)}
            error={fieldErrors[field]}
          />
        ))}
      </SimpleGrid>
      <Group align="flex-end">
        <TextInput label={t("imports.mapping.saveAs")} description={t("imports.mapping.saveAsHint")} value={saveAs} onChange={(event) => setSaveAs(event.currentTarget.value)} maxLength={80} miw={280} />
        <Button onClick={() => void check()} loading={isBusy}>
          {t("imports.mapping.check")}
        </Button>
      </Group>
    </Section>
  );
}
