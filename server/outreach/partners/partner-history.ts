/**
 * What has happened with a partner, in counts only: outreach sessions held there (and the last ten
 * by date, type and headcount), training delivered there and the people trained, and the referrals
 * attributed to it by where each stands and how many went on to engage. No referral, client or
 * attendee is named or referenced: a page about a partner is no way into anyone's record.
 */
import { and, count, desc, eq, max, sql } from "drizzle-orm";
import type { PartnerHistory } from "../../../core/api/outreach-partners.js";
import type { OutreachSessionType } from "../../../core/outreach/vocabulary.js";
import type { Db } from "../../db/client.js";
import { outreachSessions, referralAttributions, referrals, trainingAttendees, trainingDeliveries } from "../../db/schema.js";
import { isEngaged } from "../dashboard/engagement.js";
import type { PartnerRow } from "./queries.js";

/** How many of the latest sessions the partner's page lists. */
export const recentSessionCount = 10;

type Partner = Pick<PartnerRow, "id" | "organisationId">;

/** `includesRestricted`: the viewer is the site's safeguarding lead, for whom restricted referrals are counted. */
export async function partnerHistory(db: Db, partner: Partner, options: { includesRestricted: boolean }): Promise<PartnerHistory> {
  const [sessions, recent, training, referralCounts] = await Promise.all([
    sessionTotals(db, partner),
    recentSessions(db, partner),
    trainingTotals(db, partner),
    referralOutcomes(db, partner, options.includesRestricted),
  ]);
  return { sessions: { ...sessions, recent }, training, referrals: referralCounts };
}

async function sessionTotals(db: Db, partner: Partner) {
  const [row] = await db
    .select({ count: count(), peopleReached: sql<number>`coalesce(sum(${outreachSessions.headcountTotal}), 0)`.mapWith(Number) })
    .from(outreachSessions)
    .where(and(eq(outreachSessions.organisationId, partner.organisationId), eq(outreachSessions.partnerId, partner.id)));
  return { count: row?.count ?? 0, peopleReached: row?.peopleReached ?? 0 };
}

async function recentSessions(db: Db, partner: Partner) {
  const rows = await db
    .select({ id: outreachSessions.id, startsAt: outreachSessions.startsAt, sessionType: outreachSessions.sessionType, headcount: outreachSessions.headcountTotal })
    .from(outreachSessions)
    .where(and(eq(outreachSessions.organisationId, partner.organisationId), eq(outreachSessions.partnerId, partner.id)))
    .orderBy(desc(outreachSessions.startsAt), desc(outreachSessions.id))
    .limit(recentSessionCount);
  return rows.map((row) => ({ ...row, startsAt: row.startsAt.toISOString(), sessionType: row.sessionType as OutreachSessionType }));
}

async function trainingTotals(db: Db, partner: Partner) {
  const [row] = await db
    .select({
      deliveries: sql<number>`count(distinct ${trainingDeliveries.id})`.mapWith(Number),
      peopleTrained: sql<number>`count(${trainingAttendees.id})`.mapWith(Number),
      lastDeliveredOn: max(trainingDeliveries.deliveredOn),
    })
    .from(trainingDeliveries)
    .leftJoin(trainingAttendees, eq(trainingAttendees.deliveryId, trainingDeliveries.id))
    .where(and(eq(trainingDeliveries.organisationId, partner.organisationId), eq(trainingDeliveries.partnerId, partner.id)));
  return { deliveries: row?.deliveries ?? 0, peopleTrained: row?.peopleTrained ?? 0, lastDeliveredOn: row?.lastDeliveredOn ?? null };
}

/**
 * Referrals attributed to the partner by status, and how many went on to engage (the one
 * definition, dashboard/engagement.ts). Restricted referrals are counted only for the site's
 * safeguarding lead, as on the dashboard: even a count tells.
 */
async function referralOutcomes(db: Db, partner: Partner, includesRestricted: boolean): Promise<PartnerHistory["referrals"]> {
  const counted = (status: string) => sql<number>`count(*) filter (where ${referrals.status} = ${status})`.mapWith(Number);
  const [row] = await db
    .select({
      total: count(),
      received: counted("received"),
      accepted: counted("accepted"),
      signposted: counted("signposted"),
      declined: counted("declined"),
      engaged: sql<number>`count(*) filter (where ${isEngaged(db)})`.mapWith(Number),
    })
    .from(referralAttributions)
    .innerJoin(referrals, and(eq(referrals.id, referralAttributions.referralId), eq(referrals.organisationId, referralAttributions.organisationId)))
    .where(and(eq(referralAttributions.organisationId, partner.organisationId), eq(referralAttributions.partnerId, partner.id), includesRestricted ? undefined : eq(referrals.isRestricted, false)));
  return { includesRestricted, total: row?.total ?? 0, received: row?.received ?? 0, accepted: row?.accepted ?? 0, signposted: row?.signposted ?? 0, declined: row?.declined ?? 0, engaged: row?.engaged ?? 0 };
}
