/** The merge itself: a reason, a check that the worker has compared both records, and a last confirmation. */
import { Button, Checkbox, Group, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mergeBodySchema } from "../../../core/api/clients.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { FormError } from "../components/form-error.js";
import { Section } from "../components/section.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { isolateReference } from "../i18n/format.js";
import { clientsApi, type MergeResult } from "./clients-api.js";

interface MergeFormProps {
  keptId: string;
  keptReference: string;
  duplicateId: string;
  duplicateReference: string;
  onMerged: (result: MergeResult) => void;
}

export function MergeForm({ keptId, keptReference, duplicateId, duplicateReference, onMerged }: MergeFormProps) {
  const { t } = useTranslation();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const toBody = (values: { reason: string }) => ({ duplicateClientId: duplicateId, reason: values.reason });
  const validateBody = zodValidate(mergeBodySchema, t, toBody);
  const form = useForm({
    initialValues: { reason: "", hasChecked: false },
    validate: (values) => ({ ...validateBody(values), ...(values.hasChecked ? {} : { hasChecked: t("clients.merge.checkFirst") }) }),
  });
  const { formError, showFailure } = useServerForm(form);

  async function merge(): Promise<void> {
    setIsBusy(true);
    try {
      onMerged(await clientsApi.merge(keptId, mergeBodySchema.parse(toBody(form.getValues()))));
    } catch (error) {
      setIsConfirming(false);
      showFailure(error);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <Section title={t("clients.merge.formTitle")}>
      <form onSubmit={form.onSubmit(() => setIsConfirming(true))} noValidate>
        <Stack maw={640}>
          <FormError message={formError} />
          <Textarea
            label={t("clients.merge.reason")}
            description={t("clients.merge.reasonHint")}
            required
            autosize
            minRows={3}
            maxLength={1000}
            dir="auto"
            {...form.getInputProps("reason")}
          />
          <Checkbox
            label={t("clients.merge.checked", { kept: isolateReference(keptReference), duplicate: isolateReference(duplicateReference) })}
            {...form.getInputProps("hasChecked", { type: "checkbox" })}
          />
          <Group>
            <Button type="submit" color="red">
              {t("clients.merge.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog
        opened={isConfirming}
        title={t("clients.merge.confirmTitle")}
        message={t("clients.merge.confirmBody", { kept: isolateReference(keptReference), duplicate: isolateReference(duplicateReference) })}
        confirmLabel={t("clients.merge.submit")}
        isBusy={isBusy}
        onConfirm={() => void merge()}
        onCancel={() => setIsConfirming(false)}
      />
    </Section>
  );
}
