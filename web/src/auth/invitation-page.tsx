/**
 * Where an invitation link leads: checks the invitation, then lets the new user choose a password.
 * Accepting signs them in; if their roles need a second factor they go straight on to set it up.
 */
import { Alert, Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { invitationTokenParamsSchema } from "../../../core/api/auth.js";
import { ApiError } from "../api/api-error.js";
import { Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { isolate } from "../i18n/format.js";
import { AuthLayout } from "./auth-layout.js";
import { authApi } from "./auth-api.js";
import { InvitationAcceptForm } from "./invitation-accept-form.js";

export function InvitationPage() {
  const { t } = useTranslation();
  const params = invitationTokenParamsSchema.safeParse(useParams());
  const token = params.success ? params.data.token : null;
  const { state } = useLoad(
    () => (token ? authApi.invitation(token) : Promise.reject(new ApiError("not_found", "", 404))),
    [token],
  );

  if (state.status === "loading") {
    return (
      <AuthLayout title={t("invitation.title")}>
        <Loading />
      </AuthLayout>
    );
  }
  if (state.status === "failed" || !token) {
    const key = state.status === "failed" ? problemKey(state.error) : "invitation.notFound";
    return (
      <AuthLayout title={t("invitation.title")}>
        <Alert color="red" variant="light" role="alert">
          {t(key)}
        </Alert>
        <Text>{t("invitation.askAdministrator")}</Text>
        <Anchor component={Link} to="/sign-in">
          {t("invitation.goToSignIn")}
        </Anchor>
      </AuthLayout>
    );
  }
  const invitation = state.data;
  return (
    // The heading says what to do; the organisation, whose name may be long, is named in the text below.
    <AuthLayout title={t("invitation.welcomeTitle")} isWide>
      <Text>{t("invitation.intro", { name: isolate(invitation.displayName), organisation: isolate(invitation.organisationName) })}</Text>
      <InvitationAcceptForm token={token} invitation={invitation} />
    </AuthLayout>
  );
}

function problemKey(error: unknown): string {
  if (error instanceof ApiError && error.status === 410) return "invitation.expired";
  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return "invitation.notFound";
  return "invitation.loadFailed";
}
