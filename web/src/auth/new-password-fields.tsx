/**
 * Choosing a new password, typed twice: the guidance, the two fields, and the checks the server
 * will also make on its length. Used by accepting an invitation and by a password reset.
 */
import { useForm, type UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { newPasswordSchema } from "../../../core/api/auth.js";
import { z } from "zod";
import { PasswordField } from "../components/password-field.js";
import { zodValidate } from "../forms/validation.js";
import { PasswordGuidance } from "./password-guidance.js";

export interface NewPasswordValues {
  password: string;
  confirmPassword: string;
}

const passwordOnly = z.strictObject({ password: newPasswordSchema });

export function useNewPasswordForm(): UseFormReturnType<NewPasswordValues> {
  const { t } = useTranslation();
  const validatePassword = zodValidate(passwordOnly, t);
  return useForm<NewPasswordValues>({
    initialValues: { password: "", confirmPassword: "" },
    validate: (values) => ({
      ...validatePassword({ password: values.password }),
      ...(values.confirmPassword !== values.password ? { confirmPassword: t("password.mismatch") } : {}),
    }),
  });
}

export function NewPasswordFields({ form }: { form: UseFormReturnType<NewPasswordValues> }) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordGuidance />
      <PasswordField label={t("password.new")} autoComplete="new-password" required {...form.getInputProps("password")} />
      <PasswordField label={t("password.confirm")} autoComplete="new-password" required {...form.getInputProps("confirmPassword")} />
    </>
  );
}
