/**
 * A spend summary as pictures: the total, then spend by category as bars in whole pounds, and by
 * month as columns in thousands of pounds to one decimal place (a month's spend in whole pounds is
 * too wide to stand above its column); the tables under "Show the figures" carry the same figures.
 * Each says what it shows in a sentence with the exact amount. An empty period is said plainly.
 */
import { SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SpendSummaryView } from "../../../../core/api/funding.js";
import { HorizontalBarChart } from "../../components/charts/horizontal-bar-chart.js";
import { MonthlyBarChart } from "../../components/charts/monthly-bar-chart.js";
import { monthLong } from "../../components/charts/month-names.js";
import { isolate } from "../../i18n/format.js";
import { pence } from "./funding-words.js";

const pounds = (amount: number) => Math.round(amount / 100);
const thousandsOfPounds = (amount: number) => Math.round(amount / 10_000) / 10;

export function SpendCharts({ summary }: { summary: SpendSummaryView }) {
  const { t } = useTranslation();
  const period = t("funding.monthRange", { from: isolate(monthLong(summary.months.from)), to: isolate(monthLong(summary.months.to)) });
  if (summary.totalPence === 0) return <Text>{t("funding.spend.summary.none", { period })}</Text>;
  const categories = summary.byCategory.filter((entry) => entry.totalPence > 0).sort((a, b) => b.totalPence - a.totalPence);
  const largest = categories[0]!;
  const busiest = summary.byMonth.reduce((best, month) => (month.totalPence > best.totalPence ? month : best));
  return (
    <>
      <Text size="lg" fw={500}>
        {t("funding.spend.summary.total", { amount: isolate(pence(summary.totalPence)), period })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <HorizontalBarChart
          title={t("funding.spend.summary.byCategory")}
          summary={t("funding.spend.summary.byCategorySentence", { category: t(`funding.categories.${largest.category}`), amount: isolate(pence(largest.totalPence)), share: Math.round((largest.totalPence * 100) / summary.totalPence) })}
          nameLabel={t("funding.spend.summary.category")}
          valueLabel={t("funding.spend.summary.pounds")}
          rows={categories.map((entry) => ({ key: entry.category, label: t(`funding.categories.${entry.category}`), value: pounds(entry.totalPence) }))}
          headingOrder={3}
        />
        <MonthlyBarChart
          title={t("funding.spend.summary.byMonth")}
          valueLabel={t("funding.spend.summary.thousands")}
          months={summary.byMonth.map((month) => ({ month: month.month, value: thousandsOfPounds(month.totalPence) }))}
          summary={t("funding.spend.summary.byMonthSentence", { month: isolate(monthLong(busiest.month)), amount: isolate(pence(busiest.totalPence)) })}
          headingOrder={3}
        />
      </SimpleGrid>
    </>
  );
}
