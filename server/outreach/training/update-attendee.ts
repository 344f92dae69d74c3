/** Corrects an attendee's details or ratings; their consent, certificate and refresher date stay. Audited by field name. */
import { eq } from "drizzle-orm";
import type { AttendeeBody } from "../../../core/api/outreach-training.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { trainingAttendees } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { canWorkOutreach } from "../policy.js";
import { checkRatings } from "./attendee-checks.js";
import type { TrainingWriteContext } from "./create-course.js";
import { findAttendeeFor } from "./queries.js";
import { recordTrainingRefusal } from "./record-delivery.js";
import { fieldsChangedFrom } from "../../db/fields-changed.js";

export async function updateAttendee(tx: Db, actor: Actor, attendeeId: string, input: AttendeeBody, context: TrainingWriteContext): Promise<void> {
  const { attendee, delivery } = await findAttendeeFor(tx, actor, attendeeId, { forUpdate: true });
  authorize(canWorkOutreach(actor, delivery.delivery.siteId), recordTrainingRefusal);
  checkRatings(input, delivery.delivery.confidenceQuestions.length);
  const next = { name: input.name, role: input.role, attendeeOrganisation: input.organisation, email: input.email, before: input.before, after: input.after };
  const changed = fieldsChangedFrom(next, attendee);
  await tx.update(trainingAttendees).set(next).where(eq(trainingAttendees.id, attendee.id));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "outreach.training_attendee_updated",
    entityType: "training_attendee",
    entityId: attendee.id,
    siteId: delivery.delivery.siteId,
    requestId: context.requestId,
    details: { deliveryId: attendee.deliveryId, changed },
  });
}
