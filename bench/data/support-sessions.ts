/**
 * A case's sessions and assessments. The first session is the assessment meeting, a few days to
 * two weeks after the case opened; the first assessment is done between it and the day support
 * began, and reviewed every sixteen weeks or so. Supported cases then have a session every week
 * (intensive and panel cases) or fortnight, easing after six weeks, until the case closes; most
 * are attended, some missed or called off, and a client who disengaged missed the last three.
 * Cases closed without support had at most a first meeting. Open cases have their next session
 * booked. Notes are written up the same day.
 */
import type { Attendance, SessionMode } from "../../core/api/sessions.js";
import type { Answers } from "../../core/instruments/score.js";
import type { SupportTier } from "../../core/cases/case-state-machine.js";
import type { VulnerabilityDomain } from "../../core/referrals/vocabulary.js";
import { addDays, at, londonDay, plusMinutes, weekdayFrom } from "../../server/demo/demo-history-clock.js";
import type { HistoryRandom } from "../../server/demo/demo-history-random.js";
import { toolkitAnswers, topAnswers } from "../../server/demo/demo-history-answers.js";
import { sessionNotes, tierRationales } from "../../server/demo/demo-history-texts.js";
import type { Random } from "../lib/prng.js";
import type { PlannedCase, StaffRole } from "./history.js";
import { dataNow } from "./person.js";

export interface PlannedSession {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  mode: SessionMode;
  venue: string | null;
  interventionType: string;
  /** Null for a session booked but not yet held. */
  attendance: Attendance | null;
  notes: string | null;
  notesWrittenAt: Date | null;
  recordedAt: Date;
  worker: StaffRole;
}

export interface PlannedAssessment {
  id: string;
  instrument: "cross_vulnerability" | "top";
  assessedOn: string;
  answers: Answers;
  status: "draft" | "submitted" | "approved";
  submittedAt: Date | null;
  approvedAt: Date | null;
  requiresApproval: boolean;
  chosenTier: string | null;
  tierRationale: string | null;
  createdAt: Date;
}

const day = 86_400_000;
const maxSessions = 80;
const venues = ["Community centre, meeting room", "Mosque community room", "Youth hub, quiet room", "Library meeting room"];

/** The demo's answer drafters draw through this interface; the bench's generator offers the same draws. */
export const asHistoryRandom = (random: Random): HistoryRandom => ({
  next: () => random.next(),
  int: (min, max) => random.int(min, max),
  chance: (probability) => random.chance(probability),
  pick: (items) => random.pick(items),
  weighted: (items) => random.weighted(items),
  fork: () => {
    throw new Error("the bench generator draws from one stream per client");
  },
});

/** When support began (the move to active), or null for a case never supported. */
export const supportBeganAt = (kase: PlannedCase): Date | null => kase.events.find((event) => event.type === "begin_support")?.at ?? null;

/** The last instant anything happened on the case: its closure, or the data's "now". */
export const caseEnd = (kase: PlannedCase): Date => kase.closedAt ?? dataNow;

/** Weeks between sessions, at first and after six weeks, by tier. */
const intervals: Record<string, [number, number]> = { intensive: [7, 14], panel_referral: [7, 14], low_level: [14, 21], statutory_referral: [14, 28] };

export function planSessions(random: Random, kase: PlannedCase, firstDay: string): PlannedSession[] {
  const end = caseEnd(kase);
  const sessions: PlannedSession[] = [];
  const primary = (kase.referral.reasons[0] ?? "family") as VulnerabilityDomain;
  const add = (startsAt: Date, attendance: Attendance | null, isFirst: boolean) => sessions.push(sessionAt(random, kase, primary, startsAt, attendance, isFirst));
  const first = at(firstDay, random.int(9, 16), random.pick([0, 30]));
  if (first.getTime() >= end.getTime() - day) return sessions;
  if (!kase.tier) {
    // Closed (or still being assessed) without support: a first meeting at most.
    const met = random.weighted([["attended", 60], ["did_not_attend", 15], ["none", 25]] as const);
    if (met !== "none") add(first, met, true);
    return sessions;
  }
  const [early, later] = intervals[kase.tier] ?? [14, 21];
  const easesOn = addDays(firstDay, 42);
  const isDisengaged = kase.closureReason === "disengaged";
  for (let when = firstDay; sessions.length < maxSessions; ) {
    const startsAt = sessions.length === 0 ? first : at(when, random.int(9, 16), random.pick([0, 30]));
    if (startsAt.getTime() >= end.getTime() - day) break;
    const attendance = sessions.length === 0 ? "attended" : random.weighted([["attended", 84], ["did_not_attend", 11], ["cancelled", 5]] as const);
    add(startsAt, attendance, sessions.length === 0);
    when = weekdayFrom(addDays(when, (when < easesOn ? early : later) + random.int(-2, 2)));
  }
  if (isDisengaged) for (const session of sessions.slice(-3).slice(sessions.length > 3 ? 0 : 1)) missed(session);
  if (!kase.closedAt && kase.state !== "closed") {
    // The next session, booked for the coming week.
    const next = at(weekdayFrom(addDays(londonDay(dataNow), random.int(1, 7))), random.int(9, 16), random.pick([0, 30]));
    add(next, null, false);
  }
  return sessions;
}

function missed(session: PlannedSession): void {
  session.attendance = "did_not_attend";
  session.notes = sessionNotes.did_not_attend[0];
}

