/** Every monthly figure in one table, under a disclosure: sessions, people reached and trained, resources, referrals from outreach. */
import { Paper, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format.js";
import type { OutreachDashboard } from "./dashboard-api.js";
import { monthLong } from "../../components/charts/month-names.js";

const columns = ["sessions", "peopleReached", "peopleTrained", "resourcesDistributed", "referralsFromOutreach"] as const;

export function MonthByMonth({ monthly }: { monthly: OutreachDashboard["monthly"] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="md">
      <details className="chart-figures">
        <summary>{t("outreachDashboard.monthly.table")}</summary>
        {/* Six columns do not fit a phone: the table scrolls sideways, reachable by keyboard. */}
        <div className="outreach-table-scroll" tabIndex={0} role="region" aria-label={t("outreachDashboard.monthly.table")}>
          <Table verticalSpacing={4} mt="xs" miw={560} data-testid="outreach-month-by-month">
            <Table.Caption>{t("outreachDashboard.monthly.table")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("outreachDashboard.chart.month")}</Table.Th>
                {columns.map((column) => (
                  <Table.Th key={column} scope="col">
                    {t(`outreachDashboard.monthly.columns.${column}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {monthly.map((month) => (
                <Table.Tr key={month.month}>
                  <Table.Th scope="row" fw={400}>
                    {monthLong(month.month)}
                  </Table.Th>
                  {columns.map((column) => (
                    <Table.Td key={column}>{format.number(month[column])}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </details>
    </Paper>
  );
}
