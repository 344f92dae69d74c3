/**
 * Adds a professional who attended a training, with their consent recorded (by whom and when), their
 * ratings before and after, a certificate number, and the day their refresher falls due when the
 * course has one.
 */
import type { AttendeeBody } from "../../../core/api/outreach-training.js";
import { refresherDueOn } from "../../../core/outreach/training.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { canWorkOutreach } from "../policy.js";
import { checkRatings } from "./attendee-checks.js";
import { insertWithCertificate } from "./certificate-number.js";
import type { TrainingWriteContext } from "./create-course.js";
import { findDeliveryFor } from "./queries.js";
import { recordTrainingRefusal } from "./record-delivery.js";

export async function addAttendee(tx: Db, actor: Actor, deliveryId: string, input: AttendeeBody, context: TrainingWriteContext): Promise<string> {
  // Locked, so a change of date cannot slip between reading it and working out the refresher.
  const { delivery, refresherMonths } = await findDeliveryFor(tx, actor, deliveryId, { forUpdate: true });
  authorize(canWorkOutreach(actor, delivery.siteId), recordTrainingRefusal);
  checkRatings(input, delivery.confidenceQuestions.length);
  const attendee = await insertWithCertificate(
    tx,
    {
      organisationId: delivery.organisationId,
      deliveryId: delivery.id,
      name: input.name,
      role: input.role,
      attendeeOrganisation: input.organisation,
      email: input.email,
      consentRecordedAt: context.now,
      consentRecordedBy: actor.userId,
      before: input.before,
      after: input.after,
      refresherDueOn: refresherMonths === null ? null : refresherDueOn(delivery.deliveredOn, refresherMonths),
      createdAt: context.now,
    },
    delivery.deliveredOn.slice(0, 4),
  );
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "outreach.training_attendee_added",
    entityType: "training_attendee",
    entityId: attendee.id,
    siteId: delivery.siteId,
    requestId: context.requestId,
    details: { deliveryId: delivery.id, certificateNumber: attendee.certificateNumber, hasConsented: true },
  });
  return attendee.id;
}
