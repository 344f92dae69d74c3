/**
 * Records a training given at a site: which course, to which partner's people, on which day, by
 * whom. The course's confidence statements are copied onto it, so changing the course later never
 * changes what these attendees were asked.
 */
import type { CreateDeliveryBody } from "../../../core/api/outreach-training.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { trainingDeliveries } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canWorkOutreach } from "../policy.js";
import { outreachSiteOf } from "../options.js";
import type { TrainingWriteContext } from "./create-course.js";
import { checkDelivery } from "./delivery-checks.js";
import { courseIn } from "./queries.js";

export const recordTrainingRefusal = "Only the site's outreach workers and managers record its training.";

export async function recordDelivery(tx: Db, actor: Actor, input: CreateDeliveryBody, context: TrainingWriteContext): Promise<string> {
  const siteId = outreachSiteOf(actor, input.siteId);
  authorize(canWorkOutreach(actor, siteId), recordTrainingRefusal);
  const course = await courseIn(tx, actor.organisationId, input.courseId);
  if (!course?.isActive) throw new AppError("unprocessable", "Choose a course that is in use.", { fields: [{ path: "body.courseId", message: "Choose a course from the catalogue that is in use." }] });
  await checkDelivery(tx, { organisationId: actor.organisationId, siteId, partnerId: input.partnerId, trainerId: input.trainerId, deliveredOn: input.deliveredOn }, context.now);
  const [delivery] = await tx
    .insert(trainingDeliveries)
    .values({
      organisationId: actor.organisationId,
      siteId,
      courseId: course.id,
      partnerId: input.partnerId,
      deliveredOn: input.deliveredOn,
      trainerId: input.trainerId,
      location: input.location,
      notes: input.notes,
      confidenceQuestions: course.confidenceQuestions,
      createdBy: actor.userId,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning({ id: trainingDeliveries.id });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "outreach.training_recorded",
    entityType: "training_delivery",
    entityId: delivery!.id,
    siteId,
    requestId: context.requestId,
    details: { courseId: course.id, partnerId: input.partnerId, trainerId: input.trainerId },
  });
  return delivery!.id;
}
