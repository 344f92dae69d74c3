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

/** The trainer, if still active, and the site's active outreach workers; each once. */
async function recipientsOf(tx: Db, due: DueDelivery): Promise<string[]> {
  const [workers, trainer] = await Promise.all([
    tx
      .selectDistinct({ userId: roleGrants.userId })
      .from(roleGrants)
      .innerJoin(users, eq(users.id, roleGrants.userId))
      .where(and(eq(roleGrants.siteId, due.siteId), eq(roleGrants.role, "outreach_worker"), eq(users.isActive, true))),
    tx.select({ userId: users.id }).from(users).where(and(eq(users.id, due.trainerId), eq(users.isActive, true))),
  ]);
  return [...new Set([...trainer, ...workers].map((row) => row.userId))];
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
  for (const due of byDelivery.values()) {
    const recipients = await recipientsOf(tx, due);
    if (recipients.length === 0) continue;
    await tx.insert(notifications).values(
      recipients.map((userId) => ({
        organisationId: due.organisationId,
        userId,
        kind: "training_refresher_due",
        entityType: "training_delivery",
        entityId: due.deliveryId,
        details: { siteId: due.siteId, userId: due.trainerId, courseTitle: due.courseTitle, partnerName: due.partnerName, count: due.count, date: due.firstDueOn },
      })),
    );
  }
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
