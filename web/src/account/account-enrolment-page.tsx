/** Second-factor set-up chosen from account settings by someone whose roles do not require it. */
import { useState } from "react";
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
  // Judged once on arrival: the session gains the second factor when set-up finishes, and the
  // redirect then must not overtake the navigation that carries the success notice.
  const [wasEnrolled] = useState(session.user.hasSecondFactor);
  if (wasEnrolled) return <Navigate to="/account" replace />;
  return (
    <Page title={t("enrolment.title")}>
      <EnrolmentFlow
        isRequired={session.user.isSecondFactorRequired}
        onDone={(next) => {
          setSession(next);
          void navigate("/account", { replace: true, state: { isNewlyEnrolled: true } });
        }}
      />
    </Page>
  );
}
