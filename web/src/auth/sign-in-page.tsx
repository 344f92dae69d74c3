/** Sign-in with email and password; says why the user is here if their session ended. */
import { Alert, Anchor, Button, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation, useNavigate } from "react-router-dom";
import { signInBodySchema } from "../../../core/api/auth.js";
import { FormError } from "../components/form-error.js";
import { PasswordField } from "../components/password-field.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { destinationFor, useSession } from "../session/session-context.js";
import { SsoButton, SsoRefusalNotice, useSsoProvider } from "../sso/sso-sign-in.js";
import { AuthLayout } from "./auth-layout.js";
import { authApi } from "./auth-api.js";

export function SignInPage() {
  const { t } = useTranslation();
  const { session, setSession, notice } = useSession();
  const navigate = useNavigate();
  const from = returnPath(useLocation().state);
  const form = useForm({
    initialValues: { email: "", password: "" },
    validate: zodValidate(signInBodySchema, t),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const provider = useSsoProvider(form.values.email);
  const isPasswordHidden = provider !== null && !provider.isPasswordSignInEnabled;

  if (session) return <Navigate to={session.mfaState === "complete" ? from : destinationFor(session)} replace />;

  const submit = handleSubmit(async (values) => {
    const next = await authApi.signIn(signInBodySchema.parse(values));
    setSession(next);
    void navigate(next.mfaState === "complete" ? from : destinationFor(next), { replace: true });
  });

  return (
    <AuthLayout title={t("signIn.title")}>
      {notice && (
        <Alert color={notice === "expired" ? "yellow" : "pathways"} variant="light" role="status">
          {t(notice === "expired" ? "signIn.expiredNotice" : "signIn.signedOutNotice")}
        </Alert>
      )}
      <SsoRefusalNotice />
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput
            label={t("signIn.email")}
            type="email"
            autoComplete="username"
            dir="ltr"
            required
            {...form.getInputProps("email")}
          />
          {provider && <SsoButton email={form.values.email} provider={provider} />}
          {!isPasswordHidden && (
            <>
              <PasswordField
                label={t("signIn.password")}
                autoComplete="current-password"
                required
                {...form.getInputProps("password")}
              />
              <Button type="submit" loading={form.submitting}>
                {t("signIn.submit")}
              </Button>
            </>
          )}
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t("signIn.forgotPassword")}
          </Anchor>
        </Stack>
      </form>
      <Text size="sm">
        {t("signIn.notStaff")}{" "}
        <Anchor component={Link} to="/get-help">
          {t("signIn.getHelpLink")}
        </Anchor>
      </Text>
    </AuthLayout>
  );
}

/** Only paths inside this app, so a crafted link cannot send the user elsewhere after sign-in. */
function returnPath(state: unknown): string {
  if (state && typeof state === "object" && "from" in state && typeof state.from === "string") {
    if (state.from.startsWith("/") && !state.from.startsWith("//")) return state.from;
  }
  return "/";
}
