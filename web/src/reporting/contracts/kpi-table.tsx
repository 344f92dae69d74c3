/**
 * A contract's KPIs as a table: what each measures and which way is good, then its target in each
 * quarter of the contract, with the buttons to change or remove it.
 */
import { Button, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ContractView, KpiView } from "../../../../core/api/reporting-contracts.js";
import { useFormat } from "../../i18n/format.js";

interface KpiTableProps {
  contract: ContractView;
  kpis: readonly KpiView[];
  onEdit: (kpi: KpiView) => void;
  onRemove: (kpi: KpiView) => void;
}

export function KpiTable({ contract, kpis, onEdit, onRemove }: KpiTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (kpis.length === 0) return <Text>{t("contracts.kpis.none")}</Text>;
  const target = (kpi: KpiView, quarter: string) => {
    const value = kpi.targets[quarter];
    if (value === undefined) return <Text span c="dimmed">{t("contracts.kpis.noTarget")}</Text>;
    if (kpi.measure === "share") return t("contracts.kpis.percent", { value: format.number(value) });
    if (kpi.measure === "count") return format.number(value);
    return t("contracts.kpis.days", { count: value, value: format.number(value) });
  };
  return (
    <Table.ScrollContainer minWidth={480 + contract.quarters.length * 90}>
      <Table striped>
        <Table.Caption>{t("contracts.kpis.caption", { count: kpis.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("contracts.kpis.kpi")}</Table.Th>
            {contract.quarters.map((quarter) => (
              <Table.Th key={quarter} style={{ whiteSpace: "nowrap" }}>
                {t("contracts.quarter", { year: quarter.slice(0, 4), number: quarter.slice(6) })}
              </Table.Th>
            ))}
            <Table.Th>{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kpis.map((kpi) => (
            <Table.Tr key={kpi.id}>
              <Table.Td>
                <Text fw={500}>
                  <bdi>{kpi.label}</bdi>
                </Text>
                <Text size="sm" c="dimmed">
                  {t("contracts.kpis.measures", { metric: t(`contracts.metrics.${kpi.metric}`), measure: t(`contracts.measures.${kpi.measure}`), direction: t(`contracts.directions.${kpi.direction}`) })}
                </Text>
              </Table.Td>
              {contract.quarters.map((quarter) => (
                <Table.Td key={quarter}>{target(kpi, quarter)}</Table.Td>
              ))}
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button size="xs" variant="default" onClick={() => onEdit(kpi)} aria-label={t("contracts.kpis.editNamed", { name: kpi.label })}>
                    {t("contracts.edit")}
                  </Button>
                  <Button size="xs" variant="subtle" color="red" onClick={() => onRemove(kpi)} aria-label={t("contracts.kpis.removeNamed", { name: kpi.label })}>
                    {t("contracts.kpis.remove")}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
