/**
 * "Who will see this information", in plain words, then the consent the form cannot be sent
 * without. Also holds the honeypot: a field people never see or reach, which only scripts fill in.
 */
import { Checkbox, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldId, FormSection } from "./form-kit.js";
import { perspectiveOf, type ReferralForm } from "./referral-form-type.js";

export function PrivacySection({ form, siteName }: { form: ReferralForm; siteName: string | null }) {
  const { t } = useTranslation();
  const isOther = perspectiveOf(form.values.sourceCode) === "other";
  return (
    <FormSection title={t("public.form.privacy.title")}>
      <List spacing="xs" className="privacy-list">
        <List.Item>{siteName ? t("public.form.privacy.staffSite", { site: siteName }) : t("public.form.privacy.staffAny")}</List.Item>
        <List.Item>{t("public.form.privacy.funders")}</List.Item>
        <List.Item>{t("public.form.privacy.sharing")}</List.Item>
        <List.Item>{t("public.form.privacy.kept")}</List.Item>
      </List>
      {isOther && <Text>{t("public.form.privacy.otherPerson")}</Text>}
      <Checkbox
        id={fieldId("isConsentGiven")}
        size="md"
        label={t("public.form.privacy.consent")}
        required
        {...form.getInputProps("isConsentGiven", { type: "checkbox" })}
      />
      <Honeypot form={form} />
    </FormSection>
  );
}

function Honeypot({ form }: { form: ReferralForm }) {
  const { t } = useTranslation();
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor={fieldId("website")}>{t("public.form.honeypot")}</label>
      <input
        id={fieldId("website")}
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={form.values.website}
        onChange={(event) => form.setFieldValue("website", event.currentTarget.value)}
      />
    </div>
  );
}
