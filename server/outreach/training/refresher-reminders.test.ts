import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addDays } from "../../../core/instruments/reassessment.js";
import { londonDay } from "../../../core/london-time.js";
import { testApp } from "../../../test/app.js";
import { createUser } from "../../../test/factories.js";
import { notifications, trainingAttendees } from "../../db/schema.js";
import { emailText } from "../../email/messages.js";
import { trainingRefresherHandlers, trainingRefresherSchedules, sendRefresherReminders } from "./refresher-reminders.js";
import { addTestAttendee, createTestCourse, createTestDelivery, trainingTeam } from "./test-support.js";

const { app, deps } = await testApp();

/** The day two years before `day` (the 28th at the latest, so every month has it). */
function twoYearsBefore(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return `${year - 2}-${String(month).padStart(2, "0")}-${String(Math.min(date, 28)).padStart(2, "0")}`;
}

async function setUp() {
  const team = await trainingTeam(app, deps);
  const trainerUser = await createUser(deps.db, deps.vault, team.organisation, { role: "team_manager" });
  const course = await createTestCourse(deps, team.organisation, { title: "Drugs awareness for school staff", refresherMonths: 24 });
  const today = londonDay(deps.now());
  // Given two years before a day 20 days from now: the refresher falls due within the 30 days' notice.
  const soon = await createTestDelivery(deps, team.organisation, { courseId: course.id, trainerId: trainerUser.id, partnerId: team.partner.id, deliveredOn: twoYearsBefore(addDays(today, 20)) });
  const recent = await createTestDelivery(deps, team.organisation, { courseId: course.id, trainerId: trainerUser.id });
  return { ...team, trainerUser, course, soon, recent, today };
}

const alertsAbout = (deliveryIds: string[]) => deps.db.select().from(notifications).where(and(eq(notifications.kind, "training_refresher_due"), inArray(notifications.entityId, deliveryIds)));

describe("outreach.training.refresher-reminders", () => {
  it("is a daily job", () => {
    expect(Object.keys(trainingRefresherHandlers)).toEqual(trainingRefresherSchedules.map((schedule) => schedule.name));
    expect(trainingRefresherSchedules).toEqual([{ name: "outreach.training-refresher-reminders", everySeconds: 86_400 }]);
  });

  it("tells the trainer and the site's outreach workers once, with the course, the partner and how many, and never names the attendees", async () => {
    const { soon, recent, trainerUser, workerUser, worker, partner, organisation } = await setUp();
    const due = [await addTestAttendee(deps, soon, { name: "Mr Bilal Hussain" }), await addTestAttendee(deps, soon, { name: "Ms Ruth Evans" })];
    await addTestAttendee(deps, recent, { name: "Not due yet" });
    const otherSiteWorker = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker", site: 1 });

    await sendRefresherReminders(deps.db, deps.now());
    const alerts = await alertsAbout([soon.id, recent.id]);
    expect(alerts.map((alert) => alert.userId).sort()).toEqual([trainerUser.id, workerUser.id].sort());
    expect(alerts.some((alert) => alert.userId === otherSiteWorker.id)).toBe(false);
    expect(alerts[0]).toMatchObject({ entityType: "training_delivery", entityId: soon.id, details: { courseTitle: "Drugs awareness for school staff", partnerName: partner.name, count: 2, date: due[0]!.refresherDueOn, userId: trainerUser.id } });
    expect(JSON.stringify(alerts)).not.toMatch(/Bilal|Ruth/);
    const reminded = await deps.db.select({ on: trainingAttendees.refresherRemindedOn }).from(trainingAttendees).where(inArray(trainingAttendees.id, due.map((attendee) => attendee.id)));
    expect(reminded.map((row) => row.on)).toEqual([londonDay(deps.now()), londonDay(deps.now())]);

    await sendRefresherReminders(deps.db, deps.now());
    expect(await alertsAbout([soon.id, recent.id])).toHaveLength(2);

    const listed = (await worker.request("GET", "/api/notifications")).json().items.find((item: { kind: string }) => item.kind === "training_refresher_due");
    expect(listed).toMatchObject({ entity: { type: "training_delivery", id: soon.id }, training: { courseTitle: "Drugs awareness for school staff", partnerName: partner.name, count: 2 }, actorName: "Test User" });
  });

  it("lists the attendees due or overdue for a refresher at the site, leaving out those who have since been on the course again", async () => {
    const { worker, caseworker, elsewhere, soon, course, organisation, trainerUser, siteId, today } = await setUp();
    const due = await addTestAttendee(deps, soon, { name: "Mr Bilal Hussain", email: "bilal@school.example" });
    const refreshed = await addTestAttendee(deps, soon, { name: "Ms Ruth Evans", organisation: "Park View School" });
    const overdue = await createTestDelivery(deps, organisation, { courseId: course.id, trainerId: trainerUser.id, deliveredOn: twoYearsBefore(addDays(today, -40)) });
    const late = await addTestAttendee(deps, overdue, { name: "Mrs Joy Ahmed" });
    const again = await createTestDelivery(deps, organisation, { courseId: course.id, trainerId: trainerUser.id });
    await addTestAttendee(deps, again, { name: "MS RUTH EVANS", organisation: "park view school" });

    const list = await caseworker.request("GET", `/api/outreach/training/refreshers?siteId=${siteId}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({ attendeeId: late.id, name: "Mrs Joy Ahmed", isOverdue: true, course: { id: course.id, title: course.title } }),
      expect.objectContaining({ attendeeId: due.id, name: "Mr Bilal Hussain", isOverdue: false, refresherDueOn: due.refresherDueOn, deliveryId: soon.id }),
    ]);
    expect(JSON.stringify(list.json())).not.toContain(refreshed.id);
    expect((await worker.request("GET", "/api/outreach/training/refreshers")).json().items).toHaveLength(2);
    expect((await elsewhere.request("GET", "/api/outreach/training/refreshers")).json().items).toEqual([]);
    expect((await elsewhere.request("GET", `/api/outreach/training/refreshers?siteId=${siteId}`)).statusCode).toBe(403);
  });

  it("emails the course, the partner and how many, in English and Urdu, with no attendee's name", () => {
    const facts = { kind: "training_refresher_due" as const, reference: "", date: "2026-03-05", siteName: "Birmingham", personName: "Sana Mirza", link: "https://pathways.example.org/outreach/training/deliveries/1", training: { courseTitle: "Drugs awareness for school staff", partnerName: "Park View School", count: 3 } };
    const english = emailText(facts, "en");
    expect(english.subject).toBe("Refresher training due: Drugs awareness for school staff");
    expect(english.body).toContain("3 people trained in Drugs awareness for school staff by Sana Mirza for Park View School are due a refresher from 5 March 2026.");
    const urdu = emailText(facts, "ur");
    expect(urdu.body).toContain("Park View School");
    expect(urdu.body).toContain(facts.link);
  });
});
