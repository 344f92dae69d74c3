/**
 * Reading training records within the actor's reach: courses of their organisation, deliveries and
 * attendees at a site whose outreach they read. Anything else is "not found", whether it exists at
 * another site, in another organisation, or nowhere.
 */
import { and, asc, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { outreachPartners, trainingAttendees, trainingCourses, trainingDeliveries, users } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import { canReadOutreach } from "../policy.js";

/** A catalogue holds tens of courses; the bound keeps a mistake from becoming a huge page. */
const maxCourses = 500;
/** Deliveries in one period's list; a longer period is narrowed by the reader. */
export const maxDeliveries = 500;

export const coursesOf = (db: Db, organisationId: string) =>
  db
    .select()
    .from(trainingCourses)
    .where(eq(trainingCourses.organisationId, organisationId))
    .orderBy(desc(trainingCourses.isActive), sql`lower(${trainingCourses.title})`, asc(trainingCourses.id))
    .limit(maxCourses);

/** A course of the organisation, or null. */
export async function courseIn(db: Db, organisationId: string, courseId: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select()
    .from(trainingCourses)
    .where(and(eq(trainingCourses.id, courseId), eq(trainingCourses.organisationId, organisationId)))
    .limit(1);
  const [course] = options.forUpdate ? await query.for("update") : await query;
  return course ?? null;
}

/** A course of the organisation, or "not found". */
export async function findCourseFor(db: Db, organisationId: string, courseId: string, options: { forUpdate?: boolean } = {}) {
  const course = await courseIn(db, organisationId, courseId, options);
  if (!course) throw notFound("Course");
  return course;
}

const deliveryColumns = {
  delivery: trainingDeliveries,
  courseTitle: trainingCourses.title,
  refresherMonths: trainingCourses.refresherMonths,
  partnerName: outreachPartners.name,
  trainerName: users.displayName,
};

const deliveries = (db: Db) =>
  db
    .select(deliveryColumns)
    .from(trainingDeliveries)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingDeliveries.courseId))
    .innerJoin(users, eq(users.id, trainingDeliveries.trainerId))
    .leftJoin(outreachPartners, eq(outreachPartners.id, trainingDeliveries.partnerId));

export interface DeliveryRow {
  delivery: typeof trainingDeliveries.$inferSelect;
  courseTitle: string;
  refresherMonths: number | null;
  partnerName: string | null;
  trainerName: string;
}

/** A delivery at a site whose outreach the actor reads, or "not found"; locked when it is about to change. */
export async function findDeliveryFor(db: Db, actor: Actor, deliveryId: string, options: { forUpdate?: boolean } = {}): Promise<DeliveryRow> {
  const query = deliveries(db)
    .where(and(eq(trainingDeliveries.id, deliveryId), eq(trainingDeliveries.organisationId, actor.organisationId)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update", { of: trainingDeliveries }) : await query;
  if (!row || !canReadOutreach(actor, row.delivery.siteId)) throw notFound("Training");
  return row;
}

/** A site's deliveries in a period (either end open), the latest first, one more than the page to tell it was cut. */
export async function deliveriesAt(db: Db, organisationId: string, siteId: string, period: { from?: string | undefined; to?: string | undefined }) {
  const rows = await deliveries(db)
    .where(
      and(
        eq(trainingDeliveries.organisationId, organisationId),
        eq(trainingDeliveries.siteId, siteId),
        period.from ? gte(trainingDeliveries.deliveredOn, period.from) : undefined,
        period.to ? lte(trainingDeliveries.deliveredOn, period.to) : undefined,
      ),
    )
    .orderBy(desc(trainingDeliveries.deliveredOn), desc(trainingDeliveries.createdAt), asc(trainingDeliveries.id))
    .limit(maxDeliveries + 1);
  return { rows: rows.slice(0, maxDeliveries), isTruncated: rows.length > maxDeliveries };
}

/** The attendees of these deliveries, in the order they were added. */
export async function attendeesOf(db: Db, deliveryIds: readonly string[]) {
  if (deliveryIds.length === 0) return [];
  return db
    .select()
    .from(trainingAttendees)
    .where(inArray(trainingAttendees.deliveryId, [...deliveryIds]))
    .orderBy(asc(trainingAttendees.createdAt), asc(trainingAttendees.certificateNumber));
}

/** An attendee of a delivery the actor reads, with the delivery, or "not found". */
export async function findAttendeeFor(db: Db, actor: Actor, attendeeId: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ attendee: trainingAttendees, siteId: trainingDeliveries.siteId })
    .from(trainingAttendees)
    .innerJoin(trainingDeliveries, eq(trainingDeliveries.id, trainingAttendees.deliveryId))
    .where(and(eq(trainingAttendees.id, attendeeId), eq(trainingAttendees.organisationId, actor.organisationId)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update", { of: trainingAttendees }) : await query;
  if (!row || !canReadOutreach(actor, row.siteId)) throw notFound("Attendee");
  return { attendee: row.attendee, delivery: await findDeliveryFor(db, actor, row.attendee.deliveryId) };
}
