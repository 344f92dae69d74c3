/**
 * Adding an intervention type or a closure outcome: a code that is stored and never changes, the
 * label staff see, and for an intervention type the specialism a worker needs and whether a partner
 * organisation delivers it. The server refuses a code or label already in the list, naming the field.
 */
import { Button, Checkbox, Group, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { addVocabularyEntryBodySchema } from "../../../core/api/support-vocabulary.js";
import { specialisms } from "../../../core/support/matching.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { specialismLabel } from "./labels.js";
import { supportVocabularyApi, type SupportVocabulary, type VocabularyListPath } from "./support-vocabulary-api.js";

interface Values {
  code: string;
  label: string;
  specialism: string;
  isPartnerDelivered: boolean;
}

export function AddEntryForm({ list, onAdded }: { list: VocabularyListPath; onAdded: (vocabulary: SupportVocabulary, label: string) => void }) {
  const { t } = useTranslation();
  const isInterventionList = list === "intervention-types";
  const toBody = (values: Values) => ({
    code: values.code.trim(),
    label: values.label,
    ...(isInterventionList ? { specialism: values.specialism || null, isPartnerDelivered: values.isPartnerDelivered } : {}),
  });
  const form = useForm<Values>({
    initialValues: { code: "", label: "", specialism: "", isPartnerDelivered: false },
    validate: zodValidate(addVocabularyEntryBodySchema, t, toBody),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    const body = addVocabularyEntryBodySchema.parse(toBody(values));
    onAdded(await supportVocabularyApi.add(list, body), body.label);
    form.reset();
  });
  const specialismOptions = [{ value: "", label: t("supportVocabulary.noSpecialismOption") }, ...specialisms.map((specialism) => ({ value: specialism, label: specialismLabel(specialism, t) }))];
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError message={formError} />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput label={t("supportVocabulary.label")} description={t(isInterventionList ? "supportVocabulary.labelAddHint" : "supportVocabulary.labelAddOutcomeHint")} required maxLength={100} dir="auto" miw={240} {...form.getInputProps("label")} />
          <TextInput label={t("supportVocabulary.code")} description={t("supportVocabulary.codeHint")} required maxLength={64} dir="ltr" miw={240} {...form.getInputProps("code")} />
        </Group>
        {isInterventionList && (
          <>
            <NativeSelect label={t("supportVocabulary.specialism")} description={t("supportVocabulary.specialismHint")} data={specialismOptions} maw={420} {...form.getInputProps("specialism")} />
            <Checkbox label={t("supportVocabulary.isPartnerDelivered")} {...form.getInputProps("isPartnerDelivered", { type: "checkbox" })} />
          </>
        )}
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t("supportVocabulary.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
