/**
 * Adding a relationship: how they are related, and either another client (found by reference) or a
 * contact who is not a client (name and phone, kept in the vault).
 */
import { Button, Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { relationshipBodySchema } from "../../../core/api/clients.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormError } from "../components/form-error.js";
import { withFormatMessages } from "../forms/format-messages.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { clientsApi, type ClientProfile, type RelationshipBody } from "./clients-api.js";

const relations = relationshipBodySchema.shape.relation.options;

interface Values {
  relation: RelationshipBody["relation"] | "";
  kind: "client" | "contact";
  reference: string;
  contactName: string;
  contactPhone: string;
}

const given = (value: string): string | undefined => (value.trim() === "" ? undefined : value.trim());

export function RelationshipForm({ clientId, onSaved }: { clientId: string; onSaved: (client: ClientProfile) => void }) {
  const { t } = useTranslation();
  const toContactBody = (values: Values) => ({
    relation: values.relation,
    contactName: given(values.contactName),
    contactPhone: given(values.contactPhone),
  });
  const validateContact = zodValidate(relationshipBodySchema, t, toContactBody);
  const form = useForm<Values>({
    initialValues: { relation: "", kind: "contact", reference: "", contactName: "", contactPhone: "" },
    validate: (values) => {
      const errors = withFormatMessages(validateContact(values), t);
      if (values.kind === "client" && values.reference.trim() === "") errors.reference = t("validation.required");
      if (values.kind === "contact" && values.contactName.trim() === "") errors.contactName = t("validation.required");
      return errors;
    },
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    let body: RelationshipBody;
    if (values.kind === "client") {
      const wanted = values.reference.trim().toUpperCase();
      const found = (await clientsApi.search({ reference: wanted })).find((match) => match.reference === wanted && match.isInScope);
      if (!found) {
        form.setFieldError("reference", t("clients.relationships.referenceNotFound"));
        return;
      }
      body = relationshipBodySchema.parse({ relation: values.relation, relatedClientId: found.clientId });
    } else {
      body = relationshipBodySchema.parse(toContactBody(values));
    }
    onSaved(await clientsApi.addRelationship(clientId, body));
  });
  const kind = form.getValues().kind;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <NativeSelect
          label={t("clients.relationships.relation")}
          data={chooseFirst(t("clients.choose"), relations.map((relation) => ({ value: relation, label: t(`clients.relationships.relations.${relation}`) })))}
          required
          {...form.getInputProps("relation")}
        />
        <Radio.Group label={t("clients.relationships.who")} withAsterisk={false} {...form.getInputProps("kind")}>
          <Group mt="xs">
            <Radio value="contact" label={t("clients.relationships.kindContact")} />
            <Radio value="client" label={t("clients.relationships.kindClient")} />
          </Group>
        </Radio.Group>
        {kind === "client" ? (
          <TextInput label={t("clients.reference")} description={t("clients.search.referenceHint")} dir="ltr" required maxLength={20} {...form.getInputProps("reference")} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t("clients.relationships.contactName")} required maxLength={100} dir="auto" {...form.getInputProps("contactName")} />
            <TextInput label={t("clients.fields.phone")} type="tel" dir="ltr" maxLength={20} {...form.getInputProps("contactPhone")} />
          </SimpleGrid>
        )}
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t("clients.relationships.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
