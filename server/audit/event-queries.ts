/**
 * The audit viewer's query: an organisation's events, filtered by person, client, site, action,
 * London days and emergency access, newest first, with who did it, where and which client (by
 * reference). Each filter has an index that reads in this order (schema.ts), so a page stops after
 * its rows; the total stops counting at a cap, so a filter matching a huge log stays quick.
 */
import { and, desc, eq, gte, like, lte, or, sql, type SQL } from "drizzle-orm";
import type { AuditEvent, AuditFilter } from "../../core/api/audit.js";
import { isBreakGlassAction } from "../../core/audit/describe-event.js";
import { endOfLondonDay, startOfLondonDay } from "../../core/london-time.js";
import type { Db } from "../db/client.js";
import { auditEvents, clients, sites, users } from "../db/schema.js";

export function auditFilterWhere(organisationId: string, filter: AuditFilter): SQL {
  return and(
    eq(auditEvents.organisationId, organisationId),
    filter.actorUserId ? eq(auditEvents.actorUserId, filter.actorUserId) : undefined,
    filter.clientId ? eq(auditEvents.clientId, filter.clientId) : undefined,
    filter.siteId ? eq(auditEvents.siteId, filter.siteId) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.from ? gte(auditEvents.at, startOfLondonDay(filter.from)) : undefined,
    filter.to ? lte(auditEvents.at, endOfLondonDay(filter.to)) : undefined,
    filter.breakGlassOnly ? or(eq(auditEvents.action, "case.break_glass"), like(auditEvents.action, "%\\_break\\_glass")) : undefined,
  ) as SQL;
}

/** Up to `limit` events after skipping `offset`, newest first, ready to present. */
export async function auditEventsOf(db: Db, organisationId: string, filter: AuditFilter, page: { limit: number; offset: number }): Promise<AuditEvent[]> {
  const rows = await db
    .select({ event: auditEvents, actorName: users.displayName, siteName: sites.name, clientReference: clients.reference })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(sites, eq(sites.id, auditEvents.siteId))
    .leftJoin(clients, eq(clients.id, auditEvents.clientId))
    .where(auditFilterWhere(organisationId, filter))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(page.limit)
    .offset(page.offset);
  return rows.map(({ event, actorName, siteName, clientReference }) => ({
    id: event.id,
    seq: event.seq,
    at: event.at.toISOString(),
    actorUserId: event.actorUserId,
    actorName,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    siteId: event.siteId,
    siteName,
    clientId: event.clientId,
    clientReference,
    isBreakGlass: isBreakGlassAction(event.action),
    details: event.details,
  }));
}

/** How many events match, counting no further than `cap + 1`. */
export async function countAuditEvents(db: Db, organisationId: string, filter: AuditFilter, cap: number): Promise<number> {
  const matching = db.select({ one: sql`1` }).from(auditEvents).where(auditFilterWhere(organisationId, filter)).limit(cap + 1).as("matching");
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(matching);
  return row?.n ?? 0;
}
