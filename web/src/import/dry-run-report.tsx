/**
 * The dry run's report: how many rows are ready, how many have problems and how many are people
 * already known, each problem by row and field (never the cell's value), the error report to
 * download, and the import itself, or throwing the upload away.
 */
import { Alert, Anchor, Button, Group, SimpleGrid, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { Section } from "../components/section.js";
import { useFormat } from "../i18n/format.js";
import { importsApi, type SpreadsheetImport } from "./imports-api.js";

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </div>
  );
}

export function DryRunReport({ row, onChanged }: { row: SpreadsheetImport; onChanged: (row: SpreadsheetImport) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const isChecked = row.status === "checked";

  async function act(action: () => Promise<SpreadsheetImport | null>): Promise<void> {
    setFailure(null);
    setIsBusy(true);
    try {
      const changed = await action();
      if (changed) onChanged(changed);
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <Section title={t("imports.report.title")}>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Figure label={t("imports.report.rows")} value={format.number(row.rowCount)} />
        <Figure label={t("imports.report.ready")} value={format.number(row.readyRows)} />
        <Figure label={t("imports.report.problems")} value={format.number(row.problemRows)} />
        <Figure label={t("imports.report.duplicates")} value={format.number(row.duplicateRows)} />
      </SimpleGrid>
      {row.problems.length === 0 ? (
        <Alert color="green" variant="light">
          {t("imports.report.noProblems")}
        </Alert>
      ) : (
        <>
          <Text size="sm">{row.problems.length < row.problemRows + row.duplicateRows ? t("imports.report.firstOnly", { count: row.problems.length }) : t("imports.report.all")}</Text>
          <Table.ScrollContainer minWidth={560} mah={420}>
            <Table striped stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("imports.report.row")}</Table.Th>
                  <Table.Th>{t("imports.report.field")}</Table.Th>
                  <Table.Th>{t("imports.report.problem")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {row.problems.map((problem) => (
                  <Table.Tr key={`${problem.rowNumber}-${problem.field}`}>
                    <Table.Td>{format.number(problem.rowNumber)}</Table.Td>
                    <Table.Td>{t(`imports.fields.${problem.field}`)}</Table.Td>
                    <Table.Td>{t(`imports.problems.${problem.problem}`, { detail: problem.detail ?? "" })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Anchor href={importsApi.reportUrl(row.id)} download>
            {t("imports.report.download")}
          </Anchor>
        </>
      )}
      <FormError message={failure} />
      {isChecked && (
        <Group>
          <Button onClick={() => void act(() => importsApi.start(row.id))} loading={isBusy} disabled={row.readyRows === 0}>
            {t("imports.report.import", { count: row.readyRows })}
          </Button>
          <Button variant="default" onClick={() => void act(async () => (await importsApi.discard(row.id), importsApi.get(row.id)))} disabled={isBusy}>
            {t("imports.report.discard")}
          </Button>
        </Group>
      )}
      {isChecked && <Text size="sm" c="dimmed">{t("imports.report.leftOut")}</Text>}
    </Section>
  );
}
