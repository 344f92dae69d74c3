/**
 * Programme work in the demo history: an enrolment's way through its phases (most finish, some
 * step back after a relapse and carry on, some stop), and Birmingham's fortnightly group sessions
 * at the mosque, attended by clients then in a phase of that programme. Phases take about their
 * expected weeks; every move ticks all the phase's criteria, as the core's rules require.
 */
import { builtInProgrammes } from "../../core/programmes/built-in.js";
import type { EnrolmentEvent, ProgrammeDefinition } from "../../core/programmes/programme.js";
import { addDays, at, londonDay, plusMinutes, weekdayFrom, weekdayOf, windowMonths } from "./demo-history-clock.js";
import type { HistoryRandom } from "./demo-history-random.js";
import { relapseNote } from "./demo-history-texts.js";
import type { PlannedEnrolment, PlannedGroupSession, PlannedReferral, StaffPart } from "./demo-history-types.js";

export function programmeDefinition(key: string): ProgrammeDefinition {
  const definition = builtInProgrammes.find((programme) => programme.key === key);
  if (!definition) throw new Error(`no built-in programme ${key}`);
  return definition;
}

export interface EnrolmentStory {
  enrolment: PlannedEnrolment;
  /** When it completed or stopped. */
  endsAt: Date;
}

/** An enrolment from `enrolledAt`, with every step it will take (the caller keeps those up to now). */
export function planEnrolment(random: HistoryRandom, programmeKey: string, enrolledAt: Date, by: StaffPart): EnrolmentStory {
  const { phases } = programmeDefinition(programmeKey);
  const fate = random.weighted([["complete", 60], ["relapse", 12], ["withdraw", 28]] as const);
  const stopsIn = fate === "withdraw" ? random.int(0, phases.length - 2) : phases.length;
  const events: { at: Date; event: EnrolmentEvent }[] = [];
  let day = londonDay(enrolledAt);
  let hasRelapsed = false;
  const step = (weeks: number) => {
    day = weekdayFrom(addDays(day, Math.max(7, Math.round(weeks * 7 * (0.75 + random.next() * 0.5)))));
    return at(day, random.int(11, 16), random.int(0, 59));
  };
  for (let index = 0; index < phases.length; index++) {
    const phase = phases[index]!;
    if (index === stopsIn) {
      const reason = random.weighted([["chose_to_stop", 50], ["no_contact", 35], ["moved_away", 15]] as const);
      events.push({ at: step(phase.expectedWeeks / 2), event: { type: "withdraw", reason } });
      break;
    }
    const criteriaMet = phase.criteria.map((criterion) => criterion.id);
    if (fate === "relapse" && !hasRelapsed && index === Math.floor(phases.length / 2)) {
      hasRelapsed = true;
      events.push({ at: step(phase.expectedWeeks / 2), event: { type: "step_back", reason: "relapse", note: relapseNote } });
      const back = phases[index - 1]!;
      events.push({ at: step(back.expectedWeeks / 2), event: { type: "advance", criteriaMet: back.criteria.map((criterion) => criterion.id) } });
    }
    const isLast = index === phases.length - 1;
    events.push({ at: step(phase.expectedWeeks), event: isLast ? { type: "complete", criteriaMet } : { type: "advance", criteriaMet } });
  }
  return { enrolment: { programmeKey, enrolledAt, by, events }, endsAt: events.at(-1)!.at };
}

const groupProgrammes = [
  { key: "multilingual_recovery", topics: ["Triggers at the weekend", "Saying no to old friends", "Planning for a slip", "Sleep and cravings"], facilitators: ["mentor_female", "mentor_male"] },
  { key: "faith_adapted_twelve_step", topics: ["Honesty and hope", "Putting things right", "Daily reflection", "Giving back"], facilitators: ["mentor_male"] },
] as const;

/**
 * Birmingham's circles: each programme meets every other Thursday evening at the mosque, from the
 * start of the history up to now, with the Birmingham clients then in a phase of it.
 */
export function planGroupSessions(random: HistoryRandom, referrals: readonly PlannedReferral[], now: Date): PlannedGroupSession[] {
  const enrolments = referrals.flatMap((referral) => (referral.site === "Birmingham" && referral.kase?.enrolment ? [referral.kase.enrolment] : []));
  const sessions: PlannedGroupSession[] = [];
  let day = addDays(`${windowMonths(now)[0]!}-01`, 7);
  while (weekdayOf(day) !== 4) day = addDays(day, 1);
  for (let week = 0; ; week += 2) {
    const startsAt = at(addDays(day, week * 7), 18);
    if (plusMinutes(startsAt, 120) > now) break;
    for (const programme of groupProgrammes) {
      const attendees = enrolments.filter((enrolment) => enrolment.programmeKey === programme.key && isInPhaseAt(enrolment, startsAt) && random.chance(0.65)).slice(0, 12);
      if (attendees.length === 0) continue;
      sessions.push({
        programmeKey: programme.key,
        startsAt,
        durationMinutes: 90,
        venue: "Green Lane Mosque, community room",
        topic: random.pick(programme.topics),
        facilitator: random.pick(programme.facilitators),
        attendees,
        anonymousHeadcount: random.int(0, 5),
      });
    }
  }
  return sessions;
}

/** Whether the enrolment (as kept up to now) is in a phase at `instant`. */
function isInPhaseAt(enrolment: PlannedEnrolment, instant: Date): boolean {
  if (enrolment.enrolledAt >= instant) return false;
  const ending = enrolment.events.find((step) => step.event.type === "complete" || step.event.type === "withdraw");
  return ending === undefined || ending.at > instant;
}
