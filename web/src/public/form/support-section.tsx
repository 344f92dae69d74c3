/**
 * Getting the right help: which city's team, the language to talk in (named in the reader's language
 * and in its own), an interpreter, and whether a woman or a man would be easier to talk to.
 */
import { Checkbox, NativeSelect, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { workerGenderPreferences } from "../../../../core/referrals/vocabulary.js";
import { endonyms, isolate, supportLanguages, type SupportLanguage } from "../public-languages.js";
import type { PublicForm } from "../public-api.js";
import type { ReferralFormValues } from "../referral-values.js";
import { ChoiceFieldset, fieldId, FormSection, RadioOptions } from "./form-kit.js";
import type { ReferralForm } from "./referral-form-type.js";

type WorkerGender = ReferralFormValues["preferredWorkerGender"];

const genderLabels: Record<WorkerGender, string> = {
  no_preference: "public.form.support.gender.no_preference",
  female: "public.form.support.gender.female",
  male: "public.form.support.gender.male",
};

export function SupportSection({ form, sites }: { form: ReferralForm; sites: PublicForm["sites"] }) {
  const { t } = useTranslation();
  const siteError = form.errors.siteId;
  return (
    <FormSection title={t("public.form.support.title")}>
      <ChoiceFieldset legend={t("public.form.support.siteLegend")} hint={t("public.form.support.siteHint")} error={siteError}>
        {sites.length === 0 ? (
          <Text>{t("public.form.support.noSites")}</Text>
        ) : (
          <RadioOptions
            path="siteId"
            value={form.values.siteId}
            onChange={(value) => form.setFieldValue("siteId", value)}
            options={sites.map((site) => ({ value: site.id, label: <bdi>{site.name}</bdi> }))}
            hasError={Boolean(siteError)}
          />
        )}
      </ChoiceFieldset>
      <LanguageChoice form={form} />
      <Checkbox
        id={fieldId("isInterpreterNeeded")}
        size="md"
        label={t("public.form.support.interpreter")}
        description={t("public.form.support.interpreterHint")}
        {...form.getInputProps("isInterpreterNeeded", { type: "checkbox" })}
      />
      <ChoiceFieldset legend={t("public.form.support.genderLegend")} hint={t("public.form.support.genderHint")}>
        <RadioOptions<WorkerGender>
          path="preferredWorkerGender"
          value={form.values.preferredWorkerGender}
          onChange={(value) => form.setFieldValue("preferredWorkerGender", value)}
          options={workerGenderPreferences.map((gender) => ({ value: gender, label: t(genderLabels[gender]) }))}
          hasError={false}
        />
      </ChoiceFieldset>
    </FormSection>
  );
}

function LanguageChoice({ form }: { form: ReferralForm }) {
  const { t } = useTranslation();
  const label = (language: SupportLanguage): string => {
    const name = t(`public.supportLanguages.${language}`);
    if (language === "other") return name;
    const own = endonyms[language];
    return own.toLocaleLowerCase() === name.toLocaleLowerCase() ? own : `${name} — ${isolate(own)}`;
  };
  return (
    <NativeSelect
      id={fieldId("preferredLanguage")}
      label={t("public.form.support.language")}
      description={t("public.form.support.languageHint")}
      data={supportLanguages.map((language) => ({ value: language, label: label(language) }))}
      {...form.getInputProps("preferredLanguage")}
    />
  );
}
