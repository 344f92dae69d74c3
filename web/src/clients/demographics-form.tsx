/** Editing demographics and support preferences; every field is sent, validated with the API's schema. */
import { Button, Checkbox, Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { updateDemographicsBodySchema } from "../../../core/api/clients.js";
import { religions, sexes } from "../../../core/clients/demographics.js";
import { workerGenderPreferences } from "../../../core/referrals/vocabulary.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { useLanguageOptions } from "../referrals/preference-labels.js";
import { clientsApi, type ClientProfile, type Demographics } from "./clients-api.js";
import { useDemographicLabels } from "./demographic-labels.js";

type Values = Omit<Demographics, "postcodeDistrict" | "genderIdentity" | "firstLanguage"> & { genderIdentity: string; firstLanguage: string };

const blankToNull = (value: string): string | null => (value.trim() === "" ? null : value.trim());
const toBody = (values: Values) => ({ ...values, genderIdentity: blankToNull(values.genderIdentity), firstLanguage: blankToNull(values.firstLanguage) });

export function DemographicsForm({ client, onSaved }: { client: ClientProfile; onSaved: (client: ClientProfile) => void }) {
  const { t } = useTranslation();
  const labels = useDemographicLabels();
  const languageOptions = useLanguageOptions();
  const { postcodeDistrict: _district, ...current } = client.demographics;
  const form = useForm<Values>({
    initialValues: { ...current, genderIdentity: current.genderIdentity ?? "", firstLanguage: current.firstLanguage ?? "" },
    validate: zodValidate(updateDemographicsBodySchema, t, toBody),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    onSaved(await clientsApi.updateDemographics(client.id, updateDemographicsBodySchema.parse(toBody(values))));
  });
  /** Options for codes, each labelled by `label` (a catalogue lookup per code). */
  const options = (label: (code: string) => string, codes: readonly string[]) => codes.map((code) => ({ value: code, label: label(code) }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <NativeSelect
          label={t("clients.demographics.ethnicity")}
          description={t("clients.demographics.ethnicityHint")}
          data={labels.ethnicityOptions()}
          {...form.getInputProps("ethnicity")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label={t("clients.demographics.religion")} data={options((code) => t(`clients.religions.${code}`), religions)} {...form.getInputProps("religion")} />
          <NativeSelect label={t("clients.demographics.sex")} data={options((code) => t(`clients.sexes.${code}`), sexes)} {...form.getInputProps("sex")} />
          <TextInput label={t("clients.demographics.genderIdentity")} description={t("clients.demographics.genderIdentityHint")} maxLength={100} {...form.getInputProps("genderIdentity")} />
          <NativeSelect
            label={t("clients.demographics.disability")}
            data={options((code) => t(`clients.disability.${code}`), ["yes", "no", "not_stated"])}
            {...form.getInputProps("disability")}
          />
          <TextInput label={t("clients.demographics.firstLanguage")} maxLength={50} {...form.getInputProps("firstLanguage")} />
          <NativeSelect label={t("referrals.preferredLanguage")} data={languageOptions} {...form.getInputProps("preferredLanguage")} />
        </SimpleGrid>
        <Checkbox label={t("referrals.interpreterNeeded")} {...form.getInputProps("isInterpreterNeeded", { type: "checkbox" })} />
        <Radio.Group withAsterisk={false} label={t("referrals.workerGender")} {...form.getInputProps("preferredWorkerGender")}>
          <Group mt="xs">
            {workerGenderPreferences.map((preference) => (
              <Radio key={preference} value={preference} label={t(`referrals.workerGenders.${preference}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