function sessionAt(random: Random, kase: PlannedCase, primary: VulnerabilityDomain, startsAt: Date, attendance: Attendance | null, isFirst: boolean): PlannedSession {
  const mode: SessionMode = isFirst ? "office" : random.weighted([["office", 55], ["phone", 15], ["home", 10], ["partner_venue", 12], ["video", 8]] as const);
  const durationMinutes = isFirst ? 90 : random.pick([45, 60, 60, 60, 90]);
  const ends = plusMinutes(startsAt, durationMinutes);
  const writtenAt = plusMinutes(ends, random.int(20, 180));
  const notes = attendance === null || attendance === "cancelled" ? null : random.pick(sessionNotes[attendance]);
  const hasMentor = kase.tier === "intensive" || kase.tier === "panel_referral";
  const worker: StaffRole = !isFirst && hasMentor && random.chance(0.4) ? "mentor" : "caseworker";
  return {
    id: random.uuid(),
    startsAt,
    durationMinutes,
    mode,
    venue: mode === "partner_venue" ? random.pick(venues) : null,
    interventionType: interventionFor(random, worker, primary, isFirst),
    attendance,
    notes,
    notesWrittenAt: notes ? writtenAt : null,
    recordedAt: notes ? writtenAt : attendance === null ? new Date(startsAt.getTime() - random.int(2, 10) * day) : plusMinutes(ends, 10),
    worker,
  };
}

/** What a session delivers, by who leads it and the main worry (the default intervention types). */
function interventionFor(random: Random, worker: StaffRole, primary: VulnerabilityDomain, isFirst: boolean): string {
  if (isFirst) return "one_to_one_mentoring";
  if (worker === "mentor") return random.pick(primary === "radicalisation_extremism" ? ["theology_sessions", "one_to_one_mentoring"] : ["one_to_one_mentoring", "lived_experience_mentoring"]);
  const byWorry: Partial<Record<VulnerabilityDomain, readonly string[]>> = {
    substance_misuse: ["one_to_one_mentoring", "harm_reduction", "cbt_cravings"],
    alcohol: ["one_to_one_mentoring", "harm_reduction"],
    family: ["family_work"],
    housing: ["housing_benefits_help", "one_to_one_mentoring"],
    education_employment: ["education_employment_support", "one_to_one_mentoring"],
  };
  return random.pick(byWorry[primary] ?? ["one_to_one_mentoring", "family_work"]);
}

const isSubstance = (reasons: readonly string[]) => reasons.includes("substance_misuse") || reasons.includes("alcohol");

/**
 * The case's assessments: the cross-vulnerability toolkit (and the Treatment Outcomes Profile for
 * drug and alcohol cases, at the first review too) on `firstDay`, deciding the tier; reviews every
 * sixteen weeks or so while supported, at most two. A case still in assessment may have a draft open.
 */
export function planAssessments(random: Random, kase: PlannedCase, firstDay: string): PlannedAssessment[] {
  const end = caseEnd(kase);
  const history = asHistoryRandom(random);
  const reasons = kase.referral.reasons as VulnerabilityDomain[];
  const tier = (kase.tier ?? "low_level") as SupportTier;
  const requiresApproval = kase.tier === "intensive" || kase.tier === "panel_referral" || kase.tier === "statutory_referral";
  const assessments: PlannedAssessment[] = [];
  const submitted = (instrument: PlannedAssessment["instrument"], assessedOn: string, review: number) => {
    const submittedAt = at(assessedOn, random.int(12, 17), random.int(0, 59));
    const isDeciding = review === 0 && kase.tier !== null && instrument === "cross_vulnerability";
    const approvedAt = requiresApproval && isDeciding ? new Date(submittedAt.getTime() + random.int(2, 30) * 3_600_000) : null;
    assessments.push({
      id: random.uuid(),
      instrument,
      assessedOn,
      answers: instrument === "top" ? topAnswers(history, reasons, review) : toolkitAnswers(history, reasons, tier, review),
      status: approvedAt && approvedAt < dataNow ? "approved" : "submitted",
      submittedAt,
      approvedAt: approvedAt && approvedAt < dataNow ? approvedAt : null,
      requiresApproval: requiresApproval && isDeciding,
      chosenTier: isDeciding ? kase.tier : null,
      tierRationale: isDeciding ? tierRationales[tier] : null,
      createdAt: new Date(submittedAt.getTime() - random.int(1, 4) * 3_600_000),
    });
  };
  if (at(firstDay, 17).getTime() >= end.getTime()) return assessments;
  if (!kase.tier) {
    if (kase.state === "assessment" && random.chance(0.5)) {
      const createdAt = at(firstDay, random.int(9, 16));
      assessments.push({
        id: random.uuid(),
        instrument: "cross_vulnerability",
        assessedOn: firstDay,
        answers: toolkitAnswers(history, reasons, tier, 0),
        status: "draft",
        submittedAt: null,
        approvedAt: null,
        requiresApproval: false,
        chosenTier: null,
        tierRationale: null,
        createdAt,
      });
    } else if (kase.state === "closed" && random.chance(0.4)) submitted("cross_vulnerability", firstDay, 0);
    return assessments;
  }
  for (let review = 0, when = firstDay; review < 3 && at(when, 17).getTime() < end.getTime(); review++, when = weekdayFrom(addDays(when, 112 + random.int(-7, 14)))) {
    submitted("cross_vulnerability", when, review);
    if (isSubstance(reasons) && review < 2) submitted("top", when, review);
  }
  return assessments;
}
