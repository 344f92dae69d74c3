/** Calls for training (core/api/outreach-training.ts): courses, deliveries, attendees, certificates and refreshers; every answer parsed with its schema. */
import {
  courseListSchema,
  courseSchema,
  deliveryDetailSchema,
  deliveryListSchema,
  refresherListSchema,
  type AttendeeBody,
  type CourseBody,
  type CreateDeliveryBody,
  type UpdateCourseBody,
  type UpdateDeliveryBody,
} from "../../../../core/api/outreach-training.js";
import { api, withQuery } from "../../api/client.js";

const id = encodeURIComponent;
const deliveryPath = (deliveryId: string) => `/api/outreach/training/deliveries/${id(deliveryId)}`;
const attendeePath = (attendeeId: string) => `/api/outreach/training/attendees/${id(attendeeId)}`;

export const trainingApi = {
  courses: () => api.get("/api/outreach/training/courses", courseListSchema),
  createCourse: (body: CourseBody) => api.post("/api/outreach/training/courses", body, courseSchema),
  updateCourse: (courseId: string, body: UpdateCourseBody) => api.put(`/api/outreach/training/courses/${id(courseId)}`, body, courseSchema),
  deliveries: (query: { siteId: string; from?: string; to?: string }) => api.get(withQuery("/api/outreach/training/deliveries", query), deliveryListSchema),
  delivery: (deliveryId: string) => api.get(deliveryPath(deliveryId), deliveryDetailSchema),
  recordDelivery: (body: CreateDeliveryBody) => api.post("/api/outreach/training/deliveries", body, deliveryDetailSchema),
  updateDelivery: (deliveryId: string, body: UpdateDeliveryBody) => api.put(deliveryPath(deliveryId), body, deliveryDetailSchema),
  addAttendee: (deliveryId: string, body: AttendeeBody) => api.post(`${deliveryPath(deliveryId)}/attendees`, body, deliveryDetailSchema),
  updateAttendee: (attendeeId: string, body: AttendeeBody) => api.put(attendeePath(attendeeId), body, deliveryDetailSchema),
  removeAttendee: (attendeeId: string) => api.deleteNoContent(attendeePath(attendeeId)),
  refreshers: (siteId: string) => api.get(withQuery("/api/outreach/training/refreshers", { siteId }), refresherListSchema),
  certificateUrl: (attendeeId: string) => `${attendeePath(attendeeId)}/certificate.pdf`,
  certificatesUrl: (deliveryId: string) => `${deliveryPath(deliveryId)}/certificates.pdf`,
};
