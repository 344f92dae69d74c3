/**
 * The certificates of one attendee or of everyone at a training, for the site's outreach workers and
 * managers who hand them out. A certificate names a person, so each printing is audited with the
 * attendees it covered. The pages are drawn by the caller after the transaction.
 */
import { recordAudit } from "../../../audit/record-audit.js";
import { authorize } from "../../../authz/authorize.js";
import type { Db } from "../../../db/client.js";
import type { Actor } from "../../../http/context.js";
import { AppError } from "../../../http/errors.js";
import { canWorkOutreach } from "../../policy.js";
import { attendeesOf, findAttendeeFor, findDeliveryFor, type DeliveryRow } from "../queries.js";
import { certificateBlocks, type CertificateBlock } from "./certificate-model.js";

export interface PrintContext {
  requestId: string;
}

export interface PrintedCertificates {
  pages: CertificateBlock[][];
  title: string;
}

type AttendeeRow = Awaited<ReturnType<typeof attendeesOf>>[number];

const refusal = "Only the site's outreach workers and managers print its training certificates.";

function pagesOf(actor: Actor, row: DeliveryRow, attendees: readonly AttendeeRow[]): CertificateBlock[][] {
  return attendees.map((attendee) =>
    certificateBlocks({
      organisationName: actor.organisationName,
      attendeeName: attendee.name,
      courseTitle: row.courseTitle,
      deliveredOn: row.delivery.deliveredOn,
      trainerName: row.trainerName,
      partnerName: row.partnerName,
      certificateNumber: attendee.certificateNumber,
      refresherDueOn: attendee.refresherDueOn,
    }),
  );
}

async function audit(tx: Db, actor: Actor, row: DeliveryRow, attendees: readonly AttendeeRow[], context: PrintContext, entity: { type: string; id: string }) {
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "outreach.training_certificates_printed",
    entityType: entity.type,
    entityId: entity.id,
    siteId: row.delivery.siteId,
    requestId: context.requestId,
    details: { deliveryId: row.delivery.id, attendeeIds: attendees.map((attendee) => attendee.id) },
  });
}

export async function printCertificate(tx: Db, actor: Actor, attendeeId: string, context: PrintContext): Promise<PrintedCertificates> {
  const { attendee, delivery } = await findAttendeeFor(tx, actor, attendeeId);
  authorize(canWorkOutreach(actor, delivery.delivery.siteId), refusal);
  await audit(tx, actor, delivery, [attendee], context, { type: "training_attendee", id: attendee.id });
  return { pages: pagesOf(actor, delivery, [attendee]), title: `Certificate ${attendee.certificateNumber}` };
}

export async function printDeliveryCertificates(tx: Db, actor: Actor, deliveryId: string, context: PrintContext): Promise<PrintedCertificates> {
  const delivery = await findDeliveryFor(tx, actor, deliveryId);
  authorize(canWorkOutreach(actor, delivery.delivery.siteId), refusal);
  const attendees = await attendeesOf(tx, [deliveryId]);
  if (attendees.length === 0) throw new AppError("unprocessable", "Add the attendees before printing their certificates.");
  await audit(tx, actor, delivery, attendees, context, { type: "training_delivery", id: delivery.delivery.id });
  return { pages: pagesOf(actor, delivery, attendees), title: `Certificates: ${delivery.courseTitle}` };
}
