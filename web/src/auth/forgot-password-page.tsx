/**
 * Asking for a password reset. The answer is the same whatever the email, so the page never says
 * whether an account exists; it explains that an administrator will check it is really the person
 * and give them a link.
 */
import { Alert, Anchor, Button, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { passwordResetRequestBodySchema } from "../../../core/api/auth.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { AuthLayout } from "./auth-layout.js";
import { authApi } from "./auth-api.js";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [isSent, setSent] = useState(false);
  const form = useForm({ initialValues: { email: "" }, validate: zodValidate(passwordResetRequestBodySchema, t) });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    await authApi.requestPasswordReset(passwordResetRequestBodySchema.parse(values));
    setSent(true);
  });

  return (
    <AuthLayout title={t("passwordReset.requestTitle")}>
      {isSent ? (
        <Alert color="green" variant="light" role="status" title={t("passwordReset.sentTitle")}>
          {t("passwordReset.sentBody")}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text>{t("passwordReset.requestIntro")}</Text>
            <FormError message={formError} />
            <TextInput label={t("signIn.email")} type="email" autoComplete="username" dir="ltr" required {...form.getInputProps("email")} />
            <Button type="submit" loading={form.submitting}>
              {t("passwordReset.requestSubmit")}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in">
        {t("invitation.goToSignIn")}
      </Anchor>
    </AuthLayout>
  );
}
