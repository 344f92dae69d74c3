/**
 * The partner form's two lists: its contacts (each held only with their consent) and its
 * agreements (kind, reference, signed, ends). Fields are the form's `contacts.<n>.…` and
 * `agreements.<n>.…`, so the server's field errors land on the row and field they name.
 */
import { Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { agreementKinds } from "../../../../core/outreach/partners.js";
import { FormFieldset } from "../../components/form-fieldset.js";
import { emptyAgreement, emptyContact, type PartnerValues } from "./partner-form-values.js";

type PartnerForm = UseFormReturnType<PartnerValues>;

function RemoveRow({ label, onRemove }: { label: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="subtle" color="red" size="compact-sm" onClick={onRemove} aria-label={label}>
        {t("partners.form.remove")}
      </Button>
    </Group>
  );
}

export function ContactFields({ form }: { form: PartnerForm }) {
  const { t } = useTranslation();
  return (
    <FormFieldset legend={t("partners.form.contacts")} hint={t("partners.form.contactsHint")}>
      {form.values.contacts.length === 0 && <Text size="sm">{t("partners.form.noContacts")}</Text>}
      {form.values.contacts.map((_contact, index) => {
        const number = index + 1;
        const field = (name: string) => form.getInputProps(`contacts.${index}.${name}`);
        return (
          <Paper key={index} withBorder p="sm" role="group" aria-label={t("partners.form.contactRow", { number })}>
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput label={t("partners.form.contactName")} required maxLength={120} dir="auto" {...field("name")} />
                <TextInput label={t("partners.form.contactRole")} description={t("partners.form.contactRoleHint")} maxLength={120} dir="auto" {...field("role")} />
                <TextInput label={t("partners.form.contactEmail")} type="email" dir="ltr" maxLength={254} {...field("email")} />
                <TextInput label={t("partners.form.contactPhone")} type="tel" dir="ltr" maxLength={40} {...field("phone")} />
              </SimpleGrid>
              <Checkbox label={t("partners.form.hasConsented")} {...form.getInputProps(`contacts.${index}.hasConsented`, { type: "checkbox" })} />
              <RemoveRow label={t("partners.form.removeContact", { number })} onRemove={() => form.removeListItem("contacts", index)} />
            </Stack>
          </Paper>
        );
      })}
      <Group>
        <Button variant="default" size="sm" onClick={() => form.insertListItem("contacts", emptyContact())}>
          {t("partners.form.addContact")}
        </Button>
      </Group>
    </FormFieldset>
  );
}

export function AgreementFields({ form }: { form: PartnerForm }) {
  const { t } = useTranslation();
  const kinds = agreementKinds.map((kind) => ({ value: kind, label: t(`outreach.agreementKinds.${kind}`) }));
  return (
    <FormFieldset legend={t("partners.form.agreements")} hint={t("partners.form.agreementsHint")}>
      {form.values.agreements.length === 0 && <Text size="sm">{t("partners.form.noAgreements")}</Text>}
      {form.values.agreements.map((_agreement, index) => {
        const number = index + 1;
        const field = (name: string) => form.getInputProps(`agreements.${index}.${name}`);
        return (
          <Paper key={index} withBorder p="sm" role="group" aria-label={t("partners.form.agreementRow", { number })}>
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <NativeSelect label={t("partners.form.agreementKind")} data={kinds} required {...field("kind")} />
                <TextInput label={t("partners.form.reference")} maxLength={80} dir="auto" {...field("reference")} />
                <TextInput label={t("partners.form.signedOn")} type="date" required {...field("signedOn")} />
                <TextInput label={t("partners.form.endsOn")} description={t("partners.form.endsOnHint")} type="date" {...field("endsOn")} />
              </SimpleGrid>
              <RemoveRow label={t("partners.form.removeAgreement", { number })} onRemove={() => form.removeListItem("agreements", index)} />
            </Stack>
          </Paper>
        );
      })}
      <Group>
        <Button variant="default" size="sm" onClick={() => form.insertListItem("agreements", emptyAgreement())}>
          {t("partners.form.addAgreement")}
        </Button>
      </Group>
    </FormFieldset>
  );
}
