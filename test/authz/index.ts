/**
 * The declared expectation for every API endpoint: who may call it and how to build a valid call.
 * The authorisation matrix test walks the app's own route table and fails on any endpoint missing
 * here, so a new endpoint cannot ship without its access rules being stated and tested.
 */
import type { AppDeps } from "../../server/http/context.js";
import { createOrganisation } from "../factories.js";
import { assessmentExpectations } from "./assessments.js";
import { auditExpectations } from "./audit.js";
import { calendarEmailExpectations } from "./calendar-email.js";
import { carePlanExpectations } from "./care-plans.js";
import { caseExpectations } from "./cases.js";
import { clientExpectations } from "./clients.js";
import { caseStudyExpectations, contentExpectations } from "./content.js";
import { dataRightsExpectations } from "./data-rights.js";
import { erasureExpectations } from "./erasure.js";
import { foundationExpectations } from "./foundation.js";
import { fundingExpectations } from "./funding.js";
import { importExpectations } from "./imports.js";
import { integrationExpectations } from "./integrations.js";
import { notificationExpectations } from "./notifications.js";
import { outreachDashboardExpectations } from "./outreach-dashboard.js";
import { outreachOptionExpectations } from "./outreach-options.js";
import { outreachPartnerExpectations } from "./outreach-partners.js";
import { outreachSessionExpectations } from "./outreach-sessions.js";
import { outreachStockExpectations } from "./outreach-stock.js";
import { outreachTrainingExpectations } from "./outreach-training.js";
import { panelEscalationExpectations } from "./panel-escalations.js";
import { panelMeetingExpectations } from "./panel-meetings.js";
import { programmeExpectations } from "./programmes.js";
import { referralExpectations } from "./referrals.js";
import { retentionExpectations } from "./retention.js";
import { reportingReturnExpectations } from "./reporting-returns.js";
import { reportingContractExpectations } from "./reporting-contracts.js";
import { reportingNdtmsExpectations } from "./reporting-ndtms.js";
import { reportingDashboardExpectations } from "./reporting-dashboard.js";
import { sessionExpectations } from "./sessions.js";
import { ssoExpectations } from "./sso.js";
import { socialValueExpectations } from "./social-value.js";
import { supportExpectations } from "./support.js";
import { workerExpectations } from "./workers.js";
import type { EndpointExpectation, World } from "./types.js";

export type { Call, EndpointExpectation, World } from "./types.js";

export const expectations: Record<string, EndpointExpectation> = {
  ...foundationExpectations,
  ...ssoExpectations,
  ...auditExpectations,
  ...referralExpectations,
  ...caseExpectations,
  ...clientExpectations,
  ...notificationExpectations,
  ...calendarEmailExpectations,
  ...programmeExpectations,
  ...assessmentExpectations,
  ...carePlanExpectations,
  ...workerExpectations,
  ...sessionExpectations,
  ...supportExpectations,
  ...panelEscalationExpectations,
  ...panelMeetingExpectations,
  ...outreachOptionExpectations,
  ...outreachSessionExpectations,
  ...outreachDashboardExpectations,
  ...outreachPartnerExpectations,
  ...outreachStockExpectations,
  ...outreachTrainingExpectations,
  ...reportingReturnExpectations,
  ...reportingContractExpectations,
  ...reportingNdtmsExpectations,
  ...reportingDashboardExpectations,
  ...fundingExpectations,
  ...socialValueExpectations,
  ...contentExpectations,
  ...caseStudyExpectations,
  ...retentionExpectations,
  ...dataRightsExpectations,
  ...importExpectations,
  ...erasureExpectations,
  ...integrationExpectations,
};

export async function buildWorld(deps: AppDeps): Promise<World> {
  return { deps, home: await createOrganisation(deps.db), other: await createOrganisation(deps.db) };
}
