/**
 * A released report as its reader sees it: what it covers, the files exactly as released, how the
 * figures were protected, progress against the contract's targets, then each section's figures.
 * A report over several quarters (the trends report) shows one quarter at a time, chosen above
 * its sections. Everything drawn comes from the release; nothing is recomputed here.
 */
import { Alert, Badge, Button, Group, SegmentedControl, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { releaseSchema } from "../../../../core/api/reporting-returns.js";
import { FactList } from "../../components/fact-list.js";
import { Section } from "../../components/section.js";
import { useFormat } from "../../i18n/format.js";
import { PublishedBlockView } from "./published-blocks.js";
import { useReportWords, type ReportWords } from "./report-words.js";
import { TrendBlockView } from "./trend-blocks.js";
import { returnsApi } from "./returns-api.js";

export type Release = z.infer<typeof releaseSchema>;
type Kpi = Release["report"]["kpis"][number];

const statusColours: Record<Kpi["status"], string> = { green: "green", amber: "yellow", red: "red", no_target: "gray", no_data: "gray", not_shown: "gray" };

export function ReleaseView({ release }: { release: Release }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { report } = release;
  const words = useReportWords(report.labels);
  const isTrend = report.parts.length > 1;
  // Several quarters open read across them ("all"); one quarter can be chosen to see its figures alone.
  const [shown, setShown] = useState(isTrend ? "all" : "0");
  const part = shown === "all" ? undefined : report.parts[Math.min(Number(shown), report.parts.length - 1)];

  return (
    <Stack gap="lg">
      <FactList
        columns={3}
        facts={[
          ...(report.funderName ? [{ label: t("reporting.release.funder"), value: report.funderName }] : []),
          { label: t("reporting.release.period"), value: report.parts.length === 1 ? words.quarter(report.parts[0]!.quarter) : words.months(report.months) },
          { label: t("reporting.release.sites"), value: report.siteNames.join(t("reporting.listSeparator")) },
          { label: t("reporting.release.releasedAt"), value: format.dateTime(release.releasedAt) },
          ...(release.isRevision ? [{ label: t("reporting.release.revision"), value: t("reporting.release.revisionText") }] : []),
          ...(release.suppressedCount !== null ? [{ label: t("reporting.release.suppressedCount"), value: words.number(release.suppressedCount) }] : []),
        ]}
      />
      <Group gap="sm">
        <Button component="a" href={returnsApi.fileUrl(release.id, "pdf")} download>
          {t("reporting.release.downloadPdf")}
        </Button>
        <Button component="a" variant="default" href={returnsApi.fileUrl(release.id, "csv")} download>
          {t("reporting.release.downloadCsv")}
        </Button>
      </Group>
      <Alert color="blue" variant="light" title={t("reporting.release.protectedTitle")}>
        {t("reporting.legend", { below: report.rules.threshold - 1, base: report.rules.roundingBase })}
      </Alert>
      {report.kpis.length > 0 && <KpiSection kpis={report.kpis} words={words} />}
      {isTrend && (
        <Stack gap={4}>
          <Text fw={600} id="release-quarter-label">
            {t("reporting.release.chooseQuarter")}
          </Text>
          <SegmentedControl
            aria-labelledby="release-quarter-label"
            value={shown}
            onChange={setShown}
            data={[{ value: "all", label: t("reporting.release.allQuarters") }, ...report.parts.map((each, index) => ({ value: String(index), label: words.shortQuarter(each.quarter) }))]}
            style={{ alignSelf: "flex-start", maxWidth: "100%", overflowX: "auto" }}
          />
        </Stack>
      )}
      {shown === "all" &&
        report.parts[0]?.sections.map((section) => (
          <Section key={`all:${section.id}`} title={t(`reporting.sections.${section.id}`)}>
            <Stack gap="lg">
              {section.blocks.map((block) => (
                <TrendBlockView key={block.id} parts={report.parts} sectionId={section.id} blockId={block.id} words={words} />
              ))}
            </Stack>
          </Section>
        ))}
      {part?.sections.map((section) => (
        <Section key={`${part.quarter}:${section.id}`} title={isTrend ? `${t(`reporting.sections.${section.id}`)}: ${words.quarter(part.quarter)}` : t(`reporting.sections.${section.id}`)}>
          <Stack gap="lg">
            {section.blocks.map((block) => (
              <PublishedBlockView key={block.id} block={block} words={words} />
            ))}
          </Stack>
        </Section>
      ))}
    </Stack>
  );
}

function KpiSection({ kpis, words }: { kpis: readonly Kpi[]; words: ReportWords }) {
  const { t } = useTranslation();
  const withUnit = (value: number, kpi: Kpi) =>
    kpi.measure === "share" ? `${words.number(value)}%` : kpi.measure === "count" ? words.number(value) : t("reporting.table.days", { days: words.number(value) });
  return (
    <Section title={t("reporting.sections.kpis")}>
      <Table.ScrollContainer minWidth={560}>
        <Table fz="sm" verticalSpacing="xs" aria-label={t("reporting.sections.kpis")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("reporting.kpi.measure")}</Table.Th>
              <Table.Th className="released-cell">{t("reporting.kpi.target")}</Table.Th>
              <Table.Th className="released-cell">{t("reporting.kpi.thisQuarter")}</Table.Th>
              <Table.Th>{t("reporting.kpi.progress")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kpis.map((kpi, index) => (
              <Table.Tr key={`${index}:${kpi.label}`} data-kpi-status={kpi.status}>
                <Table.Th scope="row" fw={500}>
                  {kpi.label}
                </Table.Th>
                <Table.Td className="released-cell">{kpi.target === null ? "–" : t(`reporting.kpi.${kpi.direction}`, { target: withUnit(kpi.target, kpi) })}</Table.Td>
                <Table.Td className={kpi.shown.kind === "suppressed" ? "released-cell released-cell--hidden" : "released-cell"}>
                  {kpi.shown.kind === "value" ? (
                    withUnit(kpi.shown.value, kpi)
                  ) : kpi.shown.kind === "suppressed" ? (
                    <span data-suppressed="true">
                      <span aria-hidden="true">{t("reporting.table.suppressed")}</span>
                      <VisuallyHidden>{t("reporting.table.suppressedLabel")}</VisuallyHidden>
                    </span>
                  ) : (
                    "–"
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={statusColours[kpi.status]} variant={kpi.status === "green" || kpi.status === "amber" || kpi.status === "red" ? "filled" : "light"}>
                    {t(`reporting.kpi.status.${kpi.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c="dimmed">
        {t("reporting.kpi.statusRule")}
      </Text>
    </Section>
  );
}
