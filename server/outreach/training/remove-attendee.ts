/** Removes an attendee (on their request, or entered by mistake): their details go; the audit keeps the certificate number that was issued. */
import { eq } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { trainingAttendees } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { canWorkOutreach } from "../policy.js";
import type { TrainingWriteContext } from "./create-course.js";
import { findAttendeeFor } from "./queries.js";
import { recordTrainingRefusal } from "./record-delivery.js";

export async function removeAttendee(tx: Db, actor: Actor, attendeeId: string, context: TrainingWriteContext): Promise<void> {
  const { attendee, delivery } = await findAttendeeFor(tx, actor, attendeeId, { forUpdate: true });
  authorize(canWorkOutreach(actor, delivery.delivery.siteId), recordTrainingRefusal);
  await tx.delete(trainingAttendees).where(eq(trainingAttendees.id, attendee.id));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "outreach.training_attendee_removed",
    entityType: "training_attendee",
    entityId: attendee.id,
    siteId: delivery.delivery.siteId,
    requestId: context.requestId,
    details: { deliveryId: attendee.deliveryId, certificateNumber: attendee.certificateNumber },
  });
}
