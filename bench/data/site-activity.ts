/**
 * What each site does beyond its cases, drawn from the run seed's `activity` stream: its outreach
 * partners (mosques, a gurdwara and temples, schools, colleges, youth services, the police, the
 * council, health), three or four outreach sessions a week with their headcounts, two trainings a
 * month for partners' staff with their attendees (professionals, named with their consent), and
 * the safeguarding panel's fortnightly meetings. Plain data about activity, never about a client.
 */
import type { Headcount } from "../../core/outreach/session-log.js";
import { addDays, at } from "../../server/demo/demo-history-clock.js";
import { seededRandom, seedFor, type Random } from "../lib/prng.js";
import { communities, namesFor } from "./communities.js";
import { dataNow, streams } from "./person.js";
import { siteSpecs } from "./places.js";
import { lastMeeting, meetingAt, scheduleStartDay } from "./support-schedule.js";

export interface PlannedPartner {
  id: string;
  name: string;
  type: string;
  pathways: string[];
  languages: string[];
}

export interface PlannedOutreachSession {
  id: string;
  partnerId: string;
  venue: string;
  sessionType: string;
  topics: string[];
  startsAt: Date;
  durationMinutes: number;
  headcount: Headcount;
  followUpContacts: number;
}

export interface PlannedTraining {
  id: string;
  courseIndex: number;
  partnerId: string;
  deliveredOn: string;
  location: string;
  attendees: { id: string; name: string; role: string; organisation: string; before: number[]; after: number[] }[];
}

export interface SiteActivity {
  partners: PlannedPartner[];
  sessions: PlannedOutreachSession[];
  trainings: PlannedTraining[];
  /** The panel's meetings by number (support-schedule.ts gives each its id and time). */
  meetings: number[];
}

const partnerKinds = [
  { type: "mosque", label: "Mosque", count: 8, pathways: ["can_refer", "hosts_sessions", "trained_staff"], roles: ["Imam", "Madrasa teacher", "Committee member"] },
  { type: "church_gurdwara_temple", label: "Gurdwara", count: 2, pathways: ["hosts_sessions"], roles: ["Seva coordinator", "Volunteer"] },
  { type: "school", label: "Academy", count: 5, pathways: ["can_refer", "hosts_sessions", "trained_staff"], roles: ["Designated safeguarding lead", "Teacher", "Pastoral lead"] },
  { type: "college", label: "College", count: 2, pathways: ["can_refer", "hosts_sessions"], roles: ["Student welfare officer", "Tutor"] },
  { type: "youth_service", label: "Youth Hub", count: 3, pathways: ["can_refer", "hosts_sessions"], roles: ["Youth worker"] },
  { type: "police", label: "Neighbourhood Police Team", count: 1, pathways: ["can_refer"], roles: ["Neighbourhood officer"] },
  { type: "council", label: "Early Help Team", count: 1, pathways: ["can_refer", "trained_staff"], roles: ["Family support worker"] },
  { type: "health", label: "Medical Practice", count: 1, pathways: ["can_refer"], roles: ["Practice nurse", "GP"] },
] as const;

const sessionKinds = [
  { type: "friday_mosque_presence", partner: "mosque", topics: ["drugs", "gangs", "referral_pathways"], minutes: 90, crowd: [25, 70], youth: false },
  { type: "assembly", partner: "school", topics: ["drugs", "knife_crime", "online_safety"], minutes: 45, crowd: [60, 240], youth: true },
  { type: "stall", partner: "college", topics: ["drugs", "alcohol", "mental_health"], minutes: 120, crowd: [30, 90], youth: true },
  { type: "parents_session", partner: "mosque", topics: ["grooming", "online_safety", "radicalisation"], minutes: 90, crowd: [10, 30], youth: false },
  { type: "youth_session", partner: "youth_service", topics: ["gangs", "knife_crime", "sexual_exploitation"], minutes: 90, crowd: [8, 25], youth: true },
  { type: "workshop", partner: "church_gurdwara_temple", topics: ["drugs", "alcohol", "mental_health"], minutes: 120, crowd: [12, 35], youth: false },
] as const;

/** Which course each partner type is trained on (positions in the default catalogue). */
const courseFor: Record<string, number> = { mosque: 0, council: 0, school: 1, college: 1 };

