/** Second-factor set-up chosen from account settings by someone whose roles do not require it. */
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate } from "react-router-dom";
import { EnrolmentFlow } from "../auth/enrolment-flow.js";
import { Page } from "../components/page.js";
import { useSession, useSignedInSession } from "../session/session-context.js";

export function AccountEnrolmentPage() {
  const { t } = useTranslation();
  const session = useSignedInSession();
  const { setSession } = useSession();
  const navigate = useNavigate();
  if (session.user.hasSecondFactor) return <Navigate to="/account" replace />;
  return (
    <Page title={t("enrolment.title")}>
      <EnrolmentFlow
        isRequired={session.user.isSecondFactorRequired}
        onDone={(next) => {
          setSession(next);
          navigate("/account", { replace: true, state: { isNewlyEnrolled: true } });
        }}
      />
    </Page>
  );
}
