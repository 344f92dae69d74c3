/**
 * A site's outreach sessions of the last 60 days, newest first, for saying which one a referral
 * came from; optionally only a partner's, and with one older session the page asks for by id (the
 * one a "refer someone from this session" link named). Nothing here is about a person.
 */
import { and, desc, eq, gte, or, type SQL } from "drizzle-orm";
import { recentSessionDays, type RecentSession } from "../../../core/api/outreach-attribution.js";
import { addDays } from "../../../core/instruments/reassessment.js";
import { londonDay, startOfLondonDay } from "../../../core/london-time.js";
import type { OutreachSessionType } from "../../../core/outreach/vocabulary.js";
import type { Db } from "../../db/client.js";
import { outreachPartners, outreachSessions } from "../../db/schema.js";

export async function recentSessions(db: Db, scope: { organisationId: string; siteId: string }, query: { partnerId?: string | undefined; including?: string | undefined }, now: Date): Promise<RecentSession[]> {
  const since = startOfLondonDay(addDays(londonDay(now), -recentSessionDays));
  let which: SQL | undefined = gte(outreachSessions.startsAt, since);
  if (query.partnerId) which = and(which, eq(outreachSessions.partnerId, query.partnerId));
  if (query.including) which = or(which, eq(outreachSessions.id, query.including));
  const rows = await db
    .select({ session: outreachSessions, partnerName: outreachPartners.name })
    .from(outreachSessions)
    .leftJoin(outreachPartners, eq(outreachPartners.id, outreachSessions.partnerId))
    .where(and(eq(outreachSessions.organisationId, scope.organisationId), eq(outreachSessions.siteId, scope.siteId), which))
    .orderBy(desc(outreachSessions.startsAt), desc(outreachSessions.id))
    .limit(100);
  return rows.map(({ session, partnerName }) => ({
    id: session.id,
    startsAt: session.startsAt.toISOString(),
    sessionType: session.sessionType as OutreachSessionType,
    partnerId: session.partnerId,
    partnerName,
    venue: session.venue,
  }));
}
