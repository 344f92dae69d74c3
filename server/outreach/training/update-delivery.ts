/**
 * Corrects a recorded training with the version seen (409 when stale). Its course stays, since its
 * questions were answered. A new date moves each attendee's refresher date with it, and a reminder
 * already sent for the old date is forgotten so the new one is reminded about in its turn.
 */
import { eq } from "drizzle-orm";
import type { UpdateDeliveryBody } from "../../../core/api/outreach-training.js";
import { refresherDueOn } from "../../../core/outreach/training.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { trainingAttendees, trainingDeliveries } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canWorkOutreach } from "../policy.js";
import type { TrainingWriteContext } from "./create-course.js";
import { checkDelivery } from "./delivery-checks.js";
import { findDeliveryFor } from "./queries.js";
import { recordTrainingRefusal } from "./record-delivery.js";
import { fieldsChangedFrom } from "../../db/fields-changed.js";

export async function updateDelivery(tx: Db, actor: Actor, deliveryId: string, input: UpdateDeliveryBody, context: TrainingWriteContext): Promise<void> {
  const { delivery, refresherMonths } = await findDeliveryFor(tx, actor, deliveryId, { forUpdate: true });
  authorize(canWorkOutreach(actor, delivery.siteId), recordTrainingRefusal);
  if (delivery.version !== input.version) throw new AppError("conflict", "Someone else changed this training since you opened it. Reload and try again.");
  await checkDelivery(tx, { organisationId: delivery.organisationId, siteId: delivery.siteId, partnerId: input.partnerId, trainerId: input.trainerId, deliveredOn: input.deliveredOn }, context.now, delivery);
  const { version: _seen, ...next } = input;
  const changed = fieldsChangedFrom(next, delivery);
  await tx.update(trainingDeliveries).set({ ...next, updatedAt: context.now, version: delivery.version + 1 }).where(eq(trainingDeliveries.id, delivery.id));
  if (next.deliveredOn !== delivery.deliveredOn) {
    await tx
      .update(trainingAttendees)
      .set({ refresherDueOn: refresherMonths === null ? null : refresherDueOn(next.deliveredOn, refresherMonths), refresherRemindedOn: null })
      .where(eq(trainingAttendees.deliveryId, delivery.id));
  }
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "outreach.training_updated",
    entityType: "training_delivery",
    entityId: delivery.id,
    siteId: delivery.siteId,
    requestId: context.requestId,
    details: { changed },
  });
}
