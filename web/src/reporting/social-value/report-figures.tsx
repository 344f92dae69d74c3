/**
 * A social-value result's headline figures, shared by the administrator's report and the
 * commissioner's: gross value, what each step took off and the net present value; fiscal,
 * economic and social value; fiscal savings by agency as a chart; and the cost of the work with the
 * return per £1 and the payback period. The prices the figures are in are said above them.
 */
import { Alert, SimpleGrid, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CalculationResult } from "../../../../core/social-value/index.js";
import { HorizontalBarChart } from "../../components/charts/horizontal-bar-chart.js";
import { Section } from "../../components/section.js";
import { isolate } from "../../i18n/format.js";
import { useMoney } from "./social-value-words.js";

const deductions = ["deadweight", "attribution", "displacement", "dropOff", "optimismBias", "discounting"] as const;

/** What prices the figures are in, as the report states it. */
export function PricesNote({ result }: { result: Pick<CalculationResult, "prices" | "targetPriceYear"> }) {
  const { t } = useTranslation();
  if (result.prices.basis === "uprated") return <Text>{t("socialValue.report.pricesUprated", { year: isolate(result.targetPriceYear) })}</Text>;
  return (
    <Alert color="orange" variant="light" title={t("socialValue.report.notUpratedTitle")}>
      {t("socialValue.report.pricesNotUprated", { years: isolate(result.prices.priceYears.join(", ")) })}
    </Alert>
  );
}

export function ReportFigures({ result, costNote }: { result: CalculationResult; costNote?: string | undefined }) {
  const { t } = useTranslation();
  const money = useMoney();
  const { total } = result;
  const agencies = [...result.fiscalByAgency].sort((a, b) => b.netPresentValuePence - a.netPresentValuePence);
  const largest = agencies[0];
  return (
    <>
      <Section title={t("socialValue.report.headline")}>
        <Table verticalSpacing={6} maw={720} aria-label={t("socialValue.report.headline")}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">{t("socialValue.report.gross")}</Table.Th>
              <Table.Td ta="end" fw={700}>
                {money.pounds(total.grossPence)}
              </Table.Td>
            </Table.Tr>
            {deductions.map((key) => (
              <Table.Tr key={key}>
                <Table.Th scope="row" fw={400}>
                  {t(`socialValue.report.less.${key}`)}
                </Table.Th>
                <Table.Td ta="end">{isolate(`−${money.pounds(total.deductions[`${key}Pence`])}`)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr bg="var(--mantine-color-gray-1)">
              <Table.Th scope="row">{t("socialValue.report.netPresentValue")}</Table.Th>
              <Table.Td ta="end" fw={700} fz="lg" data-testid="net-present-value">
                {money.pounds(total.netPresentValuePence)}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Section>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section title={t("socialValue.report.byKind")}>
          <Table verticalSpacing={6} aria-label={t("socialValue.report.byKind")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("socialValue.report.kind")}</Table.Th>
                <Table.Th ta="end">{t("socialValue.report.gross")}</Table.Th>
                <Table.Th ta="end">{t("socialValue.report.netPresentValue")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(["fiscal", "economic", "social"] as const).map((kind) => (
                <Table.Tr key={kind}>
                  <Table.Th scope="row" fw={400}>
                    {t(`socialValue.kinds.${kind}`)}
                  </Table.Th>
                  <Table.Td ta="end">{money.pounds(result.byKind[kind].grossPence)}</Table.Td>
                  <Table.Td ta="end">{money.pounds(result.byKind[kind].netPresentValuePence)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
        <Section title={t("socialValue.report.costAndReturn")}>
          <Table verticalSpacing={6} aria-label={t("socialValue.report.costAndReturn")}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row" fw={400}>
                  {t("socialValue.report.cost")}
                </Table.Th>
                <Table.Td ta="end">{money.pounds(result.deliveryCost.upratedPence)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row" fw={400}>
                  {t("socialValue.report.returnPublic")}
                </Table.Th>
                <Table.Td ta="end" fw={700}>
                  {result.returnPerPound.publicValuePence === null ? "–" : money.perPound(result.returnPerPound.publicValuePence)}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row" fw={400}>
                  {t("socialValue.report.returnFiscal")}
                </Table.Th>
                <Table.Td ta="end">{result.returnPerPound.fiscalPence === null ? "–" : money.perPound(result.returnPerPound.fiscalPence)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row" fw={400}>
                  {t("socialValue.report.payback")}
                </Table.Th>
                <Table.Td ta="end">{result.paybackYears.publicValue === null ? t("socialValue.report.notPaidBack") : t("socialValue.report.years", { count: result.paybackYears.publicValue })}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {costNote && (
            <Text size="sm" c="dimmed">
              {costNote}
            </Text>
          )}
        </Section>
      </SimpleGrid>
      {largest ? (
        <HorizontalBarChart
          title={t("socialValue.report.byAgency")}
          summary={t("socialValue.report.byAgencySentence", { agency: t(`socialValue.agencies.${largest.agency}`), amount: isolate(money.pounds(largest.netPresentValuePence)), total: isolate(money.pounds(result.byKind.fiscal.netPresentValuePence)) })}
          nameLabel={t("socialValue.report.agency")}
          valueLabel={t("socialValue.report.pounds")}
          rows={agencies.map((agency) => ({ key: agency.agency, label: t(`socialValue.agencies.${agency.agency}`), value: Math.round(agency.netPresentValuePence / 100) }))}
          testId="savings-by-agency"
        />
      ) : (
        <Text>{t("socialValue.report.noFiscal")}</Text>
      )}
    </>
  );
}
