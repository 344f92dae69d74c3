/**
 * Where a password-reset link leads: checks the link, then lets the person choose a new password.
 * Setting it signs them out everywhere; they then sign in as usual, second step included.
 */
import { Alert, Anchor, Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { completePasswordResetBodySchema, passwordResetTokenParamsSchema } from "../../../core/api/auth.js";
import { ApiError } from "../api/api-error.js";
import { FormError } from "../components/form-error.js";
import { Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { useServerForm } from "../forms/use-server-form.js";
import { isolate } from "../i18n/format.js";
import { AuthLayout } from "./auth-layout.js";
import { authApi } from "./auth-api.js";
import { NewPasswordFields, useNewPasswordForm } from "./new-password-fields.js";

export function PasswordResetPage() {
  const { t } = useTranslation();
  const params = passwordResetTokenParamsSchema.safeParse(useParams());
  const token = params.success ? params.data.token : null;
  const { state } = useLoad(() => (token ? authApi.passwordReset(token) : Promise.reject(new ApiError("not_found", "", 404))), [token]);
  const [isDone, setDone] = useState(false);

  const signInLink = (
    <Anchor component={Link} to="/sign-in">
      {t("invitation.goToSignIn")}
    </Anchor>
  );
  if (isDone) {
    return (
      <AuthLayout title={t("passwordReset.title")}>
        <Alert color="green" variant="light" role="status" title={t("passwordReset.doneTitle")}>
          {t("passwordReset.doneBody")}
        </Alert>
        {signInLink}
      </AuthLayout>
    );
  }
  if (state.status === "loading") {
    return (
      <AuthLayout title={t("passwordReset.title")}>
        <Loading />
      </AuthLayout>
    );
  }
  if (state.status === "failed" || !token) {
    const isExpired = state.status === "failed" && state.error instanceof ApiError && state.error.status === 410;
    return (
      <AuthLayout title={t("passwordReset.title")}>
        <Alert color="red" variant="light" role="alert">
          {t(isExpired ? "passwordReset.expired" : "passwordReset.notFound")}
        </Alert>
        <Text>{t("passwordReset.askAdministrator")}</Text>
        {signInLink}
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={t("passwordReset.title")} isWide>
      <Text>{t("passwordReset.intro", { name: isolate(state.data.displayName), organisation: isolate(state.data.organisationName) })}</Text>
      <NewPasswordForm token={token} onDone={() => setDone(true)} />
    </AuthLayout>
  );
}

function NewPasswordForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useNewPasswordForm();
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    await authApi.completePasswordReset(token, completePasswordResetBodySchema.parse({ password: values.password }));
    onDone();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <NewPasswordFields form={form} />
        <Button type="submit" loading={form.submitting}>
          {t("passwordReset.submit")}
        </Button>
      </Stack>
    </form>
  );
}
