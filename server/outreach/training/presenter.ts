/** The fields of courses, deliveries and attendees that leave the server. */
import type { AttendeeView, Course, DeliveryDetail, DeliverySummary } from "../../../core/api/outreach-training.js";
import { confidenceSummary } from "../../../core/outreach/training.js";
import type { OutreachTopic } from "../../../core/outreach/vocabulary.js";
import type { trainingAttendees, trainingCourses } from "../../db/schema.js";
import type { DeliveryRow } from "./queries.js";

type CourseRow = typeof trainingCourses.$inferSelect;
type AttendeeRow = typeof trainingAttendees.$inferSelect;
type Ratings = Pick<AttendeeRow, "before" | "after">;

export function presentCourse(course: CourseRow): Course {
  return {
    id: course.id,
    title: course.title,
    audience: course.audience,
    description: course.description,
    topics: course.topics as OutreachTopic[],
    confidenceQuestions: course.confidenceQuestions,
    refresherMonths: course.refresherMonths,
    isActive: course.isActive,
    version: course.version,
  };
}

/** Means over every question answered both before and after, weighted by how many answered each. */
function overallMeans(attendees: readonly Ratings[], questionCount: number): { meanBefore: number | null; meanAfter: number | null } {
  const perQuestion = confidenceSummary(attendees, questionCount);
  const answered = perQuestion.reduce((sum, question) => sum + question.answered, 0);
  if (answered === 0) return { meanBefore: null, meanAfter: null };
  const weighted = (pick: (question: (typeof perQuestion)[number]) => number | null) => perQuestion.reduce((sum, question) => sum + (pick(question) ?? 0) * question.answered, 0) / answered;
  return { meanBefore: weighted((question) => question.meanBefore), meanAfter: weighted((question) => question.meanAfter) };
}

export function presentDeliverySummary(row: DeliveryRow, attendees: readonly Ratings[]): DeliverySummary {
  const { delivery } = row;
  return {
    id: delivery.id,
    siteId: delivery.siteId,
    course: { id: delivery.courseId, title: row.courseTitle },
    partner: delivery.partnerId && row.partnerName !== null ? { id: delivery.partnerId, name: row.partnerName } : null,
    trainer: { id: delivery.trainerId, name: row.trainerName },
    deliveredOn: delivery.deliveredOn,
    location: delivery.location,
    attendeeCount: attendees.length,
    ...overallMeans(attendees, delivery.confidenceQuestions.length),
  };
}

export function presentAttendee(attendee: AttendeeRow): AttendeeView {
  return {
    id: attendee.id,
    deliveryId: attendee.deliveryId,
    name: attendee.name,
    role: attendee.role,
    organisation: attendee.attendeeOrganisation,
    email: attendee.email,
    consentRecordedAt: attendee.consentRecordedAt.toISOString(),
    before: attendee.before,
    after: attendee.after,
    certificateNumber: attendee.certificateNumber,
    refresherDueOn: attendee.refresherDueOn,
    refresherRemindedOn: attendee.refresherRemindedOn,
  };
}

export function presentDeliveryDetail(row: DeliveryRow, attendees: readonly AttendeeRow[], canEdit: boolean): DeliveryDetail {
  const questions = row.delivery.confidenceQuestions;
  return {
    ...presentDeliverySummary(row, attendees),
    notes: row.delivery.notes,
    confidenceQuestions: questions,
    refresherMonths: row.refresherMonths,
    attendees: attendees.map(presentAttendee),
    confidence: confidenceSummary(attendees, questions.length).map((summary, index) => ({ question: questions[index] ?? "", ...summary })),
    version: row.delivery.version,
    abilities: { edit: canEdit },
  };
}
