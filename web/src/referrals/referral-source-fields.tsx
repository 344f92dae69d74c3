/** Where the referral comes from: the source, and for anyone but the person themselves, who referred them. */
import { Checkbox, Group, NativeSelect, Radio, SimpleGrid, Text, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { defaultReferralSources } from "../../../core/referrals/vocabulary.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormFieldset } from "../components/form-fieldset.js";
import { hasReferrer, type ReferralFormValues } from "./referral-form-values.js";

const isRestrictedSource = (code: string): boolean =>
  defaultReferralSources.some((source) => source.code === code && source.isRestricted);

export function ReferralSourceFields({ form }: { form: UseFormReturnType<ReferralFormValues> }) {
  const { t } = useTranslation();
  const values = form.getValues();
  const sources = defaultReferralSources.map((source) => ({
    value: source.code,
    label: t(`referrals.sources.${source.code}`, { defaultValue: source.label }),
  }));
  return (
    <FormFieldset legend={t("referrals.form.sourceLegend")}>
      <NativeSelect
        label={t("referrals.source")}
        data={chooseFirst(t("referrals.form.chooseSource"), sources)}
        required
        maw={360}
        {...form.getInputProps("sourceCode")}
      />
      {isRestrictedSource(values.sourceCode) && (
        <Text size="sm" c="grape.9" role="note">
          {t("referrals.form.restrictedSource")}
        </Text>
      )}
      {hasReferrer(values.sourceCode) && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t("referrals.form.referrerName")} required maxLength={100} {...form.getInputProps("referrer.name")} />
            <TextInput label={t("referrals.form.referrerOrganisation")} maxLength={150} {...form.getInputProps("referrer.organisation")} />
            <TextInput
              label={t("referrals.form.referrerRelationship")}
              description={t("referrals.form.referrerRelationshipHint")}
              maxLength={100}
              {...form.getInputProps("referrer.relationship")}
            />
            <TextInput label={t("referrals.form.phone")} type="tel" dir="ltr" maxLength={20} {...form.getInputProps("referrer.phone")} />
            <TextInput label={t("referrals.form.email")} type="email" dir="ltr" maxLength={254} {...form.getInputProps("referrer.email")} />
          </SimpleGrid>
          <Radio.Group withAsterisk={false} label={t("referrals.form.isPersonAware")} {...form.getInputProps("isPersonAware")}>
            <Group mt={4}>
              {(["yes", "no", "unknown"] as const).map((answer) => (
                <Radio key={answer} value={answer} label={t(`referrals.awareness.${answer}`)} />
              ))}
            </Group>
          </Radio.Group>
        </>
      )}
      <Checkbox
        label={t("referrals.form.consent")}
        description={t("referrals.form.consentHint")}
        {...form.getInputProps("isReferrerConsentGiven", { type: "checkbox" })}
      />
    </FormFieldset>
  );
}
