/**
 * Reading a site's stock: its items with how many were handed out lately, one item within the
 * sites whose outreach the actor reads (anything else is "not found"), and an item's ledger newest
 * first with the level after each movement.
 */
import { and, asc, count, desc, eq, gte, inArray, sql } from "drizzle-orm";
import { handedOutWindowDays } from "../../../core/api/outreach-stock.js";
import type { Db } from "../../db/client.js";
import { queryRows } from "../../db/client.js";
import { outreachPartners, outreachSessions, outreachStockItems, outreachStockMovements, users } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import { outreachSitesOf } from "../policy.js";

export type StockItemRow = typeof outreachStockItems.$inferSelect;

/** Where "handed out lately" starts, looking back from `now`. */
const recentSince = (now: Date): Date => new Date(now.getTime() - handedOutWindowDays * 86_400_000);

/** The site's items (a few dozen), still-stocked first, each with the number handed out at sessions in the last 30 days. */
export async function stockOfSite(db: Db, organisationId: string, siteId: string, now: Date): Promise<{ item: StockItemRow; handedOutRecently: number }[]> {
  const since = recentSince(now);
  const handedOut = db
    .select({ itemId: outreachStockMovements.itemId, quantity: sql<number>`sum(-${outreachStockMovements.change})`.as("quantity") })
    .from(outreachStockMovements)
    .where(
      and(
        eq(outreachStockMovements.organisationId, organisationId),
        inArray(outreachStockMovements.itemId, db.select({ id: outreachStockItems.id }).from(outreachStockItems).where(eq(outreachStockItems.siteId, siteId))),
        eq(outreachStockMovements.reason, "handed_out"),
        gte(outreachStockMovements.createdAt, since),
      ),
    )
    .groupBy(outreachStockMovements.itemId)
    .as("handed_out");
  const rows = await db
    .select({ item: outreachStockItems, quantity: handedOut.quantity })
    .from(outreachStockItems)
    .leftJoin(handedOut, eq(handedOut.itemId, outreachStockItems.id))
    .where(and(eq(outreachStockItems.organisationId, organisationId), eq(outreachStockItems.siteId, siteId)))
    .orderBy(desc(outreachStockItems.isActive), asc(outreachStockItems.kind), asc(outreachStockItems.code))
    .limit(500);
  return rows.map((row) => ({ item: row.item, handedOutRecently: Number(row.quantity ?? 0) }));
}

/** How many of one item were handed out at sessions in the last 30 days before `now`. */
export async function handedOutSince(db: Db, itemId: string, now: Date): Promise<number> {
  const since = recentSince(now);
  const [row] = await db
    .select({ quantity: sql<number>`coalesce(sum(-${outreachStockMovements.change}), 0)`.mapWith(Number) })
    .from(outreachStockMovements)
    .where(and(eq(outreachStockMovements.itemId, itemId), eq(outreachStockMovements.reason, "handed_out"), gte(outreachStockMovements.createdAt, since)));
  return row?.quantity ?? 0;
}

/** An item at a site whose outreach the actor reads, or "not found". */
export async function findStockItemFor(db: Db, actor: Actor, itemId: string, options: { forUpdate?: boolean } = {}): Promise<StockItemRow> {
  const sites = outreachSitesOf(actor);
  if (sites.length === 0) throw notFound("Stock item");
  const query = db
    .select()
    .from(outreachStockItems)
    .where(and(eq(outreachStockItems.id, itemId), eq(outreachStockItems.organisationId, actor.organisationId), inArray(outreachStockItems.siteId, sites)))
    .limit(1);
  const [item] = options.forUpdate ? await query.for("update") : await query;
  if (!item) throw notFound("Stock item");
  return item;
}

/** Another item of the site already called this (any case), so the list never shows two alike. */
export async function labelTaken(db: Db, item: { organisationId: string; siteId: string; label: string }, exceptId: string | null): Promise<boolean> {
  const [found] = await db
    .select({ id: outreachStockItems.id })
    .from(outreachStockItems)
    .where(
      and(
        eq(outreachStockItems.organisationId, item.organisationId),
        eq(outreachStockItems.siteId, item.siteId),
        sql`lower(${outreachStockItems.label}) = lower(${item.label})`,
        exceptId ? sql`${outreachStockItems.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return found !== undefined;
}

export interface LedgerRow {
  id: string;
  at: Date;
  change: number;
  levelAfter: number;
  reason: string;
  note: string;
  byId: string | null;
  byName: string | null;
  sessionId: string | null;
  sessionStartsAt: Date | null;
  sessionType: string | null;
  place: string | null;
}

/** A ledger row as the database driver hands it back: timestamps as dates or text, sums as numbers or text. */
interface RawLedgerRow extends Record<string, unknown> {
  id: string;
  at: Date | string;
  change: number | string;
  level_after: number | string;
  reason: string;
  note: string;
  by_id: string | null;
  by_name: string | null;
  session_id: string | null;
  session_starts_at: Date | string | null;
  session_type: string | null;
  place: string | null;
}

/**
 * One page of an item's movements, newest first. The level after each is the level now less every
 * later change (a level starts at zero and moves only through the ledger, so this is exact); both
 * are read in one statement, so a movement made meanwhile cannot put them out of step.
 */
export async function ledgerPage(db: Db, item: StockItemRow, page: { page: number; pageSize: number }): Promise<{ rows: LedgerRow[]; total: number }> {
  const m = outreachStockMovements;
  const [rows, [totalRow]] = await Promise.all([
    queryRows<RawLedgerRow>(
      db,
      sql`select ledger.*, ${users.id} as by_id, ${users.displayName} as by_name,
            ${outreachSessions.startsAt} as session_starts_at, ${outreachSessions.sessionType} as session_type,
            coalesce(${outreachPartners.name}, ${outreachSessions.venue}) as place
          from (
            select ${m.id} as id, ${m.createdAt} as at, ${m.change} as change, ${m.reason} as reason, ${m.note} as note,
                   ${m.createdBy} as created_by, ${m.sessionId} as session_id,
                   (select ${outreachStockItems.level} from ${outreachStockItems} where ${outreachStockItems.id} = ${item.id}) - coalesce(sum(${m.change}) over (order by ${m.createdAt} desc, ${m.id} desc rows between unbounded preceding and 1 preceding), 0) as level_after
            from ${m}
            where ${m.itemId} = ${item.id} and ${m.organisationId} = ${item.organisationId}
            order by ${m.createdAt} desc, ${m.id} desc
            limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}
          ) ledger
          left join ${users} on ${users.id} = ledger.created_by and ${users.organisationId} = ${item.organisationId}
          left join ${outreachSessions} on ${outreachSessions.id} = ledger.session_id
          left join ${outreachPartners} on ${outreachPartners.id} = ${outreachSessions.partnerId}
          order by ledger.at desc, ledger.id desc`,
    ),
    db.select({ total: count() }).from(m).where(and(eq(m.itemId, item.id), eq(m.organisationId, item.organisationId))),
  ]);
  return {
    total: totalRow?.total ?? 0,
    rows: rows.map((row) => ({
      id: row.id,
      at: new Date(row.at),
      change: Number(row.change),
      levelAfter: Number(row.level_after),
      reason: row.reason,
      note: row.note,
      byId: row.by_id,
      byName: row.by_name,
      sessionId: row.session_id,
      sessionStartsAt: row.session_starts_at === null ? null : new Date(row.session_starts_at),
      sessionType: row.session_type,
      place: row.place,
    })),
  };
}
