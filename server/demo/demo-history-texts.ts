/**
 * The free text of the demo history: what referrers wrote, why triage decided as it did, why a
 * case closed, what a session's notes say. Short, typical of the work, and never naming anyone,
 * so the same words serve every invented person. All of it is stored encrypted, as staff's words are.
 */
import type { SupportTier } from "../../core/cases/case-state-machine.js";
import type { VulnerabilityDomain } from "../../core/referrals/vocabulary.js";

export const concerns: Record<VulnerabilityDomain, readonly string[]> = {
  substance_misuse: [
    "Using cannabis most days and has stopped going to college.",
    "Family worried about cocaine use at weekends and money going missing.",
    "Wants to stop using and does not know where to start.",
  ],
  alcohol: [
    "Drinking heavily every evening since losing his job.",
    "Drinking in secret; the family found bottles hidden at home.",
  ],
  mental_health: [
    "Low mood for months, not sleeping, withdrawn from the family.",
    "Anxious and not leaving the house; stopped seeing friends.",
  ],
  criminal_exploitation_gangs: [
    "New phone, cash and trainers that cannot be explained; out late with older lads.",
    "Seen carrying packages for older men; police stopped him twice this month.",
  ],
  sexual_exploitation: ["Gifts and lifts from an older man; staying out overnight and will not say where."],
  radicalisation_extremism: [
    "Sharing extremist videos with younger boys and talking of 'them and us'.",
    "Spending hours in a private online group that mocks the mosque and the family.",
  ],
  family: ["Arguments at home have turned violent; parents asking for help."],
  housing: ["Sofa-surfing since leaving the family home."],
  education_employment: ["Excluded from school and spending the days on the street."],
  online_harm: [
    "Talking to an adult met in an online game who asks for secrets and photos.",
    "Being bullied in group chats and has stopped going to school.",
  ],
};

export const acceptReasons = [
  "Accepted: the worries fit our service and the person agrees to meet.",
  "Accepted after a call with the referrer; family supportive.",
  "Accepted: risks are rising and the person is willing to talk.",
];

export const signpostPlaces = ["Change Grow Live", "NHS Talking Therapies", "Citizens Advice", "the GP practice", "the council's early help team", "a local youth service"];
export const signpostReasons = ["Better met by a specialist service; the referrer has the details.", "Needs are mainly housing and money; pointed to the right service."];
export const declineReasons = ["Outside the area we cover.", "Already supported by another service for the same worries.", "The person did not want support after we explained what we offer."];

export const tierRationales: Record<SupportTier, string> = {
  low_level: "Needs are moderate with good support around them; fortnightly one-to-ones to start.",
  intensive: "High need in one area with few protective factors; weekly sessions and a mentor.",
  panel_referral: "Concerns need the community safeguarding panel's view; weekly sessions meanwhile.",
  statutory_referral: "Risk of significant harm: referred to statutory services, with our support alongside.",
};

export const reassessmentRationale = "Reviewed at twelve weeks: keep the same level of support.";

export const assessmentEvidence = "Discussed at the assessment meeting.";

export const sessionNotes = {
  attended: [
    "Talked through the past week and what helped. Agreed a small goal for the next one.",
    "Went over triggers and what to do instead. In better spirits than last time.",
    "Reviewed progress on the plan; family contact going well.",
    "Hard week. Talked it through and agreed to keep coming.",
  ],
  did_not_attend: ["Did not come. Rang and left a message; will try again next week."],
} as const;

export const closureWords: Record<string, string> = {
  goals_achieved: "Goals met and agreed at the closing review.",
  support_completed: "Planned support finished; knows how to come back if needed.",
  disengaged: "No contact for several weeks despite calls and letters.",
  declined_further_support: "Decided not to carry on with support.",
  referred_on: "Passed to a specialist service better placed to help.",
  moved_away: "Moved out of the area; given details of services there.",
  no_longer_appropriate: "Needs changed; our service is no longer the right one.",
};

export const outcomeEvidence = "Confirmed at the closing review with the key worker.";

export const escalationTexts = {
  reason: "Risks have risen despite weekly support; the worker asks for the panel's view.",
  riskSummary: "New contacts drawing the person away from family; missed sessions. Protective: engaged with the mentor, family involved.",
} as const;

export const decisionSummary = "The panel heard the worker's account and agreed the next steps.";
export const actionDescriptions = ["Arrange a joint visit with the family.", "Share the agreed plan with the school's safeguarding lead.", "Book sessions with the theology adviser."];
export const referralOutcome = "The service completed its work and handed back to us.";
export const relapseNote = "Used again after a difficult week; back to the previous phase to rebuild.";
export const referralDeclineReason = "Did not meet the service's threshold; advice given instead.";
