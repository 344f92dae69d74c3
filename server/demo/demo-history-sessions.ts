/**
 * A case's sessions in the demo history: the first is the assessment meeting with the key worker;
 * then one every week or fortnight (a few days either way; weekly support eases to fortnightly
 * after six weeks, and to every three weeks beside a long programme), most attended, some missed or called off, shared with the mentor where
 * there is one. A client who disengages stops coming: three
 * missed sessions and no more. Notes are written up the same evening or the next morning.
 */
import type { Attendance, SessionMode } from "../../core/api/sessions.js";
import type { VulnerabilityDomain } from "../../core/referrals/vocabulary.js";
import { addDays, at, plusMinutes, weekdayFrom, weekdaysAfter, londonDay } from "./demo-history-clock.js";
import type { DemoSiteName } from "./demo-history-people.js";
import type { HistoryRandom } from "./demo-history-random.js";
import { sessionNotes } from "./demo-history-texts.js";
import type { PlannedReferral, PlannedSession, StaffPart } from "./demo-history-types.js";

const venues: Record<DemoSiteName, readonly string[]> = {
  Birmingham: ["Green Lane Mosque, community room", "Small Heath community centre"],
  Manchester: ["Longsight library, meeting room", "Cheetham Hill mosque, side hall"],
  Luton: ["Bury Park community centre", "Dallow Road mosque, meeting room"],
};

export interface SessionsInput {
  referral: PlannedReferral;
  keyWorker: StaffPart;
  mentor: StaffPart | null;
  /** When the mentor was assigned; they take sessions only from then. */
  mentorFrom: Date | null;
  from: string;
  until: string;
  intervalDays: number;
  /** On a programme: its phases and groups carry the work, so one-to-ones thin out sooner. */
  isOnProgramme: boolean;
  /** `usual`: mostly attended; `disengages`: stops coming; `did_not_attend`: never came. */
  attendance: "usual" | "disengages" | "did_not_attend";
}

export function planSessions(random: HistoryRandom, input: SessionsInput): PlannedSession[] {
  const sessions: PlannedSession[] = [];
  const stopsAfter = input.attendance === "disengages" ? random.int(2, 5) : Infinity;
  let missedInARow = 0;
  const easesOn = addDays(input.from, 42);
  const interval = (day: string) => (day < easesOn ? input.intervalDays : input.isOnProgramme ? 21 : 14);
  for (let day = input.from; day <= input.until; day = weekdayFrom(addDays(day, interval(day) + random.int(-2, 2)))) {
    const isFirst = sessions.length === 0;
    const startsAt = at(day, random.int(9, 16), random.pick([0, 30]));
    const byMentor = !isFirst && input.mentor !== null && input.mentorFrom !== null && startsAt > input.mentorFrom && random.chance(0.55);
    const worker = byMentor ? input.mentor! : input.keyWorker;
    let attendance: Attendance;
    if (input.attendance === "did_not_attend" || sessions.length >= stopsAfter) attendance = "did_not_attend";
    else if (isFirst) attendance = "attended";
    else attendance = random.weighted([["attended", 84], ["did_not_attend", 11], ["cancelled", 5]]);
    sessions.push(session(random, { startsAt, worker, attendance, site: input.referral.site, primary: input.referral.reasons[0]!, isFirst }));
    missedInARow = attendance === "did_not_attend" ? missedInARow + 1 : 0;
    if (sessions.length >= stopsAfter && missedInARow >= 3) break;
  }
  return sessions;
}

function session(random: HistoryRandom, input: { startsAt: Date; worker: StaffPart; attendance: Attendance; site: DemoSiteName; primary: VulnerabilityDomain; isFirst: boolean }): PlannedSession {
  const mode: SessionMode = input.isFirst ? "office" : random.weighted([["office", 55], ["phone", 15], ["home", 10], ["partner_venue", 12], ["video", 8]]);
  const durationMinutes = input.isFirst ? 90 : random.pick([45, 60, 60, 60, 90]);
  const ends = plusMinutes(input.startsAt, durationMinutes);
  const writtenAt = random.chance(0.7) ? plusMinutes(ends, random.int(20, 120)) : at(weekdaysAfter(londonDay(input.startsAt), 1), random.int(9, 10), random.int(0, 59));
  const notes = input.attendance === "cancelled" ? null : random.pick(sessionNotes[input.attendance]);
  return {
    startsAt: input.startsAt,
    durationMinutes,
    mode,
    venue: mode === "partner_venue" ? random.pick(venues[input.site]) : null,
    interventionType: interventionFor(random, input.worker, input.primary, input.isFirst),
    attendance: input.attendance,
    worker: input.worker,
    notes,
    notesWrittenAt: notes ? writtenAt : null,
    recordedAt: notes ? writtenAt : plusMinutes(ends, 10),
  };
}

/** What a session delivers, by who leads it and the main worry (codes from the default intervention types). */
function interventionFor(random: HistoryRandom, worker: StaffPart, primary: VulnerabilityDomain, isFirst: boolean): string {
  const isSubstance = primary === "substance_misuse" || primary === "alcohol";
  if (worker === "mentor_male") return random.pick(primary === "radicalisation_extremism" ? ["theology_sessions", "one_to_one_mentoring"] : ["one_to_one_mentoring", "lived_experience_mentoring"]);
  if (worker === "mentor_female") return random.pick(isSubstance || primary === "mental_health" ? ["cbt_cravings", "female_support_worker"] : ["female_support_worker", "one_to_one_mentoring"]);
  if (isFirst) return "one_to_one_mentoring";
  const byWorry: Partial<Record<VulnerabilityDomain, readonly string[]>> = {
    substance_misuse: ["one_to_one_mentoring", "harm_reduction"],
    alcohol: ["one_to_one_mentoring", "harm_reduction"],
    family: ["family_work"],
    housing: ["housing_benefits_help", "one_to_one_mentoring"],
    education_employment: ["education_employment_support", "one_to_one_mentoring"],
  };
  return random.pick(byWorry[primary] ?? ["one_to_one_mentoring", "family_work"]);
}
