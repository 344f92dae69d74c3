/** Changing one's own password: the current one, then a new one typed twice. */
import { Alert, Button, Group, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { changePasswordBodySchema } from "../../../core/api/auth.js";
import { authApi } from "../auth/auth-api.js";
import { PasswordGuidance } from "../auth/password-guidance.js";
import { FormError } from "../components/form-error.js";
import { PasswordField } from "../components/password-field.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";

const initialValues = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [isChanged, setIsChanged] = useState(false);
  const validateBody = zodValidate(changePasswordBodySchema, t, (values: typeof initialValues) => ({
    currentPassword: values.currentPassword,
    newPassword: values.newPassword,
  }));
  const form = useForm({
    initialValues,
    validate: (values) => ({
      ...validateBody(values),
      ...(values.confirmPassword !== values.newPassword ? { confirmPassword: t("password.mismatch") } : {}),
    }),
  });
  const { formError, handleSubmit } = useServerForm(form, {
    invalid_credentials: { field: "currentPassword", messageKey: "account.currentPasswordWrong" },
  });
  const submit = handleSubmit(async (values) => {
    setIsChanged(false);
    await authApi.changePassword(changePasswordBodySchema.parse({
      currentPassword: values.currentPassword,
      newPassword: values.newPassword,
    }));
    form.reset();
    setIsChanged(true);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={480}>
        {isChanged && (
          <Alert color="green" variant="light" role="status">
            {t("account.passwordChanged")}
          </Alert>
        )}
        <FormError message={formError} />
        <PasswordField
          label={t("password.current")}
          autoComplete="current-password"
          required
          {...form.getInputProps("currentPassword")}
        />
        <PasswordGuidance />
        <PasswordField label={t("password.new")} autoComplete="new-password" required {...form.getInputProps("newPassword")} />
        <PasswordField
          label={t("password.confirm")}
          autoComplete="new-password"
          required
          {...form.getInputProps("confirmPassword")}
        />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t("account.changePasswordSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
