/** Adds a course to the organisation's catalogue, for those who keep it. */
import type { CourseBody } from "../../../core/api/outreach-training.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { trainingCourses } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { canManageCourses } from "../policy.js";

export interface TrainingWriteContext {
  now: Date;
  requestId: string;
}

export const manageCoursesRefusal = "Only administrators and those who work outreach keep the training courses.";

export async function createCourse(tx: Db, actor: Actor, input: CourseBody, context: TrainingWriteContext): Promise<string> {
  authorize(canManageCourses(actor), manageCoursesRefusal);
  const [course] = await tx
    .insert(trainingCourses)
    .values({ ...input, organisationId: actor.organisationId, createdBy: actor.userId, createdAt: context.now, updatedAt: context.now })
    .returning({ id: trainingCourses.id });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "outreach.training_course_added",
    entityType: "training_course",
    entityId: course!.id,
    requestId: context.requestId,
    details: { questionCount: input.confidenceQuestions.length, refresherMonths: input.refresherMonths },
  });
  return course!.id;
}
