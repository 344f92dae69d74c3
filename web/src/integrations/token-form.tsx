/**
 * Making a token: a name, read-only or read and write, and the last day it works (at most a year
 * ahead). Checked with the API's own schema; the server's answers land on the fields.
 */
import { Button, Group, Radio, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { createPersonalTokenBodySchema, type CreatePersonalTokenBody } from "../../../core/api/integrations.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

interface TokenFormProps {
  onSubmit: (body: CreatePersonalTokenBody) => Promise<void>;
  /** Extra fields above the button (the service account to act as). */
  children?: ReactNode;
}

export function TokenForm({ onSubmit, children }: TokenFormProps) {
  const { t } = useTranslation();
  const form = useForm<CreatePersonalTokenBody>({ initialValues: { name: "", scope: "read", expiresOn: inDays(90) }, validate: zodValidate(createPersonalTokenBodySchema, t) });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    await onSubmit(createPersonalTokenBodySchema.parse(values));
    form.reset();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={480}>
        <FormError message={formError} />
        <TextInput label={t("integrations.tokenName")} description={t("integrations.tokenNameHint")} required maxLength={80} {...form.getInputProps("name")} />
        <Radio.Group label={t("integrations.scope")} required {...form.getInputProps("scope")}>
          <Stack gap={6} mt={6}>
            <Radio value="read" label={t("integrations.scopes.read")} />
            <Radio value="read_write" label={t("integrations.scopes.read_write")} />
          </Stack>
        </Radio.Group>
        <TextInput type="date" label={t("integrations.expiresOn")} description={t("integrations.expiresOnHint")} required min={inDays(1)} max={inDays(366)} {...form.getInputProps("expiresOn")} />
        {children}
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t("integrations.makeToken")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
