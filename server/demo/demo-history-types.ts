/**
 * The shape of the demo history as planned: every referral with its triage and, when accepted, the
 * case that followed, as things stood at "now". Pure data with no ids (the writer gives rows their
 * ids); staff are named by the part they play at the referral's site.
 */
import type { Attendance, SessionMode } from "../../core/api/sessions.js";
import type { closureOutcomes, closureReasons, SupportTier } from "../../core/cases/case-state-machine.js";
import type { AgeBand } from "../../core/clients/demographics.js";
import type { Answers } from "../../core/instruments/score.js";
import type { DecisionKind, ReferralTarget } from "../../core/panel/decisions.js";
import type { EnrolmentEvent } from "../../core/programmes/programme.js";
import type { TriageDecision } from "../../core/referrals/referral-status.js";
import type { Urgency, VulnerabilityDomain } from "../../core/referrals/vocabulary.js";
import type { DemoSiteName, HistoryPerson } from "./demo-history-people.js";

/**
 * Who did something, by role at the referral's site: its caseworker and team manager; Birmingham's
 * safeguarding lead and mentors (a woman and a man); and the outside member of Birmingham's panel.
 */
export type StaffPart = "caseworker" | "manager" | "lead" | "mentor_female" | "mentor_male" | "outside_member";

export interface PlannedReferrer {
  givenName: string;
  familyName: string;
  relationship: string;
  /** A partner organisation (a school, the police), not a person. */
  organisation: string | null;
  phone: string | null;
  email: string | null;
}

export interface PlannedReferral {
  site: DemoSiteName;
  receivedAt: Date;
  /** When triage was due, by the organisation's working-day target. */
  triageDueAt: Date;
  channel: "staff" | "public_form";
  sourceCode: string;
  urgency: Urgency;
  reasons: VulnerabilityDomain[];
  isRestricted: boolean;
  person: HistoryPerson;
  referrer: PlannedReferrer | null;
  isPersonAware: boolean | null;
  isReferrerConsentGiven: boolean;
  concern: string;
  triage: { decision: TriageDecision; at: Date; by: StaffPart; reason: string; signpostedTo: string | null };
  kase: PlannedCase | null;
}

export interface PlannedAssessment {
  instrument: "cross_vulnerability" | "top";
  assessedOn: string;
  by: StaffPart;
  submittedAt: Date;
  requiresApproval: boolean;
  /** Null while awaiting approval (or when none is needed). */
  approval: { by: StaffPart; at: Date } | null;
  answers: Answers;
  decision: { tier: SupportTier; rationale: string } | null;
}

export interface PlannedSession {
  startsAt: Date;
  durationMinutes: number;
  mode: SessionMode;
  venue: string | null;
  interventionType: string;
  /** Null for a planned session. */
  attendance: Attendance | null;
  worker: StaffPart;
  notes: string | null;
  notesWrittenAt: Date | null;
  recordedAt: Date;
}

export interface PlannedEnrolment {
  programmeKey: string;
  enrolledAt: Date;
  by: StaffPart;
  events: { at: Date; event: EnrolmentEvent }[];
}

export interface PlannedExternalReferral {
  target: ReferralTarget;
  targetName: string | null;
  sentOn: string;
  by: StaffPart;
  recordedAt: Date;
  response: { status: "accepted" | "declined"; on: string; at: Date } | null;
  closed: { on: string; at: Date } | null;
}

export interface PlannedAction {
  description: string;
  owner: StaffPart;
  dueOn: string;
  completedAt: Date | null;
}

export interface PlannedEscalation {
  by: StaffPart;
  submittedAt: Date;
  acceptedAt: Date;
  /** The panel meeting's day (Birmingham's panel meets monthly). */
  meetingDay: string;
  decidedAt: Date;
  kind: DecisionKind;
  actions: PlannedAction[];
  referral: PlannedExternalReferral | null;
}

export type ClosureReason = (typeof closureReasons)[number];
export type ClosureOutcome = (typeof closureOutcomes)[number];

export interface PlannedClosure {
  at: Date;
  by: StaffPart;
  reason: ClosureReason;
  outcome: ClosureOutcome;
  outcomes: { code: string; achievedOn: string }[];
}

export interface PlannedCase {
  openedAt: Date;
  openedBy: StaffPart;
  ageBand: AgeBand;
  keyWorker: StaffPart;
  /** Assignments after opening (the key worker named at opening is not one of these). */
  assignments: { role: "key_worker" | "mentor"; who: StaffPart; by: StaffPart; at: Date }[];
  assessments: PlannedAssessment[];
  supportBegan: { at: Date; by: StaffPart; tier: SupportTier; assessment: PlannedAssessment } | null;
  sessions: PlannedSession[];
  enrolment: PlannedEnrolment | null;
  escalation: PlannedEscalation | null;
  externalReferrals: PlannedExternalReferral[];
  closure: PlannedClosure | null;
}

export interface PlannedGroupSession {
  programmeKey: string;
  startsAt: Date;
  durationMinutes: number;
  venue: string;
  topic: string;
  facilitator: StaffPart;
  attendees: PlannedEnrolment[];
  anonymousHeadcount: number;
}

export interface HistoryPlan {
  referrals: PlannedReferral[];
  groupSessions: PlannedGroupSession[];
}
