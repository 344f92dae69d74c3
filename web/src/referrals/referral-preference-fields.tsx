/** How the person would like to be supported: language, an interpreter, the worker's gender. */
import { Checkbox, Group, NativeSelect, Radio } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { workerGenderPreferences } from "../../../core/referrals/vocabulary.js";
import { FormFieldset } from "../components/form-fieldset.js";
import { useLanguageOptions } from "./preference-labels.js";
import type { ReferralFormValues } from "./referral-form-values.js";

export function ReferralPreferenceFields({ form }: { form: UseFormReturnType<ReferralFormValues> }) {
  const { t } = useTranslation();
  const languageOptions = useLanguageOptions();
  return (
    <FormFieldset legend={t("referrals.form.preferencesLegend")}>
      <NativeSelect label={t("referrals.preferredLanguage")} data={languageOptions} maw={360} {...form.getInputProps("preferredLanguage")} />
      <Checkbox label={t("referrals.interpreterNeeded")} {...form.getInputProps("isInterpreterNeeded", { type: "checkbox" })} />
      <Radio.Group withAsterisk={false} label={t("referrals.workerGender")} {...form.getInputProps("preferredWorkerGender")}>
        <Group mt="xs">
          {workerGenderPreferences.map((preference) => (
            <Radio key={preference} value={preference} label={t(`referrals.workerGenders.${preference}`)} />
          ))}
        </Group>
      </Radio.Group>
    </FormFieldset>
  );
}
