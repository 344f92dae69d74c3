/** "About you" for someone referring another person: their name, how they know them, how to reach them. */
import { Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { professionalSources, type ReferralSource } from "../referral-values.js";
import { fieldId, FormSection, OptionalLabel } from "./form-kit.js";
import type { ReferralForm } from "./referral-form-type.js";

export function ReferrerSection({ form }: { form: ReferralForm }) {
  const { t } = useTranslation();
  const source = form.values.sourceCode;
  const isProfessional = professionalSources.includes(source as ReferralSource);
  return (
    <FormSection title={t("public.form.referrer.title")}>
      <Text>{t("public.form.referrer.intro")}</Text>
      <TextInput
        id={fieldId("referrer.name")}
        label={t("public.form.referrer.name")}
        autoComplete="name"
        dir="auto"
        required
        {...form.getInputProps("referrer.name")}
      />
      {source === "family" && (
        <TextInput
          id={fieldId("referrer.relationship")}
          label={<OptionalLabel>{t("public.form.referrer.relationship")}</OptionalLabel>}
          description={t("public.form.referrer.relationshipHint")}
          dir="auto"
          {...form.getInputProps("referrer.relationship")}
        />
      )}
      {isProfessional && (
        <TextInput
          id={fieldId("referrer.organisation")}
          label={<OptionalLabel>{t("public.form.referrer.organisation")}</OptionalLabel>}
          description={t("public.form.referrer.organisationHint")}
          autoComplete="organization"
          dir="auto"
          {...form.getInputProps("referrer.organisation")}
        />
      )}
      <Text fw={600}>{t("public.form.referrer.contactHint")}</Text>
      <TextInput
        id={fieldId("referrer.phone")}
        label={t("public.form.referrer.phone")}
        type="tel"
        autoComplete="tel"
        dir="ltr"
        {...form.getInputProps("referrer.phone")}
      />
      <TextInput
        id={fieldId("referrer.email")}
        label={t("public.form.referrer.email")}
        type="email"
        autoComplete="email"
        dir="ltr"
        {...form.getInputProps("referrer.email")}
      />
    </FormSection>
  );
}
