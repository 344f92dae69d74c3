/**
 * The drill-down under every figure: each outcome counted, with its count and what it is worth;
 * opened, each line it is valued by — the catalogue entry and the exact version used (its value,
 * price year, agency and source), every assumption with the organisation's reason for it, and the
 * value after each step from gross to net present value. Counts only, never who.
 *
 * For a commissioner, counts are as published; an outcome whose count is hidden shows how it is
 * valued but no figure of its own (its value is in the hidden outcomes' total).
 */
import { Accordion, Anchor, Badge, Group, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CalculationLine, UnitCostEntry } from "../../../../core/social-value/index.js";
import { Section } from "../../components/section.js";
import { isolate } from "../../i18n/format.js";
import { outcomeName, useMoney } from "./social-value-words.js";

export interface OutcomeRow {
  outcomeCode: string;
  /** The count as the reader may see it: a number, or null when hidden. */
  count: number | null;
  /** The count is rounded (a published report), so it is read as "about". */
  isRounded?: boolean;
  isValued: boolean;
}

interface DrillDownProps {
  rows: readonly OutcomeRow[];
  lines: readonly CalculationLine[];
  entries: readonly UnitCostEntry[];
  outcomeLabels: Readonly<Record<string, string>>;
  /** The hidden outcomes' value together (a commissioner's report), when any is hidden. */
  hiddenValuePence?: number | null;
}

const stageKeys = ["afterDeadweightPence", "afterAttributionPence", "afterDisplacementPence", "afterDropOffPence", "afterOptimismBiasPence", "presentValuePence"] as const;

