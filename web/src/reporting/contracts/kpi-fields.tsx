/**
 * Parts of the KPI form: the filter rows (a breakdown the metric has and the values counted) and
 * the grid of targets, one per quarter of the contract.
 */
import { ActionIcon, Button, Group, MultiSelect, NativeSelect, NumberInput, SimpleGrid, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { ContractOptions, ContractView } from "../../../../core/api/reporting-contracts.js";
import { metricDefinition, type MetricCode, type ReportingDimension } from "../../../../core/reporting/catalogue.js";
import { chooseFirst } from "../../components/choose-first.js";
import { valueChoices } from "./contract-words.js";
import type { KpiValues } from "./kpi-form-values.js";

type KpiForm = UseFormReturnType<KpiValues>;

export function FilterFields({ form, options, contract }: { form: KpiForm; options: ContractOptions; contract: ContractView }) {
  const { t } = useTranslation();
  const { metric, filters, measure } = form.getValues();
  // Months are never a filter: a KPI is measured over a quarter.
  const dimensions = metric === "" ? [] : metricDefinition(metric as MetricCode).dimensions.filter((dimension) => dimension !== "month");
  const error = form.errors.filters;
  return (
    <Stack gap="xs" role="group" aria-labelledby="kpi-filters-heading">
      <Text fw={500} id="kpi-filters-heading">
        {t("contracts.kpiForm.filters")}
      </Text>
      <Text size="sm" c="dimmed">
        {t(measure === "share" ? "contracts.kpiForm.filtersShareHint" : "contracts.kpiForm.filtersHint")}
      </Text>
      {filters.map((row, index) => {
        const taken = filters.filter((_, other) => other !== index).map((other) => other.dimension);
        return (
          <Group key={index} align="flex-end" wrap="wrap" gap="sm">
            <NativeSelect
              label={t("contracts.kpiForm.dimension")}
              data={chooseFirst(t("contracts.choose"), dimensions.filter((dimension) => !taken.includes(dimension)).map((dimension) => ({ value: dimension, label: t(`contracts.dimensions.${dimension}`) })))}
              {...form.getInputProps(`filters.${index}.dimension`)}
              onChange={(event) => {
                form.setFieldValue(`filters.${index}`, { dimension: event.currentTarget.value, values: [] });
              }}
            />
            <MultiSelect
              label={t("contracts.kpiForm.values")}
              data={row.dimension === "" ? [] : valueChoices(t, row.dimension as ReportingDimension, options, contract.siteIds)}
              searchable
              miw={260}
              style={{ flex: 1 }}
              disabled={row.dimension === ""}
              {...form.getInputProps(`filters.${index}.values`)}
            />
            <ActionIcon variant="subtle" color="red" size="lg" aria-label={t("contracts.kpiForm.removeFilter", { number: index + 1 })} onClick={() => form.removeListItem("filters", index)}>
              ×
            </ActionIcon>
          </Group>
        );
      })}
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      <Button variant="default" style={{ alignSelf: "flex-start" }} disabled={metric === "" || filters.length >= dimensions.length} onClick={() => form.insertListItem("filters", { dimension: "", values: [] })}>
        {t("contracts.kpiForm.addFilter")}
      </Button>
    </Stack>
  );
}

export function TargetFields({ form, contract }: { form: KpiForm; contract: ContractView }) {
  const { t } = useTranslation();
  const { measure, targets } = form.getValues();
  const unit = measure === "share" ? "%" : undefined;
  const first = contract.quarters.map((quarter) => targets[quarter]).find((target) => target !== "" && target !== undefined);
  return (
    <Stack gap="xs" role="group" aria-labelledby="kpi-targets-heading">
      <Text fw={500} id="kpi-targets-heading">
        {t("contracts.kpiForm.targets")}
      </Text>
      <Text size="sm" c="dimmed">
        {t(`contracts.kpiForm.targetsHint.${measure === "" ? "count" : measure}`)}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {contract.quarters.map((quarter) => (
          <NumberInput
            key={quarter}
            label={t("contracts.quarter", { year: quarter.slice(0, 4), number: quarter.slice(6) })}
            min={0}
            max={measure === "share" ? 100 : undefined}
            allowNegative={false}
            allowDecimal={measure !== "count"}
            decimalScale={1}
            suffix={unit}
            hideControls
            inputMode="decimal"
            dir="ltr"
            {...form.getInputProps(`targets.${quarter}`)}
          />
        ))}
      </SimpleGrid>
      <Button
        variant="subtle"
        style={{ alignSelf: "flex-start" }}
        disabled={first === undefined}
        onClick={() => form.setFieldValue("targets", Object.fromEntries(contract.quarters.map((quarter) => [quarter, first ?? ""])))}
      >
        {t("contracts.kpiForm.fillTargets")}
      </Button>
    </Stack>
  );
}
