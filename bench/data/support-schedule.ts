/**
 * What clients share at a site: the programmes' weekly group sessions and the safeguarding panel's
 * fortnightly meetings. Each has an id and a time that follow from its place in the schedule (site,
 * programme, group, week; site, meeting number) and the seed, so a generator thread planning one
 * client's enrolment or escalation names the same session or meeting as the main thread that
 * writes the schedule's rows, without either asking the other.
 */
import { addDays, at } from "../../server/demo/demo-history-clock.js";
import { seededRandom, seedFor } from "../lib/prng.js";
import { dataNow, streams } from "./person.js";
import { siteSpecs } from "./places.js";

/** Monday 1 January 2018: week 0 of the group sessions, and the history's first day. */
export const scheduleStartDay = "2018-01-01";

/** The programmes run in groups at every site, in a fixed order (their position is part of a session's id). */
export const groupProgrammes = ["multilingual_recovery", "faith_adapted_twelve_step", "prevention_mentoring"] as const;
export type GroupProgramme = (typeof groupProgrammes)[number];

const maxGroups = 200;
const maxWeeks = 2_000;

/**
 * How many groups of a programme meet each week at a site. Enrolments are shared among them so a
 * group has about ten people on its list (six or seven come on a given evening); the factors are
 * enrolments in a phase at once per 1,000 clients of a site, measured on the generated data.
 */
const enrolledPerThousand: Record<GroupProgramme, number> = { multilingual_recovery: 8.0, faith_adapted_twelve_step: 2.3, prevention_mentoring: 2.65 };

export function groupsAt(clients: number, siteIndex: number, programme: GroupProgramme): number {
  const totalWeight = siteSpecs.reduce((sum, site) => sum + site.weight, 0);
  const siteClients = (clients * (siteSpecs[siteIndex]?.weight ?? 0)) / totalWeight;
  return Math.min(maxGroups, Math.max(1, Math.round((siteClients / 1_000) * enrolledPerThousand[programme] / 10)));
}

/** A group meets on a weekday evening (Monday to Thursday, by its number) at 18:00 London time. */
export function groupSessionAt(group: number, week: number): Date {
  return at(addDays(scheduleStartDay, week * 7 + (group % 4)), 18);
}

/** The week (from `scheduleStartDay`) holding an instant. */
export const weekOf = (instant: Date): number => Math.floor((instant.getTime() - Date.parse(`${scheduleStartDay}T00:00:00Z`)) / (7 * 86_400_000));

/** Group sessions up to the data's "now", ended: later ones are not held yet. */
export const lastGroupWeek = (): number => weekOf(dataNow) - 1;

const groupTopics = ["Triggers at the weekend", "Saying no to old friends", "Planning for a slip", "Sleep and cravings", "Honesty and hope", "Giving back"];

/** A group session's id, topic and anonymous headcount (people who came without being registered). */
export function groupSession(seed: number, siteIndex: number, programme: GroupProgramme, group: number, week: number): { id: string; topic: string; anonymousHeadcount: number } {
  const index = ((siteIndex * groupProgrammes.length + groupProgrammes.indexOf(programme)) * maxGroups + group) * maxWeeks + week;
  const random = seededRandom(seedFor(seed, streams.groupSessions, index));
  return { id: random.uuid(), topic: random.pick(groupTopics), anonymousHeadcount: random.int(0, 4) };
}

/** The panel of every site meets every other Wednesday at 10:00, from 3 January 2018. */
const firstMeetingDay = "2018-01-03";

export function meetingAt(number: number): Date {
  return at(addDays(firstMeetingDay, number * 14), 10);
}

/** The first meeting starting at or after `instant`. */
export function meetingFrom(instant: Date): number {
  const first = meetingAt(0).getTime();
  return Math.max(0, Math.ceil((instant.getTime() - first) / (14 * 86_400_000)));
}

/** Meetings are scheduled two months ahead of the data's "now". */
export const lastMeeting = (): number => meetingFrom(new Date(dataNow.getTime() + 60 * 86_400_000));

export function meetingId(seed: number, siteIndex: number, number: number): string {
  return seededRandom(seedFor(seed, streams.panelMeetings, siteIndex * 100_000 + number)).uuid();
}