export function OutcomeDrillDown({ rows, lines, entries, outcomeLabels, hiddenValuePence = null }: DrillDownProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const linesOf = (outcomeCode: string) => lines.filter((line) => line.outcomeCode === outcomeCode);
  const sum = (outcomeCode: string) => linesOf(outcomeCode).reduce((total, line) => total + line.stages.presentValuePence, 0);
  const shown = rows.filter((row) => row.count !== 0);
  return (
    <Section title={t("socialValue.report.outcomes")}>
      <Text size="sm" maw="75ch">
        {t("socialValue.report.outcomesIntro")}
      </Text>
      {shown.length === 0 && <Text c="dimmed">{t("socialValue.report.noOutcomes")}</Text>}
      <Accordion multiple variant="separated" chevronPosition="left">
        {shown.map((row) => {
          const name = outcomeName(t, row.outcomeCode, outcomeLabels);
          return (
            <Accordion.Item key={row.outcomeCode} value={row.outcomeCode} data-testid={`outcome-${row.outcomeCode}`}>
              <Accordion.Control>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text fw={600}>{name}</Text>
                  <Group gap="lg">
                    <Text size="sm">{row.count === null ? t("socialValue.report.countHidden") : t(row.isRounded ? "socialValue.report.countRounded" : "socialValue.report.countOf", { count: row.count })}</Text>
                    <Text size="sm" fw={700}>
                      {!row.isValued ? t("socialValue.report.notValued") : row.count === null ? t("socialValue.report.inHiddenTotal") : money.pounds(sum(row.outcomeCode))}
                    </Text>
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                {row.isValued ? (
                  <Stack gap="lg">
                    {linesOf(row.outcomeCode).map((line) => (
                      <LineDetail key={`${line.lineNumber}-${line.kind}`} line={line} entry={entries.find((entry) => entry.code === line.entry.code && entry.version === line.entry.version)} isHidden={row.count === null} />
                    ))}
                  </Stack>
                ) : (
                  <Text>{t("socialValue.report.notValuedExplained")}</Text>
                )}
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      {hiddenValuePence !== null && (
        <Text>
          {t("socialValue.report.hiddenValue", { value: isolate(money.pounds(hiddenValuePence)) })} {t("socialValue.report.hiddenNote")}
        </Text>
      )}
    </Section>
  );
}

function LineDetail({ line, entry, isHidden }: { line: CalculationLine; entry: UnitCostEntry | undefined; isHidden: boolean }) {
  const { t } = useTranslation();
  const money = useMoney();
  const p = line.parameters;
  const assumptions = [
    { key: "quantity", value: t("socialValue.report.quantityValue", { quantity: money.number(p.quantity) }), why: line.rationale.quantity },
    { key: "duration", value: t("socialValue.report.years", { count: p.durationYears }), why: line.rationale.duration },
    { key: "deadweight", value: money.share(p.deadweight), why: line.rationale.deadweight },
    { key: "attribution", value: money.share(p.attribution), why: line.rationale.attribution },
    { key: "displacement", value: money.share(p.displacement), why: line.rationale.displacement },
    { key: "dropOff", value: money.share(p.dropOff), why: line.rationale.dropOff },
    { key: "optimismBias", value: t("socialValue.report.optimismBiasValue", { share: money.share(p.optimismBias), grade: p.appliedGrade }), why: line.rationale.confidence },
  ];
  return (
    <Stack gap="xs" data-testid={`line-${line.outcomeCode}-${line.lineNumber}-${line.kind}`}>
      <Group gap="xs" wrap="wrap">
        <Badge variant="light">{t(`socialValue.kinds.${line.kind}`)}</Badge>
        {line.agency && <Badge variant="outline">{t(`socialValue.agencies.${line.agency}`)}</Badge>}
      </Group>
      <Text fw={600}>
        {t("socialValue.report.valuedWith", { code: isolate(line.entry.code), version: line.entry.version, description: isolate(entry?.description ?? "") })}
      </Text>
      <Text size="sm">
        {t("socialValue.report.entryValue", { value: isolate(money.exact(line.entry.valuePence)), unit: t(`socialValue.units.${line.entry.unit}`), year: isolate(line.entry.priceYear), grade: line.entry.confidenceGrade })}
        {p.upratingFactor !== 1 && ` ${t("socialValue.report.upratedBy", { factor: money.number(Math.round(p.upratingFactor * 10000) / 10000) })}`}
      </Text>
      {entry && (
        <Text size="sm" c="dimmed">
          {t("socialValue.report.source")}: {entry.source.url ? <Anchor href={entry.source.url} target="_blank" rel="noreferrer">{entry.source.citation}</Anchor> : entry.source.citation}
          {entry.caveat && ` — ${entry.caveat}`}
        </Text>
      )}
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing={4} aria-label={t("socialValue.report.assumptionsOf", { code: line.entry.code })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("socialValue.report.assumption")}</Table.Th>
              <Table.Th>{t("socialValue.report.assumed")}</Table.Th>
              <Table.Th>{t("socialValue.report.why")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assumptions.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={400}>
                  {t(`socialValue.mappings.fields.${row.key}`)}
                </Table.Th>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{row.value}</Table.Td>
                <Table.Td>
                  <Text size="sm" dir="auto">
                    {row.why}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!isHidden && (
        <Table verticalSpacing={2} maw={560} aria-label={t("socialValue.report.stepsOf", { code: line.entry.code })}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" fw={400}>
                {t("socialValue.report.grossWorked", { count: line.outcomeCount, quantity: money.number(p.quantity), value: isolate(money.exact(line.entry.valuePence)), years: p.durationYears })}
              </Table.Th>
              <Table.Td ta="end">{money.pounds(line.stages.grossPence)}</Table.Td>
            </Table.Tr>
            {stageKeys.map((key) => (
              <Table.Tr key={key}>
                <Table.Th scope="row" fw={key === "presentValuePence" ? 700 : 400}>
                  {t(`socialValue.report.stages.${key}`)}
                </Table.Th>
                <Table.Td ta="end" fw={key === "presentValuePence" ? 700 : 400}>
                  {money.pounds(line.stages[key])}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
