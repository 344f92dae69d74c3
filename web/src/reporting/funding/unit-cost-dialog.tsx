/**
 * Adding the unit cost of one of the organisation's services or changing it: name, unit, cost in
 * pounds, how it was worked out, and what the records may suggest it from — with that suggestion
 * shown as the choice is made, to compare, never filled in for the administrator.
 */
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { costDerivations, createUnitCostBodySchema, updateUnitCostBodySchema, type CostSuggestion, type UnitCostView } from "../../../../core/api/funding.js";
import { penceFromPounds, poundsFromPence } from "../../../../core/reporting/contracts.js";
import { ApiError } from "../../api/api-error.js";
import { AppModal } from "../../components/app-modal.js";
import { FormError } from "../../components/form-error.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { fieldErrors } from "../contracts/form-checks.js";
import { fundingApi } from "./funding-api.js";
import { placeFundingErrors } from "./funding-words.js";
import { suggestionSentence } from "./unit-cost-words.js";

interface UnitCostValues {
  name: string;
  unit: string;
  /** Written in pounds; named for the field the server reports on. */
  costPence: string;
  basis: string;
  /** A derivation, or empty for none. */
  derivation: string;
}

interface UnitCostDialogProps {
  unitCost: UnitCostView | "new" | null;
  suggestions: readonly CostSuggestion[];
  onClose: () => void;
  onSaved: () => void;
}

export function UnitCostDialog({ unitCost, suggestions, onClose, onSaved }: UnitCostDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={unitCost !== null} onClose={onClose} title={t(unitCost === "new" ? "funding.unitCosts.form.addTitle" : "funding.unitCosts.form.editTitle")} size="lg">
      {unitCost !== null && <UnitCostForm unitCost={unitCost === "new" ? null : unitCost} suggestions={suggestions} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function UnitCostForm({ unitCost, suggestions, onCancel, onSaved }: { unitCost: UnitCostView | null; suggestions: readonly CostSuggestion[]; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const bodyOf = (values: UnitCostValues) => {
    const details = { ...values, costPence: penceFromPounds(values.costPence) ?? Number.NaN, derivation: values.derivation === "" ? null : values.derivation };
    return unitCost ? { ...details, version: unitCost.version } : details;
  };
  const form = useForm<UnitCostValues>({
    initialValues: { name: unitCost?.name ?? "", unit: unitCost?.unit ?? "", costPence: unitCost ? poundsFromPence(unitCost.costPence) : "", basis: unitCost?.basis ?? "", derivation: unitCost?.derivation ?? "" },
    validate: (values) =>
      fieldErrors(unitCost ? updateUnitCostBodySchema : createUnitCostBodySchema, bodyOf(values), t, (path) =>
        path === "costPence" ? t(values.costPence.trim() === "" ? "validation.required" : "funding.unitCosts.form.costFormat") : undefined,
      ),
  });
  const { formError, setFormError, handleSubmit, showFailure } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      const body = bodyOf(values);
      if (unitCost) await fundingApi.updateUnitCost(unitCost.id, updateUnitCostBodySchema.parse(body));
      else await fundingApi.createUnitCost(createUnitCostBodySchema.parse(body));
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.code === "conflict" && error.fields.length === 0) setFormError(t("funding.stale"));
      else if (!placeFundingErrors(t, error, form.setFieldError)) showFailure(error);
    }
  });
  const suggestion = suggestions.find((candidate) => candidate.derivation === form.values.derivation);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t("funding.unitCosts.form.name")} description={t("funding.unitCosts.form.nameHint")} required maxLength={120} dir="auto" data-autofocus {...form.getInputProps("name")} />
          <TextInput label={t("funding.unitCosts.form.unit")} description={t("funding.unitCosts.form.unitHint")} required maxLength={80} dir="auto" {...form.getInputProps("unit")} />
        </SimpleGrid>
        <TextInput label={t("funding.unitCosts.form.cost")} description={t("funding.poundsHint")} required inputMode="decimal" dir="ltr" leftSection="£" maw={240} {...form.getInputProps("costPence")} />
        <Textarea label={t("funding.unitCosts.form.basis")} description={t("funding.unitCosts.form.basisHint")} autosize minRows={2} maxRows={6} maxLength={2000} dir="auto" {...form.getInputProps("basis")} />
        <NativeSelect
          label={t("funding.unitCosts.form.derivation")}
          description={t("funding.unitCosts.form.derivationHint")}
          data={[{ value: "", label: t("funding.unitCosts.derivations.none") }, ...costDerivations.map((value) => ({ value, label: t(`funding.unitCosts.derivations.${value}`) }))]}
          {...form.getInputProps("derivation")}
        />
        {suggestion && (
          <Alert variant="light" color="blue" title={t("funding.unitCosts.form.suggestionTitle")}>
            {suggestionSentence(t, suggestion)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(unitCost ? "common.save" : "funding.unitCosts.form.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
