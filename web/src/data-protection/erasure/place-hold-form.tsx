/** Placing a legal-claim or statutory-duty hold on a client's record, with its reason and an optional review date. */
import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { placeHoldBodySchema, placedHoldKinds } from "../../../../core/api/erasure.js";
import { FormError } from "../../components/form-error.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { zodValidate } from "../../forms/validation.js";
import { erasureApi, type DataProtectionState } from "./erasure-api.js";

export function PlaceHoldForm({ clientId, onChanged }: { clientId: string; onChanged: (state: DataProtectionState) => void }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { kind: "", reason: "", reviewOn: "" }, validate: zodValidate(placeHoldBodySchema, t, (values: { kind: string; reason: string; reviewOn: string }) => ({ ...values, reviewOn: values.reviewOn || null })) });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    onChanged(await erasureApi.placeHold(clientId, { kind: values.kind as (typeof placedHoldKinds)[number], reason: values.reason, reviewOn: values.reviewOn || null }));
    form.reset();
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t("erasure.placeHold.title")}>
      <Stack gap="sm">
        <Text fw={600}>{t("erasure.placeHold.title")}</Text>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t("erasure.placeHold.kind")} required data={placedHoldKinds.map((value) => ({ value, label: t(`erasure.holdKinds.${value}`) }))} {...form.getInputProps("kind")} />
          <TextInput label={t("erasure.placeHold.reviewOn")} type="date" dir="ltr" {...form.getInputProps("reviewOn")} />
        </SimpleGrid>
        <Textarea label={t("erasure.placeHold.reason")} description={t("erasure.placeHold.reasonHint")} required autosize minRows={2} maxLength={2000} {...form.getInputProps("reason")} />
        <Group>
          <Button type="submit" variant="default" loading={form.submitting}>
            {t("erasure.placeHold.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
