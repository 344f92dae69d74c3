/** Choosing a password to accept an invitation; the email is shown so the user knows their sign-in name. */
import { Button, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { acceptInvitationBodySchema } from "../../../core/api/auth.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { destinationFor, useSession } from "../session/session-context.js";
import { authApi, type Invitation } from "./auth-api.js";
import { NewPasswordFields, useNewPasswordForm } from "./new-password-fields.js";

export function InvitationAcceptForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const { t } = useTranslation();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const form = useNewPasswordForm();
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    const session = await authApi.acceptInvitation(token, acceptInvitationBodySchema.parse({ password: values.password }));
    setSession(session);
    void navigate(destinationFor(session), { replace: true });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t("invitation.email")} value={invitation.email} readOnly dir="ltr" autoComplete="username" />
        <NewPasswordFields form={form} />
        <Button type="submit" loading={form.submitting}>
          {t("invitation.accept")}
        </Button>
      </Stack>
    </form>
  );
}
