/**
 * The demo's Birmingham outreach: seven partners (two mosques, a gurdwara, a school, a college, a
 * youth hub, the police), stock delivered, three schedules (Friday prayers at Green Lane Mosque, a
 * fortnightly college stall, a monthly parents' session), thirteen weeks of their sessions logged —
 * all but the latest Friday's, left for a demo user to log — two trainings with their attendees,
 * and two of the waiting referrals attributed to the partner and the session they came from.
 * Everything goes through the same commands the pages use, as the outreach worker would.
 */
import { and, desc, eq } from "drizzle-orm";
import type { CreatePartnerBody } from "../../core/api/outreach-partners.js";
import type { Headcount } from "../../core/outreach/session-log.js";
import { addDays } from "../../core/instruments/reassessment.js";
import { londonDay } from "../../core/london-time.js";
import { occurrences, type OutreachSchedule } from "../../core/outreach/schedule.js";
import type { Db } from "../db/client.js";
import { outreachSessions, outreachStockItems, referralSources, referrals, trainingCourses } from "../db/schema.js";
import { checkAttribution } from "../outreach/attribution/check-attribution.js";
import { recordAttribution } from "../outreach/attribution/store-attribution.js";
import { createPartner } from "../outreach/partners/create-partner.js";
import { createSchedule } from "../outreach/schedules/save-schedule.js";
import { logSession } from "../outreach/sessions/log-session.js";
import { recordMovement } from "../outreach/stock/record-movement.js";
import { ensureSiteStock } from "../outreach/stock/move-stock.js";
import { ensureCourseCatalogue } from "../outreach/training/default-courses.js";
import { addAttendee } from "../outreach/training/add-attendee.js";
import { recordDelivery } from "../outreach/training/record-delivery.js";
import { actorOf, type DemoPerson } from "./demo-actor.js";

interface DemoOutreachInput {
  organisationId: string;
  siteId: string;
  outreachWorker: DemoPerson;
  manager: DemoPerson;
  now: Date;
}

const consenting = (name: string, role: string) => ({ name, role, email: "", phone: "", hasConsented: true as const });

function partnersOf(siteId: string, today: string): CreatePartnerBody[] {
  const partner = (fields: Partial<CreatePartnerBody> & Pick<CreatePartnerBody, "name" | "type">): CreatePartnerBody => ({
    siteId,
    address: "",
    postcode: "",
    languages: ["en"],
    pathways: [],
    contacts: [],
    agreements: [],
    notes: "",
    ...fields,
  });
  const sharing = (signedDaysAgo: number, endsInDays: number | null, reference: string) => ({
    kind: "information_sharing" as const,
    reference,
    signedOn: addDays(today, -signedDaysAgo),
    endsOn: endsInDays === null ? null : addDays(today, endsInDays),
  });
  return [
    partner({
      name: "Green Lane Mosque",
      type: "mosque",
      address: "20 Green Lane, Small Heath, Birmingham",
      postcode: "B9 5DB",
      languages: ["ur", "pa", "en", "ar"],
      pathways: ["can_refer", "hosts_sessions", "trained_staff"],
      contacts: [consenting("Imam Abdullah Rahman", "Imam"), { ...consenting("Shabana Iqbal", "Women's committee"), email: "women@greenlane.example" }],
      agreements: [sharing(400, 330, "ISA-BHM-014"), { kind: "venue_use", reference: "", signedOn: addDays(today, -400), endsOn: null }],
      notes: "Friday presence after Jummah in the community hall; the women's committee hosts the parents' sessions.",
    }),
    partner({
      name: "Masjid Noor, Sparkbrook",
      type: "mosque",
      address: "Stratford Road, Sparkbrook, Birmingham",
      postcode: "B11 1AA",
      languages: ["ur", "bn", "so", "en"],
      pathways: ["can_refer", "trained_staff"],
      contacts: [consenting("Imam Hamza Ali", "Imam")],
      agreements: [sharing(700, 40, "ISA-BHM-009")],
      notes: "The information-sharing agreement ends soon: renewal meeting booked with the committee.",
    }),
    partner({
      name: "Guru Nanak Gurdwara, Handsworth",
      type: "church_gurdwara_temple",
      postcode: "B21 9PN",
      languages: ["pa", "en"],
      pathways: ["hosts_sessions"],
      contacts: [consenting("Harjit Kaur", "Seva coordinator")],
    }),
    partner({
      name: "Small Heath Academy",
      type: "school",
      postcode: "B10 0HJ",
      languages: ["en", "ur", "bn"],
      pathways: ["can_refer", "hosts_sessions", "trained_staff"],
      contacts: [{ ...consenting("Mrs Claire Bennett", "Designated safeguarding lead"), email: "dsl@smallheath.example" }],
      agreements: [sharing(200, 530, "ISA-BHM-021")],
    }),
    partner({
      name: "Birmingham Metropolitan College",
      type: "college",
      postcode: "B4 7PS",
      languages: ["en", "ur", "pl", "ar"],
      pathways: ["can_refer", "hosts_sessions"],
      contacts: [consenting("Tom Hughes", "Student welfare officer")],
    }),
    partner({
      name: "Sparkhill Youth Hub",
      type: "youth_service",
      postcode: "B11 4AE",
      languages: ["en", "ur", "so"],
      pathways: ["can_refer", "hosts_sessions"],
      contacts: [consenting("Kwame Mensah", "Youth work lead")],
    }),
    partner({
      name: "West Midlands Police, Birmingham East",
      type: "police",
      languages: ["en"],
      pathways: ["can_refer"],
      contacts: [consenting("PC Laura Price", "Neighbourhood officer")],
      agreements: [sharing(500, 600, "ISA-WMP-003")],
    }),
  ];
}

