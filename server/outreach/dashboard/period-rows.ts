/**
 * The rows the outreach figures are counted from, for a site (or one partner of it) over a period:
 * sessions with their headcount, follow-up contacts and resources handed out; training deliveries
 * with their attendee counts; and referrals with their source, attribution and whether the person
 * engaged. Counts and codes only: nothing that names a person is read.
 */
import { and, asc, count, eq, gte, inArray, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import { referralStatuses } from "../../../core/referrals/referral-status.js";
import type { Db } from "../../db/client.js";
import { outreachSessions, outreachStockItems, outreachStockMovements, referralAttributions, referralSources, referrals, trainingAttendees, trainingDeliveries } from "../../db/schema.js";
import { isEngaged } from "./engagement.js";
import type { Period } from "./period.js";

export interface FiguresScope {
  organisationId: string;
  siteId: string;
  /** Only this partner's sessions, trainings and referrals. */
  partnerId?: string;
}

export async function periodSessions(db: Db, scope: FiguresScope, period: Period) {
  const sessions = await db
    .select({ id: outreachSessions.id, partnerId: outreachSessions.partnerId, startsAt: outreachSessions.startsAt, headcount: outreachSessions.headcountTotal, followUpContacts: outreachSessions.followUpContacts })
    .from(outreachSessions)
    .where(sessionsIn(scope, period))
    .orderBy(asc(outreachSessions.startsAt));
  const handedOut = await db
    .select({
      sessionId: outreachStockMovements.sessionId,
      item: { id: outreachStockItems.id, code: outreachStockItems.code, kind: outreachStockItems.kind, language: outreachStockItems.language, label: outreachStockItems.label },
      // Handed out is recorded as stock leaving (negative); a correction that returns some is positive.
      quantity: sql<number>`(-sum(${outreachStockMovements.change}))::int`,
    })
    .from(outreachStockMovements)
    .innerJoin(outreachStockItems, eq(outreachStockItems.id, outreachStockMovements.itemId))
    .where(
      and(
        eq(outreachStockMovements.organisationId, scope.organisationId),
        eq(outreachStockMovements.reason, "handed_out"),
        isNotNull(outreachStockMovements.sessionId),
        inArray(outreachStockMovements.sessionId, db.select({ id: outreachSessions.id }).from(outreachSessions).where(sessionsIn(scope, period))),
      ),
    )
    .groupBy(outreachStockMovements.sessionId, outreachStockItems.id);
  const bySession = new Map<string, number>();
  for (const row of handedOut) if (row.sessionId) bySession.set(row.sessionId, (bySession.get(row.sessionId) ?? 0) + Math.max(0, row.quantity));
  return {
    sessions: sessions.map((session) => ({ ...session, resourcesHandedOut: bySession.get(session.id) ?? 0 })),
    handedOut: handedOut.filter((row) => row.quantity > 0),
  };
}

function sessionsIn(scope: FiguresScope, period: Period): SQL | undefined {
  return and(
    eq(outreachSessions.organisationId, scope.organisationId),
    eq(outreachSessions.siteId, scope.siteId),
    gte(outreachSessions.startsAt, period.starts),
    lte(outreachSessions.startsAt, period.ends),
    scope.partnerId ? eq(outreachSessions.partnerId, scope.partnerId) : undefined,
  );
}

export async function periodTrainings(db: Db, scope: FiguresScope, period: Period) {
  return db
    .select({ id: trainingDeliveries.id, partnerId: trainingDeliveries.partnerId, deliveredOn: trainingDeliveries.deliveredOn, attendees: count(trainingAttendees.id) })
    .from(trainingDeliveries)
    .leftJoin(trainingAttendees, eq(trainingAttendees.deliveryId, trainingDeliveries.id))
    .where(
      and(
        eq(trainingDeliveries.organisationId, scope.organisationId),
        eq(trainingDeliveries.siteId, scope.siteId),
        gte(trainingDeliveries.deliveredOn, period.from),
        lte(trainingDeliveries.deliveredOn, period.to),
        scope.partnerId ? eq(trainingDeliveries.partnerId, scope.partnerId) : undefined,
      ),
    )
    .groupBy(trainingDeliveries.id)
    .orderBy(asc(trainingDeliveries.deliveredOn));
}

/**
 * The site's referrals received in the period. Restricted ones (radicalisation, Channel) only when
 * `includesRestricted`: they are for the site's safeguarding lead alone, and even a count tells.
 */
export async function periodReferrals(db: Db, scope: FiguresScope, period: Period, options: { includesRestricted: boolean }) {
  return db
    .select({
      id: referrals.id,
      receivedAt: referrals.receivedAt,
      status: referrals.status,
      source: { code: referralSources.code, label: referralSources.label },
      partnerId: referralAttributions.partnerId,
      outreachSessionId: referralAttributions.outreachSessionId,
      // Only asked where it is used: referrals that came from outreach.
      isEngaged: sql<boolean>`(${referralAttributions.referralId} is not null and ${isEngaged(db)})`,
    })
    .from(referrals)
    .innerJoin(referralSources, eq(referralSources.id, referrals.sourceId))
    .leftJoin(referralAttributions, eq(referralAttributions.referralId, referrals.id))
    .where(
      and(
        eq(referrals.organisationId, scope.organisationId),
        eq(referrals.siteId, scope.siteId),
        // Every status named, so the queue index (site, status, received) serves the range.
        inArray(referrals.status, [...referralStatuses]),
        gte(referrals.receivedAt, period.starts),
        lte(referrals.receivedAt, period.ends),
        options.includesRestricted ? undefined : eq(referrals.isRestricted, false),
        scope.partnerId ? eq(referralAttributions.partnerId, scope.partnerId) : undefined,
      ),
    )
    .orderBy(asc(referrals.receivedAt));
}
