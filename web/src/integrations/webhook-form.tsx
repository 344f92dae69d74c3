/**
 * Adding a webhook: its name, the partner's https address, the events it is sent, and optionally
 * the partner it belongs to with the identity fields that partner may receive under its
 * information-sharing agreement (none is sent while no agreement is in force).
 */
import { Button, Checkbox, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { createWebhookBodySchema, identityFields, webhookEventTypes, type CreateWebhookBody } from "../../../core/api/integrations.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import type { WebhookOptions } from "./integrations-api.js";

interface WebhookFormProps {
  options: WebhookOptions;
  onSubmit: (body: CreateWebhookBody) => Promise<void>;
}

export function WebhookForm({ options, onSubmit }: WebhookFormProps) {
  const { t } = useTranslation();
  const form = useForm<CreateWebhookBody>({ initialValues: { name: "", url: "https://", events: [], partnerId: null, identityFields: [] }, validate: zodValidate(createWebhookBodySchema, t) });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    await onSubmit(createWebhookBodySchema.parse(values));
    form.reset();
  });
  const partner = options.partners.find((candidate) => candidate.id === form.getValues().partnerId);
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={560}>
        <FormError message={formError} />
        <TextInput label={t("integrations.webhookName")} required maxLength={80} {...form.getInputProps("name")} />
        <TextInput label={t("integrations.url")} description={t("integrations.urlHint")} required dir="ltr" maxLength={500} {...form.getInputProps("url")} />
        <Checkbox.Group label={t("integrations.events")} required {...form.getInputProps("events")}>
          <Stack gap={6} mt={6}>
            {webhookEventTypes.map((type) => (
              <Checkbox key={type} value={type} label={t(`integrations.eventTypes.${type}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Select
          label={t("integrations.partner")}
          description={t("integrations.partnerHint")}
          clearable
          data={options.partners.map((option) => ({ value: option.id, label: option.name }))}
          {...form.getInputProps("partnerId")}
        />
        {partner && (
          <>
            <Text size="sm" role="status">
              {partner.isSharingIdentity ? t("integrations.agreementInForce") : t("integrations.noAgreement")}
            </Text>
            <Checkbox.Group label={t("integrations.identityFields")} description={t("integrations.identityFieldsHint")} {...form.getInputProps("identityFields")}>
              <Stack gap={6} mt={6}>
                {identityFields.map((field) => (
                  <Checkbox key={field} value={field} label={t(`integrations.identity.${field}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
          </>
        )}
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t("integrations.addWebhook")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
