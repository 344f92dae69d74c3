/**
 * Changes a course with the version seen (409 when someone changed it since). Deliveries already
 * recorded keep the questions they asked; attendees keep the refresher date they were given.
 */
import { eq } from "drizzle-orm";
import type { UpdateCourseBody } from "../../../core/api/outreach-training.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { trainingCourses } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canManageCourses } from "../policy.js";
import { manageCoursesRefusal, type TrainingWriteContext } from "./create-course.js";
import { findCourseFor } from "./queries.js";
import { fieldsChangedFrom } from "../../db/fields-changed.js";

export async function updateCourse(tx: Db, actor: Actor, courseId: string, input: UpdateCourseBody, context: TrainingWriteContext): Promise<void> {
  authorize(canManageCourses(actor), manageCoursesRefusal);
  const course = await findCourseFor(tx, actor.organisationId, courseId, { forUpdate: true });
  if (course.version !== input.version) throw new AppError("conflict", "Someone else changed this course since you opened it. Reload and try again.");
  const { version: _seen, ...next } = input;
  const changed = fieldsChangedFrom(next, course);
  await tx.update(trainingCourses).set({ ...next, updatedAt: context.now, version: course.version + 1 }).where(eq(trainingCourses.id, course.id));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "outreach.training_course_updated",
    entityType: "training_course",
    entityId: course.id,
    requestId: context.requestId,
    details: { changed },
  });
}
