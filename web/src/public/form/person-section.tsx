/**
 * The person who needs help: only a first name is required, and each other question says why it
 * helps. Someone else's details are never offered from the browser's autofill, which holds the
 * referrer's own.
 */
import { Group, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ChoiceFieldset, fieldId, FormSection, OptionalLabel, RadioOptions } from "./form-kit.js";
import { perspectiveOf, type ReferralForm } from "./referral-form-type.js";
import type { Awareness } from "../referral-values.js";

const titles = { self: "public.form.person.titleSelf", other: "public.form.person.titleOther", unknown: "public.form.person.titleUnknown" } as const;
const intros = { self: "public.form.person.introSelf", other: "public.form.person.introOther", unknown: "public.form.person.introOther" } as const;

export function PersonSection({ form }: { form: ReferralForm }) {
  const { t } = useTranslation();
  const perspective = perspectiveOf(form.values.sourceCode);
  const isSelf = perspective === "self";
  // Autofill would offer the referrer's own name and number for someone else's.
  const auto = (token: string) => (isSelf ? token : "off");
  return (
    <FormSection title={t(titles[perspective])}>
      <Text>{t(intros[perspective])}</Text>
      <TextInput
        id={fieldId("person.givenName")}
        label={t("public.form.person.givenName")}
        description={t("public.form.person.givenNameHint")}
        autoComplete={auto("given-name")}
        dir="auto"
        required
        {...form.getInputProps("person.givenName")}
      />
      <TextInput
        id={fieldId("person.familyName")}
        label={<OptionalLabel>{t("public.form.person.familyName")}</OptionalLabel>}
        description={t("public.form.person.familyNameHint")}
        autoComplete={auto("family-name")}
        dir="auto"
        {...form.getInputProps("person.familyName")}
      />
      <DateOfBirth form={form} autoComplete={isSelf} />
      {isSelf && <Text fw={600}>{t("public.form.person.contactHintSelf")}</Text>}
      <TextInput
        id={fieldId("person.phone")}
        label={isSelf ? t("public.form.person.phone") : <OptionalLabel>{t("public.form.person.phone")}</OptionalLabel>}
        description={t("public.form.person.phoneHint")}
        type="tel"
        autoComplete={auto("tel")}
        dir="ltr"
        {...form.getInputProps("person.phone")}
      />
      <TextInput
        id={fieldId("person.email")}
        label={isSelf ? t("public.form.person.email") : <OptionalLabel>{t("public.form.person.email")}</OptionalLabel>}
        description={t("public.form.person.emailHint")}
        type="email"
        autoComplete={auto("email")}
        dir="ltr"
        {...form.getInputProps("person.email")}
      />
      <TextInput
        id={fieldId("person.postcode")}
        label={<OptionalLabel>{t("public.form.person.postcode")}</OptionalLabel>}
        description={t("public.form.person.postcodeHint")}
        autoComplete={auto("postal-code")}
        dir="ltr"
        styles={{ wrapper: { maxWidth: 220 } }}
        {...form.getInputProps("person.postcode")}
      />
      {perspective === "other" && <AwarenessQuestion form={form} />}
    </FormSection>
  );
}

function DateOfBirth({ form, autoComplete }: { form: ReferralForm; autoComplete: boolean }) {
  const { t } = useTranslation();
  const error = form.errors["person.dobDay"];
  const parts = [
    { path: "person.dobDay", label: "public.form.person.day", width: 72, max: 2, auto: "bday-day" },
    { path: "person.dobMonth", label: "public.form.person.month", width: 72, max: 2, auto: "bday-month" },
    { path: "person.dobYear", label: "public.form.person.year", width: 96, max: 4, auto: "bday-year" },
  ] as const;
  return (
    <ChoiceFieldset
      legend={<OptionalLabel>{t("public.form.person.dateOfBirth")}</OptionalLabel>}
      hint={t("public.form.person.dateOfBirthHint")}
      error={error}
    >
      <Group gap="md" align="flex-end" wrap="nowrap">
        {parts.map((part) => {
          const input = form.getInputProps(part.path);
          return (
            <TextInput
              key={part.path}
              id={fieldId(part.path)}
              label={t(part.label)}
              inputMode="numeric"
              maxLength={part.max}
              autoComplete={autoComplete ? part.auto : "off"}
              dir="ltr"
              w={part.width}
              {...input}
              error={Boolean(error)}
              onChange={(event) => {
                form.clearFieldError("person.dobDay");
                (input.onChange as (event: unknown) => void)(event);
              }}
            />
          );
        })}
      </Group>
    </ChoiceFieldset>
  );
}

function AwarenessQuestion({ form }: { form: ReferralForm }) {
  const { t } = useTranslation();
  const error = form.errors.isPersonAware;
  const options: { value: Awareness; label: string }[] = [
    { value: "yes", label: t("public.form.aware.yes") },
    { value: "no", label: t("public.form.aware.no") },
    { value: "unsure", label: t("public.form.aware.unsure") },
  ];
  return (
    <ChoiceFieldset legend={<OptionalLabel>{t("public.form.aware.legend")}</OptionalLabel>} hint={t("public.form.aware.hint")} error={error}>
      <RadioOptions<Awareness>
        path="isPersonAware"
        value={form.values.isPersonAware}
        onChange={(value) => form.setFieldValue("isPersonAware", value)}
        options={options}
        hasError={Boolean(error)}
      />
    </ChoiceFieldset>
  );
}