/** A crowd's size varies from week to week; the same every time the demo is made. */
const varying = (index: number, base: number, spread: number) => base + ((index * 7 + 3) % spread);

function headcountOf(total: number, youth: boolean): Headcount {
  const young = Math.round(total * (youth ? 0.7 : 0.3));
  return {
    total,
    byAgeBand: youth ? { "16_17": Math.round(young / 2), "18_24": young - Math.round(young / 2), "25_44": total - young } : { "18_24": young, "25_44": Math.round((total - young) * 0.7) },
    byGender: { male: Math.round(total * 0.6), female: total - Math.round(total * 0.6) },
  };
}

export async function seedDemoOutreach(tx: Db, input: DemoOutreachInput): Promise<void> {
  const { organisationId, siteId, now } = input;
  const worker = actorOf(organisationId, input.outreachWorker);
  const today = londonDay(now);
  const started = new Date(now.getTime() - 13 * 7 * 86_400_000);
  const context = (at: Date) => ({ now: at, requestId: "demo-seed" });

  const partnerIds = new Map<string, string>();
  for (const partner of partnersOf(siteId, today)) partnerIds.set(partner.name, await createPartner(tx, worker, partner, context(started)));
  const partnerId = (name: string) => partnerIds.get(name)!;

  // Stock: the standard list, delivered at the start.
  await ensureSiteStock(tx, organisationId, siteId);
  const items = new Map((await tx.select().from(outreachStockItems).where(and(eq(outreachStockItems.organisationId, organisationId), eq(outreachStockItems.siteId, siteId)))).map((item) => [item.code, item.id]));
  const item = (code: string) => items.get(code)!;
  const deliveries: [string, number][] = [
    ["drug_awareness_kit", 250],
    ["leaflet_en", 400],
    ["leaflet_ur", 400],
    ["leaflet_pa", 150],
    ["leaflet_bn", 150],
    ["leaflet_so", 100],
    ["leaflet_pl", 80],
    ["leaflet_ar", 80],
  ];
  for (const [code, quantity] of deliveries) await recordMovement(tx, worker, { reason: "delivered", itemId: item(code), quantity, note: "Delivered from the print run." }, context(started));

  const staffIds = [input.outreachWorker.userId];
  const schedules = [
    { partner: "Green Lane Mosque", sessionType: "friday_mosque_presence", topics: ["drugs", "gangs", "referral_pathways"], time: "13:30", durationMinutes: 90, recurrence: { kind: "weekly", weekday: 5, everyWeeks: 1 }, base: 35, spread: 25, youth: false, kits: 8, leaflets: [["leaflet_ur", 15], ["leaflet_en", 10]] },
    { partner: "Birmingham Metropolitan College", sessionType: "stall", topics: ["drugs", "knife_crime", "online_safety"], time: "12:00", durationMinutes: 120, recurrence: { kind: "weekly", weekday: 3, everyWeeks: 2 }, base: 45, spread: 30, youth: true, kits: 12, leaflets: [["leaflet_en", 20], ["leaflet_pl", 3]] },
    { partner: "Green Lane Mosque", sessionType: "parents_session", topics: ["grooming", "online_safety", "radicalisation"], time: "18:00", durationMinutes: 90, recurrence: { kind: "monthly", weekday: 6, nth: 1 }, base: 18, spread: 10, youth: false, kits: 0, leaflets: [["leaflet_ur", 8], ["leaflet_pa", 4]] },
  ] as const;
  let logged = 0;
  for (const plan of schedules) {
    const shape: OutreachSchedule = { startsOn: londonDay(started), endsOn: null, time: plan.time, durationMinutes: plan.durationMinutes, recurrence: plan.recurrence, skippedDays: [] };
    const schedule = await createSchedule(tx, worker, { siteId, partnerId: partnerId(plan.partner), sessionType: plan.sessionType, topics: [...plan.topics], staffIds, ...shape }, context(started));
    // Every occurrence that has ended is logged, except the latest Friday's: that one is left for whoever tries the demo.
    const ended = occurrences(shape, shape.startsOn, today).filter((occurrence) => occurrence.endsAt <= now);
    const past = plan.sessionType === "friday_mosque_presence" ? ended.slice(0, -1) : ended;
    for (const [index, occurrence] of past.entries()) {
      const total = varying(logged + index, plan.base, plan.spread);
      const resources = [...(plan.kits > 0 ? [{ itemId: item("drug_awareness_kit"), quantity: plan.kits }] : []), ...plan.leaflets.map(([code, quantity]) => ({ itemId: item(code), quantity }))];
      await logSession(
        tx,
        worker,
        {
          scheduleId: schedule.id,
          occurrenceDay: occurrence.day,
          topics: [...plan.topics],
          staffIds,
          headcount: headcountOf(total, plan.youth),
          followUpContacts: (index * 3 + 1) % 4,
          resources,
          notes: "",
        },
        context(occurrence.endsAt),
      );
    }
    logged += past.length;
  }

  // Training: imams and madrasa teachers last month, the school's staff six weeks ago.
  await ensureCourseCatalogue(tx, { organisationId, actorUserId: input.outreachWorker.userId, now: started, requestId: "demo-seed" });
  const courses = await tx.select().from(trainingCourses).where(eq(trainingCourses.organisationId, organisationId)).orderBy(trainingCourses.createdAt, trainingCourses.title);
  const trainings = [
    { course: courses[0], partner: "Masjid Noor, Sparkbrook", daysAgo: 30, location: "Masjid Noor, upstairs hall", people: [["Imam Hamza Ali", "Imam"], ["Maulana Idris Khan", "Madrasa teacher"], ["Sister Ruqayyah Begum", "Madrasa teacher"], ["Abdul Karim", "Committee member"], ["Yasmin Akhtar", "Madrasa teacher"]] },
    { course: courses[1], partner: "Small Heath Academy", daysAgo: 44, location: "Small Heath Academy, staff room", people: [["Claire Bennett", "Designated safeguarding lead"], ["Mohammed Saeed", "Head of year 10"], ["Joanne Price", "Pastoral lead"], ["David Okafor", "Teacher"]] },
  ];
  for (const training of trainings) {
    if (!training.course) continue;
    const deliveredOn = addDays(today, -training.daysAgo);
    const at = new Date(now.getTime() - training.daysAgo * 86_400_000);
    const deliveryId = await recordDelivery(tx, worker, { siteId, courseId: training.course.id, partnerId: partnerId(training.partner), deliveredOn, trainerId: input.outreachWorker.userId, location: training.location, notes: "" }, context(at));
    const questions = training.course.confidenceQuestions.length;
    for (const [index, [name, role]] of training.people.entries()) {
      const before = Array.from({ length: questions }, (_unused, question) => 1 + ((index + question) % 3));
      await addAttendee(tx, worker, deliveryId, { name: name!, role: role!, organisation: training.partner, email: null, hasConsented: true, before, after: before.map((rating) => Math.min(5, rating + 1 + (index % 2))) }, context(at));
    }
  }

  // Two of the waiting referrals came through community pathways: the imam's after a Friday session, the school's through its safeguarding lead.
  const waiting = await tx
    .select({ id: referrals.id, siteId: referrals.siteId, clientId: referrals.clientId, receivedAt: referrals.receivedAt, source: referralSources.code })
    .from(referrals)
    .innerJoin(referralSources, eq(referralSources.id, referrals.sourceId))
    .where(and(eq(referrals.organisationId, organisationId), eq(referrals.siteId, siteId)));
  const attribute = async (source: string, asked: { partnerId?: string; outreachSessionId?: string }) => {
    const referral = waiting.find((candidate) => candidate.source === source);
    if (!referral) return;
    const checked = await checkAttribution(tx, { organisationId, siteId }, asked, "demo");
    if (checked) await recordAttribution(tx, { organisationId, actorUserId: input.manager.userId, requestId: "demo-seed", now: referral.receivedAt }, referral, checked);
  };
  await attribute("school_college", { partnerId: partnerId("Small Heath Academy") });
  const lastFriday = await lastFridaySession(tx, organisationId, partnerId("Green Lane Mosque"));
  if (lastFriday) await attribute("faith_leader", { outreachSessionId: lastFriday });
}

/** The partner's latest Friday session. */
async function lastFridaySession(tx: Db, organisationId: string, partnerId: string): Promise<string | null> {
  const [session] = await tx
    .select({ id: outreachSessions.id })
    .from(outreachSessions)
    .where(and(eq(outreachSessions.organisationId, organisationId), eq(outreachSessions.partnerId, partnerId), eq(outreachSessions.sessionType, "friday_mosque_presence")))
    .orderBy(desc(outreachSessions.startsAt))
    .limit(1);
  return session?.id ?? null;
}
