/**
 * Checks where a referral is said to have come from: the partner and the outreach session must be
 * the referral's site's own (another site's or organisation's are refused, 422, naming the field,
 * and nothing is saved). A session held at a partner's brings that partner with it; naming a
 * different partner beside it is refused, since the two would disagree.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { outreachPartners, outreachSessions } from "../../db/schema.js";
import { AppError, type FieldError } from "../../http/errors.js";

export interface AttributionAsked {
  partnerId?: string | null | undefined;
  outreachSessionId?: string | null | undefined;
}

export interface CheckedAttribution {
  partnerId: string | null;
  outreachSessionId: string | null;
}

/**
 * The attribution to store for a referral at `siteId`, or null when none was asked for. `path` is
 * where it sits in the request (`body.attribution`, `body`), for naming a refused field.
 */
export async function checkAttribution(tx: Db, scope: { organisationId: string; siteId: string }, asked: AttributionAsked | undefined, path: string): Promise<CheckedAttribution | null> {
  const partnerId = asked?.partnerId ?? null;
  const sessionId = asked?.outreachSessionId ?? null;
  if (partnerId === null && sessionId === null) return null;
  const fields: FieldError[] = [];
  let partnerOfSession: string | null = null;
  if (sessionId !== null) {
    const [session] = await tx
      .select({ partnerId: outreachSessions.partnerId })
      .from(outreachSessions)
      .where(and(eq(outreachSessions.id, sessionId), eq(outreachSessions.organisationId, scope.organisationId), eq(outreachSessions.siteId, scope.siteId)))
      .limit(1);
    if (!session) fields.push({ path: `${path}.outreachSessionId`, message: "This is not one of this site's outreach sessions." });
    else partnerOfSession = session.partnerId;
  }
  if (partnerId !== null) {
    const [partner] = await tx
      .select({ id: outreachPartners.id })
      .from(outreachPartners)
      .where(and(eq(outreachPartners.id, partnerId), eq(outreachPartners.organisationId, scope.organisationId), eq(outreachPartners.siteId, scope.siteId)))
      .limit(1);
    if (!partner) fields.push({ path: `${path}.partnerId`, message: "This is not one of this site's partners." });
    else if (partnerOfSession !== null && partnerOfSession !== partnerId) {
      fields.push({ path: `${path}.outreachSessionId`, message: "This session was held with another partner." });
    }
  }
  if (fields.length > 0) throw new AppError("unprocessable", "Where this referral came from cannot be recorded.", { fields });
  return { partnerId: partnerId ?? partnerOfSession, outreachSessionId: sessionId };
}
