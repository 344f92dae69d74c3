/**
 * Refreshers falling due: attendees whose refresher day is within the notice period
 * (core/outreach/training.ts isRefresherDue, as a condition on the indexed date) or past, who have
 * not since been on the same course again (matched by email, or by name and organisation).
 */
import { and, asc, eq, lte, sql, type SQL } from "drizzle-orm";
import { refresherNoticeDays, type RefresherList } from "../../../core/api/outreach-training.js";
import { addDays } from "../../../core/instruments/reassessment.js";
import type { Db } from "../../db/client.js";
import { outreachPartners, trainingAttendees, trainingCourses, trainingDeliveries } from "../../db/schema.js";

/** The longest list the training page shows; the oldest due first. */
const maxRefreshers = 200;

/** The attendee has attended a later delivery of the same course: they are refreshed. */
export const notRefreshedSince: SQL = sql`not exists (
  select 1 from ${trainingAttendees} later
  join ${trainingDeliveries} later_delivery on later_delivery.id = later.delivery_id
  where later_delivery.organisation_id = ${trainingDeliveries.organisationId}
    and later_delivery.course_id = ${trainingDeliveries.courseId}
    and later_delivery.delivered_on > ${trainingDeliveries.deliveredOn}
    and (lower(later.email) = lower(${trainingAttendees.email})
      or (lower(later.name) = lower(${trainingAttendees.name}) and lower(later.attendee_organisation) = lower(${trainingAttendees.attendeeOrganisation}))))`;

/** Due within the notice period of `today`, or overdue. */
export const refresherDueBy = (today: string): SQL => lte(trainingAttendees.refresherDueOn, addDays(today, refresherNoticeDays));

export async function refreshersDueAt(db: Db, organisationId: string, siteId: string, today: string): Promise<RefresherList> {
  const rows = await db
    .select({
      attendeeId: trainingAttendees.id,
      deliveryId: trainingDeliveries.id,
      name: trainingAttendees.name,
      organisation: trainingAttendees.attendeeOrganisation,
      courseId: trainingCourses.id,
      courseTitle: trainingCourses.title,
      partnerId: outreachPartners.id,
      partnerName: outreachPartners.name,
      deliveredOn: trainingDeliveries.deliveredOn,
      refresherDueOn: trainingAttendees.refresherDueOn,
    })
    .from(trainingAttendees)
    .innerJoin(trainingDeliveries, eq(trainingDeliveries.id, trainingAttendees.deliveryId))
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingDeliveries.courseId))
    .leftJoin(outreachPartners, eq(outreachPartners.id, trainingDeliveries.partnerId))
    .where(and(eq(trainingDeliveries.organisationId, organisationId), eq(trainingDeliveries.siteId, siteId), refresherDueBy(today), notRefreshedSince))
    .orderBy(asc(trainingAttendees.refresherDueOn), asc(trainingAttendees.name), asc(trainingAttendees.id))
    .limit(maxRefreshers + 1);
  return {
    siteId,
    items: rows.slice(0, maxRefreshers).map((row) => ({
      attendeeId: row.attendeeId,
      deliveryId: row.deliveryId,
      name: row.name,
      organisation: row.organisation,
      course: { id: row.courseId, title: row.courseTitle },
      partner: row.partnerId && row.partnerName !== null ? { id: row.partnerId, name: row.partnerName } : null,
      deliveredOn: row.deliveredOn,
      refresherDueOn: row.refresherDueOn!,
      isOverdue: row.refresherDueOn! < today,
    })),
    isTruncated: rows.length > maxRefreshers,
  };
}