function headcountOf(random: Random, total: number, isYouth: boolean): Headcount {
  const young = Math.round(total * (isYouth ? 0.75 : 0.3));
  const male = Math.round(total * (0.4 + random.next() * 0.3));
  return {
    total,
    byAgeBand: isYouth ? { "11_15": Math.round(young / 2), "16_17": young - Math.round(young / 2), "25_44": total - young } : { "18_24": young, "25_44": total - young },
    byGender: { male, female: total - male },
  };
}

export function siteActivity(seed: number, siteIndex: number, questions: readonly number[]): SiteActivity {
  const random = seededRandom(seedFor(seed, streams.activity, siteIndex));
  const district = siteSpecs[siteIndex]?.districts[0] ?? "Site";
  const place = (siteSpecs[siteIndex]?.name ?? "Site").replace(/ – .*/, "");
  const partners = partnerKinds.flatMap((kind) =>
    Array.from({ length: kind.count }, (_, index): PlannedPartner & { kind: (typeof partnerKinds)[number] } => ({
      id: random.uuid(),
      name: `${place} ${kind.label} ${kind.count > 1 ? String.fromCharCode(65 + index) : ""}`.trim() + ` (${district})`,
      type: kind.type,
      pathways: [...kind.pathways],
      languages: ["en", ...(kind.type === "mosque" ? ["ur", "pa", "bn", "ar"] : [])],
      kind,
    })),
  );
  const ofType = (type: string) => partners.filter((partner) => partner.type === type);

  const sessions: PlannedOutreachSession[] = [];
  const trainings: PlannedTraining[] = [];
  const lastDay = addDays(scheduleStartDay, Math.floor((dataNow.getTime() - Date.parse(`${scheduleStartDay}T00:00:00Z`)) / 86_400_000) - 1);
  for (let week = 0, monday = scheduleStartDay; monday < lastDay; week++, monday = addDays(monday, 7)) {
    const count = random.weighted([[3, 50], [4, 40], [2, 10]] as const);
    for (let n = 0; n < count; n++) {
      const kind = n === 0 ? sessionKinds[0] : random.pick(sessionKinds);
      const partner = random.pick(ofType(kind.partner));
      const dayOfWeek = kind.type === "friday_mosque_presence" ? 4 : random.int(0, 4);
      const startsAt = at(addDays(monday, dayOfWeek), kind.type === "friday_mosque_presence" ? 13 : random.int(10, 18), random.pick([0, 30]));
      if (startsAt >= dataNow) continue;
      const total = random.int(kind.crowd[0], kind.crowd[1]);
      sessions.push({ id: random.uuid(), partnerId: partner.id, venue: partner.name, sessionType: kind.type, topics: [...kind.topics], startsAt, durationMinutes: kind.minutes, headcount: headcountOf(random, total, kind.youth), followUpContacts: random.int(0, 4) });
    }
    // Two trainings a month, on a weekday evening, for a partner's staff or volunteers.
    if (week % 2 === 1) {
      const trained = partners.filter((partner) => partner.type in courseFor);
      const partner = random.pick(trained);
      const courseIndex = courseFor[partner.type] ?? 0;
      const deliveredOn = addDays(monday, random.int(0, 4));
      if (deliveredOn >= lastDay) continue;
      const asked = questions[courseIndex] ?? 0;
      const attendees = Array.from({ length: random.int(6, 18) }, () => {
        const person = namesFor(random.pick(communities)).draw(random, random.chance(0.5) ? "female" : "male");
        const before = Array.from({ length: asked }, () => random.int(1, 3));
        return { id: random.uuid(), name: `${person.givenName} ${person.familyName}`, role: random.pick(partner.kind.roles), organisation: partner.name, before, after: before.map((rating) => Math.min(5, rating + random.int(1, 2))) };
      });
      trainings.push({ id: random.uuid(), courseIndex, partnerId: partner.id, deliveredOn, location: partner.name, attendees });
    }
  }
  const meetings = Array.from({ length: lastMeeting() + 1 }, (_, number) => number).filter((number) => meetingAt(number) > new Date(Date.parse(`${scheduleStartDay}T00:00:00Z`)));
  return { partners: partners.map(({ kind: _kind, ...partner }) => partner), sessions, trainings, meetings };
}
