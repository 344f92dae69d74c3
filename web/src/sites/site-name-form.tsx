/** A site's name, validated with the same schema as the API; used to add and to rename. */
import { Button, Group, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { createSiteBodySchema } from "../../../core/api/admin.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";

interface SiteNameFormProps {
  initialName?: string;
  submitLabel: string;
  onSubmit: (name: string) => Promise<void>;
  resetOnSuccess?: boolean;
}

export function SiteNameForm({ initialName = "", submitLabel, onSubmit, resetOnSuccess }: SiteNameFormProps) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { name: initialName }, validate: zodValidate(createSiteBodySchema, t) });
  const { formError, handleSubmit } = useServerForm(form, {
    conflict: { field: "name", messageKey: "sites.nameTaken" },
  });
  const submit = handleSubmit(async (values) => {
    await onSubmit(createSiteBodySchema.parse(values).name);
    if (resetOnSuccess) form.reset();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={420}>
        <FormError message={formError} />
        <TextInput label={t("sites.name")} required maxLength={100} {...form.getInputProps("name")} />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
