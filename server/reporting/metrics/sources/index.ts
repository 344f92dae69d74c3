/** Where each metric of the catalogue is found: one source per metric code. */
import type { MetricCode } from "../../../../core/reporting/catalogue.js";
import type { MetricSource } from "../metric-source.js";
import { casesClosed, casesOpened, casesSupported } from "./cases.js";
import { peopleEngaged } from "./engagement.js";
import { outcomesAchieved } from "./outcomes.js";
import { outreachPeopleReached, outreachSessions, peopleTrained } from "./outreach.js";
import { externalReferrals, panelDecisions, panelEscalations } from "./panel.js";
import { programmeCompletions, programmeEnrolments } from "./programmes.js";
import { referralsReceived, referralsTriaged, referralsTriagedWithinTarget } from "./referrals.js";
import { waitToAssessment, waitToFirstContact } from "./waits.js";

export const metricSources: Readonly<Record<MetricCode, MetricSource>> = {
  referrals_received: referralsReceived,
  referrals_triaged: referralsTriaged,
  referrals_triaged_within_target: referralsTriagedWithinTarget,
  wait_to_first_contact: waitToFirstContact,
  wait_to_assessment: waitToAssessment,
  people_engaged: peopleEngaged,
  cases_supported: casesSupported,
  cases_opened: casesOpened,
  cases_closed: casesClosed,
  programme_enrolments: programmeEnrolments,
  programme_completions: programmeCompletions,
  panel_escalations: panelEscalations,
  panel_decisions: panelDecisions,
  external_referrals: externalReferrals,
  outcomes_achieved: outcomesAchieved,
  outreach_sessions: outreachSessions,
  outreach_people_reached: outreachPeopleReached,
  people_trained: peopleTrained,
};
