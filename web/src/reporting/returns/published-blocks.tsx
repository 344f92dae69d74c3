/**
 * One published block of a released report, drawn as the reader needs it: a table with its totals,
 * a list with bars, a single figure, a percentage of a whole, or a waiting time. A hidden figure is
 * shown as "*" and read aloud as "suppressed"; nothing here is worked out beyond what was released.
 */
import { Box, Group, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReleasedReport } from "../../../../core/api/reporting-returns.js";
import type { ReportWords, Shown } from "./report-words.js";

export type PublishedBlock = ReleasedReport["parts"][number]["sections"][number]["blocks"][number];

const isHidden = (shown: Shown) => shown.kind === "suppressed" || shown.value === null;

/** A published count in a cell: its number, or the "*" mark that says it was hidden. */
export function ShownCount({ shown, words }: { shown: Shown; words: ReportWords }) {
  const { t } = useTranslation();
  if (!isHidden(shown)) return <>{words.shown(shown)}</>;
  return (
    <span data-suppressed="true" title={t("reporting.table.suppressedHint")}>
      <span aria-hidden="true">{t("reporting.table.suppressed")}</span>
      <VisuallyHidden>{t("reporting.table.suppressedLabel")}</VisuallyHidden>
    </span>
  );
}

export function PublishedBlockView({ block, words }: { block: PublishedBlock; words: ReportWords }) {
  const { t } = useTranslation();
  const title = t(`reporting.blocks.${block.id}`);
  return (
    <Stack gap={6} data-block={block.id}>
      <Title order={4} size="h5">
        {title}
      </Title>
      {block.kind === "table" && <TableBlock block={block} words={words} title={title} />}
      {block.kind === "list" && <ListBlock block={block} words={words} title={title} />}
      {block.kind === "figure" && (
        <Text size="xl" fw={700}>
          <ShownCount shown={block.shown} words={words} />
        </Text>
      )}
      {block.kind === "share" && (
        <Group gap="sm" align="baseline" wrap="wrap">
          <Text size="xl" fw={700}>
            {block.percent === null ? <ShownCount shown={{ kind: "suppressed", value: null }} words={words} /> : `${words.number(block.percent)}%`}
          </Text>
          <Text c="dimmed">
            {t("reporting.table.ofWhole", { part: shownWords(block.part, words, t), whole: shownWords(block.whole, words, t) })}
          </Text>
        </Group>
      )}
      {block.kind === "wait" && <WaitBlock block={block} words={words} />}
    </Stack>
  );
}

/** A count inside a sentence: its number, or the word for a hidden figure. */
function shownWords(shown: Shown, words: ReportWords, t: (key: string) => string): string {
  return isHidden(shown) ? t("reporting.table.suppressedLabel") : words.shown(shown);
}

function TableBlock({ block, words, title }: { block: Extract<PublishedBlock, { kind: "table" }>; words: ReportWords; title: string }) {
  const { t } = useTranslation();
  const cell = (shown: Shown, key: string, isTotal = false) => (
    <Table.Td key={key} className={isHidden(shown) ? "released-cell released-cell--hidden" : "released-cell"} fw={isTotal ? 600 : undefined}>
      <ShownCount shown={shown} words={words} />
    </Table.Td>
  );
  return (
    <Table.ScrollContainer minWidth={Math.min(900, 200 + 90 * (block.columnValues.length + 1))}>
      <Table withTableBorder withColumnBorders striped="even" fz="sm" aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <VisuallyHidden>{t(`contracts.dimensions.${block.rows}`)}</VisuallyHidden>
            </Table.Th>
            {block.columnValues.map((value) => (
              <Table.Th key={value} className="released-cell">
                {words.value(block.columns, value)}
              </Table.Th>
            ))}
            <Table.Th className="released-cell">{t("reporting.table.total")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {block.rowValues.map((value, row) => (
            <Table.Tr key={value}>
              <Table.Th scope="row" fw={500}>
                {words.value(block.rows, value)}
              </Table.Th>
              {block.cells[row]!.map((shown, column) => cell(shown, `${row}:${column}`))}
              {cell(block.rowTotals[row]!, "total", true)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t("reporting.table.total")}</Table.Th>
            {block.columnTotals.map((shown, column) => cell(shown, `total:${column}`, true))}
            {cell(block.grandTotal, "grand", true)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function ListBlock({ block, words, title }: { block: Extract<PublishedBlock, { kind: "list" }>; words: ReportWords; title: string }) {
  const { t } = useTranslation();
  const largest = Math.max(1, ...block.cells.map((shown) => shown.value ?? 0));
  return (
    <Table fz="sm" aria-label={title} verticalSpacing={4} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="40%">{t(`contracts.dimensions.${block.by}`)}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t("reporting.table.chart")}</VisuallyHidden>
          </Table.Th>
          <Table.Th w="7rem" className="released-cell">
            {t("reporting.table.count")}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {block.values.map((value, index) => {
          const shown = block.cells[index]!;
          return (
            <Table.Tr key={value}>
              <Table.Th scope="row" fw={400}>
                {words.value(block.by, value)}
              </Table.Th>
              <Table.Td aria-hidden="true">
                {!isHidden(shown) && (shown.value ?? 0) > 0 && <Box className="released-bar" style={{ width: `${(100 * (shown.value ?? 0)) / largest}%` }} />}
              </Table.Td>
              <Table.Td className={isHidden(shown) ? "released-cell released-cell--hidden" : "released-cell"}>
                <ShownCount shown={shown} words={words} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row" colSpan={2}>
            {block.isAdditive ? t("reporting.table.total") : t("reporting.table.totalEachOnce")}
          </Table.Th>
          <Table.Td className={isHidden(block.total) ? "released-cell released-cell--hidden" : "released-cell"} fw={600}>
            <ShownCount shown={block.total} words={words} />
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

function WaitBlock({ block, words }: { block: Extract<PublishedBlock, { kind: "wait" }>; words: ReportWords }) {
  const { t } = useTranslation();
  const days = (value: number | null) => (value === null ? <ShownCount shown={{ kind: "suppressed", value: null }} words={words} /> : t("reporting.table.days", { days: words.number(value) }));
  const figures = [
    { label: t("reporting.table.median"), value: days(block.medianDays) },
    { label: t("reporting.table.p90"), value: days(block.p90Days) },
    { label: t("reporting.table.waits"), value: <ShownCount shown={block.waits} words={words} /> },
  ];
  return (
    <Group gap="xl" wrap="wrap">
      {figures.map((figure) => (
        <Stack gap={0} key={figure.label}>
          <Text size="sm" c="dimmed">
            {figure.label}
          </Text>
          <Text size="xl" fw={700}>
            {figure.value}
          </Text>
        </Stack>
      ))}
    </Group>
  );
}
