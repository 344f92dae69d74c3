/** The person being referred: the least needed to make contact safely. Only the given name is required. */
import { SimpleGrid, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { FormFieldset } from "../components/form-fieldset.js";
import type { ReferralFormValues } from "./referral-form-values.js";

export function ReferralPersonFields({ form }: { form: UseFormReturnType<ReferralFormValues> }) {
  const { t } = useTranslation();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <FormFieldset legend={t("referrals.form.personLegend")} hint={t("referrals.form.personHint")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t("clients.fields.givenName")} required maxLength={100} {...form.getInputProps("person.givenName")} />
        <TextInput label={t("clients.fields.familyName")} maxLength={100} {...form.getInputProps("person.familyName")} />
        <TextInput
          label={t("clients.fields.dateOfBirth")}
          type="date"
          max={today}
          min="1900-01-01"
          {...form.getInputProps("person.dateOfBirth")}
        />
        <TextInput
          label={t("clients.fields.postcode")}
          description={t("clients.format.postcodeHint")}
          dir="ltr"
          maxLength={10}
          {...form.getInputProps("person.postcode")}
        />
        <TextInput label={t("clients.fields.phone")} type="tel" dir="ltr" maxLength={20} {...form.getInputProps("person.phone")} />
        <TextInput label={t("clients.fields.email")} type="email" dir="ltr" maxLength={254} {...form.getInputProps("person.email")} />
      </SimpleGrid>
    </FormFieldset>
  );
}
