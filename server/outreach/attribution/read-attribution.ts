/** A referral's attribution as it is shown: the partner's name, and the session's day, kind and host. */
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ReferralAttribution } from "../../../core/api/outreach-attribution.js";
import type { OutreachSessionType, PartnerType } from "../../../core/outreach/vocabulary.js";
import type { Db } from "../../db/client.js";
import { outreachPartners, outreachSessions, referralAttributions } from "../../db/schema.js";

const host = alias(outreachPartners, "session_host");

/** Null when the referral has none. The caller has already found the referral in the actor's scope. */
export async function readAttribution(db: Db, organisationId: string, referralId: string): Promise<ReferralAttribution | null> {
  const [row] = await db
    .select({
      partner: { id: outreachPartners.id, name: outreachPartners.name, type: outreachPartners.type },
      session: { id: outreachSessions.id, startsAt: outreachSessions.startsAt, sessionType: outreachSessions.sessionType, venue: outreachSessions.venue },
      hostName: host.name,
    })
    .from(referralAttributions)
    .leftJoin(outreachPartners, eq(outreachPartners.id, referralAttributions.partnerId))
    .leftJoin(outreachSessions, eq(outreachSessions.id, referralAttributions.outreachSessionId))
    .leftJoin(host, eq(host.id, outreachSessions.partnerId))
    .where(and(eq(referralAttributions.referralId, referralId), eq(referralAttributions.organisationId, organisationId)))
    .limit(1);
  if (!row) return null;
  return {
    partner: row.partner ? { ...row.partner, type: row.partner.type as PartnerType } : null,
    outreachSession: row.session
      ? { id: row.session.id, startsAt: row.session.startsAt.toISOString(), sessionType: row.session.sessionType as OutreachSessionType, partnerName: row.hostName, venue: row.session.venue }
      : null,
  };
}
