/** Second-factor set-up that must be done before the app opens (roles that can see client data). */
import { Anchor, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { destinationFor, useSession } from "../session/session-context.js";
import { AuthLayout } from "./auth-layout.js";
import { EnrolmentFlow } from "./enrolment-flow.js";

export function RequiredEnrolmentPage() {
  const { t } = useTranslation();
  const { setSession, signOut } = useSession();
  const navigate = useNavigate();
  return (
    <AuthLayout title={t("enrolment.title")} isWide>
      <EnrolmentFlow
        isRequired
        onDone={(session) => {
          setSession(session);
          void navigate(destinationFor(session), { replace: true });
        }}
      />
      <Group>
        <Anchor component="button" type="button" onClick={() => void signOut()}>
          {t("enrolment.signOutInstead")}
        </Anchor>
      </Group>
    </AuthLayout>
  );
}
