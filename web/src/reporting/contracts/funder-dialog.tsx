/**
 * Adding a funder or changing one: its name, kind, whether it reads the national trends report,
 * and (when changing) whether it is still active. Checked with the core's schema before it is
 * sent; the server's field errors land on their fields.
 */
import { Button, Checkbox, Group, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { createFunderBodySchema, funderKinds, updateFunderBodySchema, type FunderView } from "../../../../core/api/reporting-contracts.js";
import { ApiError } from "../../api/api-error.js";
import { AppModal } from "../../components/app-modal.js";
import { chooseFirst } from "../../components/choose-first.js";
import { FormError } from "../../components/form-error.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { zodValidate } from "../../forms/validation.js";
import { contractsApi } from "./contracts-api.js";

interface FunderValues {
  name: string;
  kind: string;
  seesNationalTrends: boolean;
  isActive: boolean;
}

interface FunderDialogProps {
  /** "new" to add one, a funder to change it, null when closed. */
  funder: FunderView | "new" | null;
  onClose: () => void;
  onSaved: (funder: FunderView) => void;
}

export function FunderDialog({ funder, onClose, onSaved }: FunderDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={funder !== null} onClose={onClose} title={t(funder === "new" ? "contracts.funderForm.addTitle" : "contracts.funderForm.editTitle")} size="lg">
      {funder !== null && <FunderForm funder={funder === "new" ? null : funder} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function FunderForm({ funder, onCancel, onSaved }: { funder: FunderView | null; onCancel: () => void; onSaved: (funder: FunderView) => void }) {
  const { t } = useTranslation();
  const bodyOf = (values: FunderValues) => {
    const details = { name: values.name, kind: values.kind, seesNationalTrends: values.seesNationalTrends };
    return funder ? { ...details, isActive: values.isActive, version: funder.version } : details;
  };
  const form = useForm<FunderValues>({
    initialValues: { name: funder?.name ?? "", kind: funder?.kind ?? "", seesNationalTrends: funder?.seesNationalTrends ?? false, isActive: funder?.isActive ?? true },
    validate: zodValidate(funder ? updateFunderBodySchema : createFunderBodySchema, t, bodyOf),
  });
  const { formError, setFormError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      const body = bodyOf(values);
      onSaved(funder ? await contractsApi.updateFunder(funder.id, updateFunderBodySchema.parse(body)) : await contractsApi.createFunder(createFunderBodySchema.parse(body)));
    } catch (error) {
      // A conflict is either the name (another funder has it) or a change made meanwhile.
      if (!(error instanceof ApiError) || error.code !== "conflict") throw error;
      if (error.fields.some((field) => field.path === "body.name")) form.setFieldError("name", t("contracts.funderForm.nameTaken"));
      else setFormError(t("contracts.stale"));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t("contracts.funderForm.name")} description={t("contracts.funderForm.nameHint")} required maxLength={160} dir="auto" data-autofocus {...form.getInputProps("name")} />
        <NativeSelect label={t("contracts.funderForm.kind")} required data={chooseFirst(t("contracts.choose"), funderKinds.map((kind) => ({ value: kind, label: t(`contracts.funderKinds.${kind}`) })))} {...form.getInputProps("kind")} />
        <Checkbox label={t("contracts.funderForm.seesNationalTrends")} description={t("contracts.funderForm.seesNationalTrendsHint")} {...form.getInputProps("seesNationalTrends", { type: "checkbox" })} />
        {funder && <Checkbox label={t("contracts.funderForm.isActive")} description={t("contracts.funderForm.isActiveHint")} {...form.getInputProps("isActive", { type: "checkbox" })} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(funder ? "common.save" : "contracts.funderForm.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
