/**
 * Every route and the gate each one sits behind. The public pages (get help, the referral form, the
 * status check, who funds the work) need no session and do not wait for one; the staff app waits
 * for the session check.
 */
import { Route, Routes } from "react-router-dom";
import { AccountEnrolmentPage } from "../account/account-enrolment-page.js";
import { AccountPage } from "../account/account-page.js";
import { AssessmentPage } from "../assessments/assessment-page.js";
import { AuditPage } from "../audit/audit-page.js";
import { ContentAreaPage } from "../content/content-area-page.js";
import { DataProtectionPage } from "../data-protection/dashboard-page.js";
import { RequestPage } from "../data-protection/requests/request-page.js";
import { RetentionPage } from "../data-protection/retention/retention-page.js";
import { RetentionRulesPage } from "../data-protection/retention/retention-rules-page.js";
import { ContentEditorPage, NewCaseStudyPage } from "../content/content-editor-page.js";
import { CaseListPage } from "../cases/case-list-page.js";
import { CasePage } from "../cases/case-page.js";
import { MyDayPage } from "../sessions/my-day-page.js";
import { MySessionsPage } from "../sessions/my-sessions-page.js";
import { ClientMergePage } from "../clients/client-merge-page.js";
import { ClientMergesPage } from "../clients/client-merges-page.js";
import { ImportPage } from "../import/import-page.js";
import { ImportsPage } from "../import/imports-page.js";
import { ClientProfilePage } from "../clients/client-profile-page.js";
import { ClientSearchPage } from "../clients/client-search-page.js";
import { InvitationPage } from "../auth/invitation-page.js";
import { ForgotPasswordPage } from "../auth/forgot-password-page.js";
import { PasswordResetPage } from "../auth/password-reset-page.js";
import { RequiredEnrolmentPage } from "../auth/required-enrolment-page.js";
import { SecondFactorPage } from "../auth/second-factor-page.js";
import { SignInPage } from "../auth/sign-in-page.js";
import { InstrumentsPage } from "../instruments/instruments-page.js";
import { SupportVocabularyPage } from "../support-vocabulary/support-vocabulary-page.js";
import { GroupSessionsPage } from "../programmes/group-sessions-page.js";
import { ProgrammesPage } from "../programmes/programmes-page.js";
import { OutcomesPage } from "../outcomes/outcomes-page.js";
import { OutreachDashboardPage } from "../outreach/dashboard/outreach-dashboard-page.js";
import { PartnerPage } from "../outreach/partners/partner-page.js";
import { PartnersPage } from "../outreach/partners/partners-page.js";
import { StockPage } from "../outreach/stock/stock-page.js";
import { OutreachCalendarPage } from "../outreach/sessions/calendar-page.js";
import { EditOutreachSessionPage } from "../outreach/sessions/edit-session-page.js";
import { LogOccurrencePage } from "../outreach/sessions/log-occurrence-page.js";
import { LogOneOffPage } from "../outreach/sessions/log-one-off-page.js";
import { SchedulesPage } from "../outreach/sessions/schedules-page.js";
import { OutreachSessionPage } from "../outreach/sessions/session-page.js";
import { OutreachSessionsPage } from "../outreach/sessions/sessions-page.js";
import { OfflineOutreachPage } from "../outreach/offline/offline-page.js";
import { CoursesPage } from "../outreach/training/courses-page.js";
import { DeliveryPage } from "../outreach/training/delivery-page.js";
import { TrainingPage } from "../outreach/training/training-page.js";
import { ActionsPage } from "../panel/actions-page.js";
import { DashboardPage } from "../panel/dashboard-page.js";
import { EscalationPage } from "../panel/escalation-page.js";
import { EscalationsPage } from "../panel/escalations-page.js";
import { MeetingPage } from "../panel/meeting-page.js";
import { MeetingsPage } from "../panel/meetings-page.js";
import { MembersPage } from "../panel/members-page.js";
import { PanelCasePage } from "../panel/panel-case-page.js";
import { Landing, PanelIndex } from "../panel/panel-landing.js";
import { GetHelpPage } from "../public/get-help-page.js";
import { PublicLayout } from "../public/public-layout.js";
import { ReferralPage } from "../public/referral-page.js";
import { ReferralCreatePage } from "../referrals/referral-create-page.js";
import { ReferralDetailPage } from "../referrals/referral-detail-page.js";
import { ReferralQueuePage } from "../referrals/referral-queue-page.js";
import { ReferralStatusPage } from "../public/referral-status-page.js";
import { StaffDashboardPage } from "../reporting/dashboard/dashboard-page.js";
import { NdtmsExportPage } from "../reporting/ndtms/ndtms-export-page.js";
import { NdtmsSettingsPage } from "../reporting/ndtms/ndtms-settings-page.js";
import { ContractPage } from "../reporting/contracts/contract-page.js";
import { ContractsPage } from "../reporting/contracts/contracts-page.js";
import { DisclosureSettingsPage } from "../reporting/contracts/disclosure-settings-page.js";
import { FunderPage } from "../reporting/contracts/funder-page.js";
import { CalculatorPage } from "../reporting/funding/calculator-page.js";
import { GrantsPage } from "../reporting/funding/grants-page.js";
import { SpendPage } from "../reporting/funding/spend-page.js";
import { UnitCostsPage } from "../reporting/funding/unit-costs-page.js";
import { CommissioningPage } from "../reporting/returns/commissioning-page.js";
import { ReleasePage } from "../reporting/returns/release-page.js";
import { ReturnsPage } from "../reporting/returns/returns-page.js";
import { CalculationPage } from "../reporting/social-value/calculation-page.js";
import { CalculationsPage } from "../reporting/social-value/calculations-page.js";
import { CataloguePage } from "../reporting/social-value/catalogue-page.js";
import { CommissionerReportPage } from "../reporting/social-value/commissioner-report-page.js";
import { MappingsPage } from "../reporting/social-value/mappings-page.js";
import { SettingsPage as SocialValueSettingsPage } from "../reporting/social-value/settings-page.js";
import { AppLayout } from "../shell/app-layout.js";
import { SitesPage } from "../sites/sites-page.js";
import { UserCreatePage } from "../users/user-create-page.js";
import { UserDetailPage } from "../users/user-detail-page.js";
import { UsersPage } from "../users/users-page.js";
import { SignInSettingsPage } from "../sso/sign-in-settings-page.js";
import { IntegrationsPage } from "../integrations/integrations-page.js";
import { CaseloadPage } from "../workers/caseload-page.js";
import { WorkerPage } from "../workers/worker-page.js";
import { WorkersPage } from "../workers/workers-page.js";
import { RequireAbility, RequireSessionState } from "./gates.js";
import { AlertsPage } from "../notifications/alerts-page.js";
import { NotFoundPage } from "./not-found-page.js";
import { SessionLoadGate } from "./session-load-gate.js";
import { StaffLanguageGate } from "./staff-language-gate.js";

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="/get-help" element={<GetHelpPage />} />
        <Route path="/refer" element={<ReferralPage />} />
        <Route path="/referral-status" element={<ReferralStatusPage />} />
      </Route>
      {/* Outreach logging with no signal: opened with the worker's offline PIN, so it does not wait for the session check. */}
      <Route path="/outreach/offline" element={<OfflineOutreachPage />} />
      <Route
        element={
          <SessionLoadGate>
            <StaffLanguageGate />
          </SessionLoadGate>
        }
      >
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/invitation/:token" element={<InvitationPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password/:token" element={<PasswordResetPage />} />
        <Route element={<RequireSessionState state="pending" />}>
          <Route path="/second-factor" element={<SecondFactorPage />} />
        </Route>
        <Route element={<RequireSessionState state="enrolment_required" />}>
          <Route path="/second-factor/enrol" element={<RequiredEnrolmentPage />} />
        </Route>
        <Route element={<RequireSessionState state="complete" />}>
          <Route element={<AppLayout />}>
            {/* A panel member with no other role lands on their meetings (panel/panel-landing.tsx). */}
            <Route index element={<Landing />} />
            <Route path="account" element={<AccountPage />} />
            <Route path="account/second-factor" element={<AccountEnrolmentPage />} />
            <Route path="alerts" element={<AlertsPage />} />
            {/* Casework: the server decides who may see each list and record (404 or 403 otherwise). */}
            <Route path="referrals" element={<ReferralQueuePage />} />
            <Route path="referrals/new" element={<ReferralCreatePage />} />
            <Route path="referrals/:referralId" element={<ReferralDetailPage />} />
            <Route path="clients" element={<ClientSearchPage />} />
            <Route path="clients/:clientId" element={<ClientProfilePage />} />
            <Route path="clients/:clientId/merge/:otherId" element={<ClientMergePage />} />
            <Route path="cases" element={<CaseListPage />} />
            <Route path="cases/:caseId" element={<CasePage />} />
            <Route path="my-sessions" element={<MySessionsPage />} />
            <Route path="my-day" element={<MyDayPage />} />
            <Route path="group-sessions" element={<GroupSessionsPage />} />
            <Route path="assessments/:assessmentId" element={<AssessmentPage />} />
            <Route path="clients/:clientId/outcomes" element={<OutcomesPage />} />
            {/* Workers: the pages offer the sites the server allows; a worker may open their own profile. */}
            <Route path="workers" element={<WorkersPage />} />
            <Route path="workers/:userId" element={<WorkerPage />} />
            <Route path="caseload" element={<CaseloadPage />} />
            {/* The Community Safeguarding Panel: members reach only their meetings' cases, within the access window (the server answers 404 otherwise). */}
            <Route path="panel" element={<PanelIndex dashboard={<DashboardPage />} />} />
            <Route path="panel/meetings" element={<MeetingsPage />} />
            <Route path="panel/meetings/:meetingId" element={<MeetingPage />} />
            <Route path="panel/meetings/:meetingId/cases/:caseId" element={<PanelCasePage />} />
            <Route path="panel/members" element={<MembersPage />} />
            <Route path="panel/actions" element={<ActionsPage />} />
            <Route path="panel/escalations" element={<EscalationsPage />} />
            <Route path="panel/escalations/:escalationId" element={<EscalationPage />} />
            {/* Community outreach at the current site: each page says so when the user has no outreach there. */}
            <Route path="outreach" element={<OutreachDashboardPage />} />
            <Route path="outreach/calendar" element={<OutreachCalendarPage />} />
            <Route path="outreach/calendar/schedules" element={<SchedulesPage />} />
            <Route path="outreach/calendar/:scheduleId/:day/log" element={<LogOccurrencePage />} />
            <Route path="outreach/sessions" element={<OutreachSessionsPage />} />
            <Route path="outreach/sessions/new" element={<LogOneOffPage />} />
            <Route path="outreach/sessions/:sessionId" element={<OutreachSessionPage />} />
            <Route path="outreach/sessions/:sessionId/edit" element={<EditOutreachSessionPage />} />
            <Route path="outreach/partners" element={<PartnersPage />} />
            <Route path="outreach/partners/:partnerId" element={<PartnerPage />} />
            <Route path="outreach/stock" element={<StockPage />} />
            <Route path="outreach/training" element={<TrainingPage />} />
            <Route path="outreach/training/courses" element={<CoursesPage />} />
            <Route path="outreach/training/deliveries/:deliveryId" element={<DeliveryPage />} />
            {/* The staff dashboard, the reports area's first page: a site's figures or the whole organisation's (the server decides which the user may read). */}
            <Route element={<RequireAbility ability="readDashboards" />}>
              <Route path="reports" element={<StaffDashboardPage />} />
            </Route>
            {/* The national drug-treatment export: the page offers the sites whose team manager the user is (the server refuses others). */}
            <Route path="reports/national-dataset" element={<NdtmsExportPage />} />
            <Route element={<RequireAbility ability="manageReporting" />}>
              <Route path="reports/national-dataset/settings" element={<NdtmsSettingsPage />} />
            </Route>
            {/* Funders, contracts, KPIs and the disclosure rules: administrators (the server refuses anyone else). */}
            <Route element={<RequireAbility ability="manageReporting" />}>
              <Route path="reports/contracts" element={<ContractsPage />} />
              <Route path="reports/contracts/funders/:funderId" element={<FunderPage />} />
              <Route path="reports/contracts/:contractId" element={<ContractPage />} />
              <Route path="reports/disclosure" element={<DisclosureSettingsPage />} />
              <Route path="reports/returns" element={<ReturnsPage />} />
              <Route path="reports/returns/:releaseId" element={<ReleasePage backTo="/reports/returns" />} />
              {/* Grants, spend, unit costs and "what would it fund?": the same people (server/funding/policy.ts). */}
              <Route path="reports/funding" element={<GrantsPage />} />
              <Route path="reports/funding/spend" element={<SpendPage />} />
              <Route path="reports/funding/unit-costs" element={<UnitCostsPage />} />
              <Route path="reports/funding/calculator" element={<CalculatorPage />} />
            </Route>
            {/* Social value: the catalogue, how outcomes are valued, the settings and every calculation with its true counts: administrators (the server refuses anyone else). */}
            <Route element={<RequireAbility ability="manageReporting" />}>
              <Route path="reports/social-value" element={<CalculationsPage />} />
              <Route path="reports/social-value/calculations/:calculationId" element={<CalculationPage />} />
              <Route path="reports/social-value/catalogue" element={<CataloguePage />} />
              <Route path="reports/social-value/mappings" element={<MappingsPage />} />
              <Route path="reports/social-value/settings" element={<SocialValueSettingsPage />} />
            </Route>
            {/* A commissioner's contracts and their released figures: nothing else of the organisation (the server refuses anything more). */}
            <Route element={<RequireAbility ability="readCommissioning" />}>
              <Route path="commissioning" element={<CommissioningPage />} />
              <Route path="commissioning/releases/:releaseId" element={<ReleasePage backTo="/commissioning" />} />
              <Route path="commissioning/social-value/:calculationId" element={<CommissionerReportPage />} />
            </Route>
            <Route element={<RequireAbility ability="manageSites" />}>
              <Route path="sites" element={<SitesPage />} />
            </Route>
            <Route element={<RequireAbility ability="manageUsers" />}>
              <Route path="users" element={<UsersPage />} />
              <Route path="users/new" element={<UserCreatePage />} />
              <Route path="users/:userId" element={<UserDetailPage />} />
              <Route path="sign-in-settings" element={<SignInSettingsPage />} />
              <Route path="integrations" element={<IntegrationsPage />} />
            </Route>
            <Route element={<RequireAbility ability="manageClientMerges" />}>
              <Route path="client-merges" element={<ClientMergesPage />} />
            </Route>
            <Route element={<RequireAbility ability="importSpreadsheets" />}>
              <Route path="imports" element={<ImportsPage />} />
              <Route path="imports/:importId" element={<ImportPage />} />
            </Route>
            <Route element={<RequireAbility ability="manageInstruments" />}>
              <Route path="instruments" element={<InstrumentsPage />} />
            </Route>
            <Route element={<RequireAbility ability="manageSupportVocabulary" />}>
              <Route path="support-vocabulary" element={<SupportVocabularyPage />} />
            </Route>
            <Route element={<RequireAbility ability="manageProgrammes" />}>
              <Route path="programmes" element={<ProgrammesPage />} />
            </Route>
            <Route element={<RequireAbility ability="verifyAudit" />}>
              <Route path="audit" element={<AuditPage />} />
            </Route>
            <Route element={<RequireAbility ability="handleDataRights" />}>
              <Route path="data-protection" element={<DataProtectionPage />} />
              <Route path="data-protection/requests/:requestId" element={<RequestPage />} />
            </Route>
            <Route element={<RequireAbility ability="reviewRetention" />}>
              <Route path="data-protection/retention" element={<RetentionPage />} />
            </Route>
            <Route element={<RequireAbility ability="configureRetention" />}>
              <Route path="data-protection/retention/rules" element={<RetentionRulesPage />} />
            </Route>
            {/* The public site's content: each tab and record is refused by the server to anyone it is not for. */}
            <Route path="content" element={<ContentAreaPage />} />
            <Route path="content/articles/:id" element={<ContentEditorPage kind="articles" />} />
            <Route path="content/case-studies/:id" element={<ContentEditorPage kind="case-studies" />} />
            <Route path="cases/:caseId/case-studies/new" element={<NewCaseStudyPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Route>
    </Routes>
  );
}
