/**
 * Outreach sessions within the sites whose outreach the actor reads (else "not found"), a site's
 * sessions a page at a time, and what each handed out, summed from the stock ledger.
 */
import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { HandedOut, OutreachSessionListQuery } from "../../../core/api/outreach-sessions.js";
import { endOfLondonDay, startOfLondonDay } from "../../../core/london-time.js";
import type { ResourceKind } from "../../../core/outreach/vocabulary.js";
import type { Db } from "../../db/client.js";
import { outreachSessions, outreachStockItems, outreachStockMovements, referralAttributions } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import { outreachSitesOf } from "../policy.js";

export type SessionRow = typeof outreachSessions.$inferSelect;

export async function findSessionFor(db: Db, actor: Actor, sessionId: string, options: { forUpdate?: boolean } = {}): Promise<SessionRow> {
  const sites = outreachSitesOf(actor);
  if (sites.length === 0) throw notFound("Session");
  const query = db
    .select()
    .from(outreachSessions)
    .where(and(eq(outreachSessions.id, sessionId), eq(outreachSessions.organisationId, actor.organisationId), inArray(outreachSessions.siteId, sites)));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row) throw notFound("Session");
  return row;
}

/** The site's sessions in the period (London days) and at the partner asked for, latest first. */
export async function listSessions(db: Db, organisationId: string, siteId: string, query: OutreachSessionListQuery): Promise<{ rows: SessionRow[]; total: number }> {
  const conditions: SQL[] = [eq(outreachSessions.organisationId, organisationId), eq(outreachSessions.siteId, siteId)];
  if (query.from) conditions.push(gte(outreachSessions.startsAt, startOfLondonDay(query.from)));
  if (query.to) conditions.push(lte(outreachSessions.startsAt, endOfLondonDay(query.to)));
  if (query.partnerId) conditions.push(eq(outreachSessions.partnerId, query.partnerId));
  const where = and(...conditions);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(outreachSessions)
      .where(where)
      .orderBy(desc(outreachSessions.startsAt), asc(outreachSessions.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(outreachSessions).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}

/** Quantities handed out at each session, by item (corrections included), leaving out items whose net is none. */
export async function handedOutBySession(db: Db, sessionIds: readonly string[]): Promise<Map<string, Map<string, number>>> {
  const bySession = new Map<string, Map<string, number>>();
  if (sessionIds.length === 0) return bySession;
  const rows = await db
    .select({ sessionId: outreachStockMovements.sessionId, itemId: outreachStockMovements.itemId, quantity: sql<number>`(-sum(${outreachStockMovements.change}))::int` })
    .from(outreachStockMovements)
    .where(and(inArray(outreachStockMovements.sessionId, [...sessionIds]), eq(outreachStockMovements.reason, "handed_out")))
    .groupBy(outreachStockMovements.sessionId, outreachStockMovements.itemId);
  for (const row of rows) {
    if (!row.sessionId || row.quantity === 0) continue;
    const items = bySession.get(row.sessionId) ?? new Map<string, number>();
    items.set(row.itemId, Number(row.quantity));
    bySession.set(row.sessionId, items);
  }
  return bySession;
}

/** What one session handed out, each item named and with its level now. */
export async function handedOutAt(db: Db, session: SessionRow): Promise<HandedOut[]> {
  const quantities = (await handedOutBySession(db, [session.id])).get(session.id) ?? new Map<string, number>();
  if (quantities.size === 0) return [];
  const items = await db
    .select()
    .from(outreachStockItems)
    .where(and(eq(outreachStockItems.organisationId, session.organisationId), inArray(outreachStockItems.id, [...quantities.keys()])))
    .orderBy(outreachStockItems.kind, outreachStockItems.code);
  return items.map((item) => ({ itemId: item.id, code: item.code, kind: item.kind as ResourceKind, language: item.language, label: item.label, quantity: quantities.get(item.id) ?? 0, levelNow: item.level }));
}

/** How many referrals were recorded as coming from the session: a count, never who. */
export async function referralsFrom(db: Db, session: SessionRow): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(referralAttributions)
    .where(and(eq(referralAttributions.organisationId, session.organisationId), eq(referralAttributions.outreachSessionId, session.id)));
  return row?.total ?? 0;
}
