/**
 * What the data must allow for a delivery, checked before it is written, each refusal naming its
 * field (422): given on a day already come, a partner of the same site, a trainer who works there.
 * A partner or trainer already on the delivery may stay when it is edited, even if the partner has
 * since closed or the trainer moved on, so an old record can still be corrected.
 */
import { and, eq } from "drizzle-orm";
import { londonDay } from "../../../core/london-time.js";
import type { Db } from "../../db/client.js";
import { outreachPartners } from "../../db/schema.js";
import { AppError, type FieldError } from "../../http/errors.js";
import { outreachStaffAt } from "../options.js";

export interface DeliveryPlace {
  organisationId: string;
  siteId: string;
  partnerId: string | null;
  trainerId: string;
  deliveredOn: string;
}

export async function checkDelivery(tx: Db, input: DeliveryPlace, now: Date, kept: { partnerId: string | null; trainerId: string } | null = null): Promise<void> {
  const problems: FieldError[] = [];
  if (input.deliveredOn > londonDay(now)) problems.push({ path: "body.deliveredOn", message: "A training can be recorded only once it has been given: this day is still to come." });
  if (input.partnerId !== null && input.partnerId !== kept?.partnerId) {
    const [partner] = await tx
      .select({ id: outreachPartners.id })
      .from(outreachPartners)
      .where(and(eq(outreachPartners.id, input.partnerId), eq(outreachPartners.organisationId, input.organisationId), eq(outreachPartners.siteId, input.siteId)))
      .limit(1);
    if (!partner) problems.push({ path: "body.partnerId", message: "Choose one of this site's partners." });
  }
  if (input.trainerId !== kept?.trainerId) {
    const staff = await outreachStaffAt(tx, input.organisationId, input.siteId);
    if (!staff.some((person) => person.id === input.trainerId)) problems.push({ path: "body.trainerId", message: "Choose a member of this site's staff." });
  }
  if (problems.length > 0) throw new AppError("unprocessable", "Some details of this training need changing.", { fields: problems });
}
