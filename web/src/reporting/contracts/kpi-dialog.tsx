/**
 * Adding a KPI to a contract or changing one: what it is called, the metric it measures and how
 * (a count, a share, a median or 90th percentile wait), which way is good, what is counted (the
 * filters) and a target for each quarter of the contract. Checked against the contract before it
 * is sent, with the same rules the server applies.
 */
import { Button, Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { createKpiBodySchema, kpiDirections, updateKpiBodySchema, type ContractOptions, type ContractView, type KpiView } from "../../../../core/api/reporting-contracts.js";
import { metricCatalogue, metricDefinition, type MetricCode } from "../../../../core/reporting/catalogue.js";
import { ApiError } from "../../api/api-error.js";
import { AppModal } from "../../components/app-modal.js";
import { chooseFirst } from "../../components/choose-first.js";
import { FormError } from "../../components/form-error.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { contractsApi } from "./contracts-api.js";
import { FilterFields, TargetFields } from "./kpi-fields.js";
import { kpiBodyOf, kpiValuesOf, measuresFor, validateKpi, type KpiValues } from "./kpi-form-values.js";

interface KpiDialogProps {
  contract: ContractView;
  options: ContractOptions;
  /** "new" to add one, a KPI to change it, null when closed. */
  kpi: KpiView | "new" | null;
  onClose: () => void;
  onSaved: () => void;
}

export function KpiDialog({ contract, options, kpi, onClose, onSaved }: KpiDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={kpi !== null} onClose={onClose} title={t(kpi === "new" ? "contracts.kpiForm.addTitle" : "contracts.kpiForm.editTitle")} size="xl">
      {kpi !== null && <KpiForm contract={contract} options={options} kpi={kpi === "new" ? null : kpi} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function KpiForm({ contract, options, kpi, onCancel, onSaved }: { contract: ContractView; options: ContractOptions; kpi: KpiView | null; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const programmeCodes = options.programmes.map((programme) => programme.code);
  const form = useForm<KpiValues>({ initialValues: kpiValuesOf(kpi, contract), validate: validateKpi(t, contract, programmeCodes, kpi) });
  const { formError, setFormError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      const body = kpiBodyOf(values, kpi);
      if (kpi) await contractsApi.updateKpi(contract.id, kpi.id, updateKpiBodySchema.parse(body));
      else await contractsApi.createKpi(contract.id, createKpiBodySchema.parse(body));
      onSaved();
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== "conflict") throw error;
      setFormError(t(kpi ? "contracts.stale" : "contracts.kpiForm.tooMany"));
    }
  });

  /** A new metric keeps the measure and direction only when they still fit it. */
  function chooseMetric(metric: string): void {
    const measures: readonly string[] = measuresFor(metric);
    const { measure } = form.getValues();
    form.setValues({ metric, measure: measures.includes(measure) ? measure : (measures[0] ?? ""), direction: metric !== "" && metricDefinition(metric as MetricCode).kind === "duration" ? "at_most" : "at_least", filters: [] });
  }

  const { metric } = form.getValues();
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t("contracts.kpiForm.label")} description={t("contracts.kpiForm.labelHint")} required maxLength={160} dir="auto" data-autofocus {...form.getInputProps("label")} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t("contracts.kpiForm.metric")}
            required
            data={chooseFirst(t("contracts.choose"), metricCatalogue.map((entry) => ({ value: entry.code, label: t(`contracts.metrics.${entry.code}`) })))}
            {...form.getInputProps("metric")}
            onChange={(event) => chooseMetric(event.currentTarget.value)}
          />
          <NativeSelect
            label={t("contracts.kpiForm.measure")}
            required
            disabled={metric === ""}
            data={chooseFirst(t("contracts.choose"), measuresFor(metric).map((measure) => ({ value: measure, label: t(`contracts.measures.${measure}`) })))}
            {...form.getInputProps("measure")}
          />
        </SimpleGrid>
        <Radio.Group label={t("contracts.kpiForm.direction")} required {...form.getInputProps("direction")}>
          <Group mt="xs">
            {kpiDirections.map((direction) => (
              <Radio key={direction} value={direction} label={t(`contracts.directions.${direction}`)} />
            ))}
          </Group>
        </Radio.Group>
        <FilterFields form={form} options={options} contract={contract} />
        <TargetFields form={form} contract={contract} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(kpi ? "common.save" : "contracts.kpiForm.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
