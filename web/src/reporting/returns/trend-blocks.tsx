/**
 * A report over several quarters read across them: each block as one table, a row per value and a
 * column per quarter, so a rise or fall reads along the row. Built only from the quarters'
 * published blocks; a value hidden in a quarter stays "*" there.
 */
import { Stack, Table, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReleasedReport } from "../../../../core/api/reporting-returns.js";
import { ShownCount, type PublishedBlock } from "./published-blocks.js";
import type { ReportWords, Shown } from "./report-words.js";

type Part = ReleasedReport["parts"][number];

const isHidden = (shown: Shown) => shown.kind === "suppressed" || shown.value === null;
const hiddenMark: Shown = { kind: "suppressed", value: null };

/** The same block in each quarter (undefined where a quarter lacks it). */
function acrossParts(parts: readonly Part[], sectionId: string, blockId: string): (PublishedBlock | undefined)[] {
  return parts.map((part) => part.sections.find((section) => section.id === sectionId)?.blocks.find((block) => block.id === blockId));
}

interface TrendRow {
  label: string;
  cells: (Shown | string | null)[];
  isTotal?: boolean;
}

function rowsOf(blocks: (PublishedBlock | undefined)[], words: ReportWords, t: (key: string, values?: Record<string, unknown>) => string): TrendRow[] {
  const first = blocks.find((block) => block !== undefined);
  if (!first) return [];
  switch (first.kind) {
    case "list": {
      const lists = blocks as (Extract<PublishedBlock, { kind: "list" }> | undefined)[];
      const values = [...new Set(lists.flatMap((list) => list?.values ?? []))];
      return [
        ...values.map((value) => ({ label: words.value(first.by, value), cells: lists.map((list) => (list ? (list.cells[list.values.indexOf(value)] ?? null) : null)) })),
        { label: first.isAdditive ? t("reporting.table.total") : t("reporting.table.totalEachOnce"), cells: lists.map((list) => list?.total ?? null), isTotal: true },
      ];
    }
    case "table": {
      const tables = blocks as (Extract<PublishedBlock, { kind: "table" }> | undefined)[];
      const values = [...new Set(tables.flatMap((table) => table?.rowValues ?? []))];
      return [
        ...values.map((value) => ({ label: words.value(first.rows, value), cells: tables.map((table) => (table ? (table.rowTotals[table.rowValues.indexOf(value)] ?? null) : null)) })),
        { label: t("reporting.table.total"), cells: tables.map((table) => table?.grandTotal ?? null), isTotal: true },
      ];
    }
    case "figure":
      return [{ label: t("reporting.table.count"), cells: blocks.map((block) => (block?.kind === "figure" ? block.shown : null)) }];
    case "share":
      return [{ label: "%", cells: blocks.map((block) => (block?.kind === "share" ? (block.percent === null ? hiddenMark : `${words.number(block.percent)}%`) : null)) }];
    case "wait":
      return [
        { label: t("reporting.table.median"), cells: blocks.map((block) => (block?.kind === "wait" ? (block.medianDays === null ? hiddenMark : t("reporting.table.days", { days: words.number(block.medianDays) })) : null)) },
        { label: t("reporting.table.waits"), cells: blocks.map((block) => (block?.kind === "wait" ? block.waits : null)) },
      ];
  }
}

export function TrendBlockView({ parts, sectionId, blockId, words }: { parts: readonly Part[]; sectionId: string; blockId: string; words: ReportWords }) {
  const { t } = useTranslation();
  const title = t(`reporting.blocks.${blockId}`);
  const rows = rowsOf(acrossParts(parts, sectionId, blockId), words, t);
  return (
    <Stack gap={6} data-block={blockId}>
      <Title order={4} size="h5">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={200 + 110 * parts.length}>
        <Table withTableBorder withColumnBorders striped="even" fz="sm" aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <VisuallyHidden>{t("reporting.release.value")}</VisuallyHidden>
              </Table.Th>
              {parts.map((part) => (
                <Table.Th key={part.quarter} className="released-cell">
                  {words.shortQuarter(part.quarter)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Th scope="row" fw={row.isTotal ? 700 : 400}>
                  {row.label}
                </Table.Th>
                {row.cells.map((cell, index) => (
                  <Table.Td key={parts[index]!.quarter} fw={row.isTotal ? 600 : undefined} className={cell !== null && typeof cell !== "string" && isHidden(cell) ? "released-cell released-cell--hidden" : "released-cell"}>
                    {cell === null ? "–" : typeof cell === "string" ? cell : <ShownCount shown={cell} words={words} />}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
