/**
 * Refresher reminders: once a day, for each training with attendees whose refresher falls due
 * within 30 days (or has passed) and who have not been reminded about, its trainer and the site's
 * outreach workers are told in the app (and so by email, when it is set up): the course, the
 * partner, how many and from when — not the attendees' names, which the training's page shows.
 * Each attendee is reminded about once per refresher date.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { londonDay } from "../../../core/london-time.js";
import type { Db } from "../../db/client.js";
import { notifications, outreachPartners, roleGrants, trainingAttendees, trainingCourses, trainingDeliveries, users } from "../../db/schema.js";
import type { JobContext, JobHandlers } from "../../jobs/run-next-job.js";
import { notRefreshedSince, refresherDueBy } from "./refreshers.js";

const batchSize = 500;

interface DueDelivery {
  organisationId: string;
  siteId: string;
  deliveryId: string;
  trainerId: string;
  courseTitle: string;
  partnerName: string | null;
  count: number;
  firstDueOn: string;
}

/** For each training, its trainer if still active and its site's active outreach workers, each once: two queries for the whole batch. */
async function recipientsOf(tx: Db, dues: readonly DueDelivery[]): Promise<Map<string, string[]>> {
  const [workers, trainers] = await Promise.all([
    tx
      .selectDistinct({ userId: roleGrants.userId, siteId: roleGrants.siteId })
      .from(roleGrants)
      .innerJoin(users, eq(users.id, roleGrants.userId))
      .where(and(inArray(roleGrants.siteId, [...new Set(dues.map((due) => due.siteId))]), eq(roleGrants.role, "outreach_worker"), eq(users.isActive, true))),
    tx
      .select({ userId: users.id })
      .from(users)
      .where(and(inArray(users.id, [...new Set(dues.map((due) => due.trainerId))]), eq(users.isActive, true))),
  ]);
  const activeTrainers = new Set(trainers.map((row) => row.userId));
  return new Map(
    dues.map((due) => {
      const trainer = activeTrainers.has(due.trainerId) ? [due.trainerId] : [];
      const siteWorkers = workers.filter((row) => row.siteId === due.siteId).map((row) => row.userId);
      return [due.deliveryId, [...new Set([...trainer, ...siteWorkers])]];
    }),
  );
}

async function remindBatch(tx: Db, today: string): Promise<number> {
  const rows = await tx
    .select({
      attendeeId: trainingAttendees.id,
      dueOn: trainingAttendees.refresherDueOn,
      organisationId: trainingDeliveries.organisationId,
      siteId: trainingDeliveries.siteId,
      deliveryId: trainingDeliveries.id,
      trainerId: trainingDeliveries.trainerId,
      courseTitle: trainingCourses.title,
      partnerName: outreachPartners.name,
    })
    .from(trainingAttendees)
    .innerJoin(trainingDeliveries, eq(trainingDeliveries.id, trainingAttendees.deliveryId))
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingDeliveries.courseId))
    .leftJoin(outreachPartners, eq(outreachPartners.id, trainingDeliveries.partnerId))
    .where(and(isNull(trainingAttendees.refresherRemindedOn), refresherDueBy(today), notRefreshedSince))
    .orderBy(asc(trainingAttendees.refresherDueOn), asc(trainingAttendees.id))
    .limit(batchSize);
  if (rows.length === 0) return 0;
  const byDelivery = new Map<string, DueDelivery>();
  for (const row of rows) {
    const found = byDelivery.get(row.deliveryId);
    if (found) found.count += 1;
    else byDelivery.set(row.deliveryId, { ...row, count: 1, firstDueOn: row.dueOn! });
  }
  const recipients = await recipientsOf(tx, [...byDelivery.values()]);
  const alerts = [...byDelivery.values()].flatMap((due) =>
    (recipients.get(due.deliveryId) ?? []).map((userId) => ({
      organisationId: due.organisationId,
      userId,
      kind: "training_refresher_due",
      entityType: "training_delivery",
      entityId: due.deliveryId,
      details: { siteId: due.siteId, userId: due.trainerId, courseTitle: due.courseTitle, partnerName: due.partnerName, count: due.count, date: due.firstDueOn },
    })),
  );
  if (alerts.length > 0) await tx.insert(notifications).values(alerts);
  await tx
    .update(trainingAttendees)
    .set({ refresherRemindedOn: today })
    .where(inArray(trainingAttendees.id, rows.map((row) => row.attendeeId)));
  return byDelivery.size;
}

/** Sends every refresher reminder due today; answers how many trainings were reminded about (for tests). */
export async function sendRefresherReminders(tx: Db, now: Date): Promise<number> {
  const today = londonDay(now);
  let sent = 0;
  for (let batch = await remindBatch(tx, today); batch > 0; batch = await remindBatch(tx, today)) sent += batch;
  return sent;
}

export const trainingRefresherHandlers = {
  "outreach.training-refresher-reminders": async (tx: Db, _payload: unknown, { now }: JobContext) => {
    await sendRefresherReminders(tx, now);
  },
} satisfies JobHandlers;

export const trainingRefresherSchedules = [{ name: "outreach.training-refresher-reminders", everySeconds: 24 * 60 * 60 }] as const;
