/** Every route of the staff app and the gate each one sits behind. */
import { Route, Routes } from "react-router-dom";
import { AccountEnrolmentPage } from "../account/account-enrolment-page.js";
import { AccountPage } from "../account/account-page.js";
import { AuditPage } from "../audit/audit-page.js";
import { InvitationPage } from "../auth/invitation-page.js";
import { RequiredEnrolmentPage } from "../auth/required-enrolment-page.js";
import { SecondFactorPage } from "../auth/second-factor-page.js";
import { SignInPage } from "../auth/sign-in-page.js";
import { HomePage } from "../home/home-page.js";
import { AppLayout } from "../shell/app-layout.js";
import { SitesPage } from "../sites/sites-page.js";
import { UserCreatePage } from "../users/user-create-page.js";
import { UserDetailPage } from "../users/user-detail-page.js";
import { UsersPage } from "../users/users-page.js";
import { RequireAbility, RequireSessionState } from "./gates.js";
import { NotFoundPage } from "./not-found-page.js";
import { SessionLoadGate } from "./session-load-gate.js";

export function AppRoutes() {
  return (
    <SessionLoadGate>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/invitation/:token" element={<InvitationPage />} />
        <Route element={<RequireSessionState state="pending" />}>
          <Route path="/second-factor" element={<SecondFactorPage />} />
        </Route>
        <Route element={<RequireSessionState state="enrolment_required" />}>
          <Route path="/second-factor/enrol" element={<RequiredEnrolmentPage />} />
        </Route>
        <Route element={<RequireSessionState state="complete" />}>
          <Route element={<AppLayout />}>
            <Route index element={<HomePage />} />
            <Route path="account" element={<AccountPage />} />
            <Route path="account/second-factor" element={<AccountEnrolmentPage />} />
            <Route element={<RequireAbility ability="manageSites" />}>
              <Route path="sites" element={<SitesPage />} />
            </Route>
            <Route element={<RequireAbility ability="manageUsers" />}>
              <Route path="users" element={<UsersPage />} />
              <Route path="users/new" element={<UserCreatePage />} />
              <Route path="users/:userId" element={<UserDetailPage />} />
            </Route>
            <Route element={<RequireAbility ability="verifyAudit" />}>
              <Route path="audit" element={<AuditPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </SessionLoadGate>
  );
}
