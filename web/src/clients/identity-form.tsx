/** Editing a client's identity, starting from what was revealed; blank boxes clear a detail. */
import { Button, Group, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { updateIdentityBodySchema } from "../../../core/api/clients.js";
import { FormError } from "../components/form-error.js";
import { withFormatMessages } from "../forms/format-messages.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { clientsApi, type ClientProfile, type Identity } from "./clients-api.js";

type Values = Omit<Record<keyof Identity, string>, "otherNames"> & { otherNames: string[] };

const blankToNull = (value: string): string | null => (value.trim() === "" ? null : value.trim());

function toBody(values: Values) {
  return {
    givenName: values.givenName,
    familyName: blankToNull(values.familyName),
    otherNames: values.otherNames,
    dateOfBirth: blankToNull(values.dateOfBirth),
    address: blankToNull(values.address),
    postcode: blankToNull(values.postcode),
    phone: blankToNull(values.phone),
    email: blankToNull(values.email),
    nhsNumber: blankToNull(values.nhsNumber),
  };
}

interface IdentityFormProps {
  clientId: string;
  identity: Identity;
  /** The identity as saved, and the profile as it now stands (age band and postcode district follow it). */
  onSaved: (identity: Identity, client: ClientProfile) => void;
}

export function IdentityForm({ clientId, identity, onSaved }: IdentityFormProps) {
  const { t } = useTranslation();
  const validateBody = zodValidate(updateIdentityBodySchema, t, toBody);
  const form = useForm<Values>({
    initialValues: {
      givenName: identity.givenName,
      familyName: identity.familyName ?? "",
      otherNames: identity.otherNames,
      dateOfBirth: identity.dateOfBirth ?? "",
      address: identity.address ?? "",
      postcode: identity.postcode ?? "",
      phone: identity.phone ?? "",
      email: identity.email ?? "",
      nhsNumber: identity.nhsNumber ?? "",
    },
    validate: (values) => withFormatMessages(validateBody(values), t),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    const body = updateIdentityBodySchema.parse(toBody(values));
    const client = await clientsApi.updateIdentity(clientId, body);
    // The server answers with the profile, not the identity: show what was saved without another audited reveal.
    onSaved({ ...identity, ...body }, client);
  });
  const field = (name: keyof Values) => form.getInputProps(name);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("clients.fields.givenName")} required maxLength={100} dir="auto" {...field("givenName")} />
          <TextInput label={t("clients.fields.familyName")} maxLength={100} dir="auto" {...field("familyName")} />
        </SimpleGrid>
        <TagsInput label={t("clients.fields.otherNames")} description={t("clients.identity.otherNamesHint")} maxTags={10} {...field("otherNames")} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("clients.fields.dateOfBirth")} type="date" min="1900-01-01" {...field("dateOfBirth")} />
          <TextInput label={t("clients.fields.nhsNumber")} dir="ltr" maxLength={12} {...field("nhsNumber")} />
        </SimpleGrid>
        <Textarea label={t("clients.fields.address")} autosize minRows={2} maxLength={300} dir="auto" {...field("address")} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t("clients.fields.postcode")} dir="ltr" maxLength={10} {...field("postcode")} />
          <TextInput label={t("clients.fields.phone")} type="tel" dir="ltr" maxLength={20} {...field("phone")} />
          <TextInput label={t("clients.fields.email")} type="email" dir="ltr" maxLength={254} {...field("email")} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
