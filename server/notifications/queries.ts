/**
 * A user's own alerts. Every query is scoped to the signed-in user: nobody reads or marks another
 * person's alerts, whatever ids they send.
 */
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { notificationKinds } from "../../core/api/notifications.js";
import type { Db } from "../db/client.js";
import { notifications, sites, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";

export type NotificationRow = typeof notifications.$inferSelect;

// Only kinds this version presents, so an alert written by a newer version is skipped, not a failure.
const mine = (actor: Actor) =>
  and(eq(notifications.organisationId, actor.organisationId), eq(notifications.userId, actor.userId), inArray(notifications.kind, [...notificationKinds]));

export async function unreadCount(db: Db, actor: Actor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notifications).where(and(mine(actor), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function listNotificationsFor(db: Db, actor: Actor, query: { unreadOnly: boolean; page: number; pageSize: number }) {
  const where = and(mine(actor), query.unreadOnly ? isNull(notifications.readAt) : undefined);
  const [rows, totals, unread] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(notifications).where(where),
    unreadCount(db, actor),
  ]);
  return { rows, total: totals[0]?.n ?? 0, unread, names: await namesFor(db, actor, rows) };
}

/** Display names of the staff and sites the alerts mention, within the actor's organisation. */
async function namesFor(db: Db, actor: Actor, rows: readonly NotificationRow[]) {
  const userIds = [...new Set(rows.map((row) => stringDetail(row, "userId")).filter((id) => id !== null))];
  const siteIds = [...new Set(rows.map((row) => stringDetail(row, "siteId")).filter((id) => id !== null))];
  const [people, places] = await Promise.all([
    userIds.length === 0
      ? []
      : db.select({ id: users.id, name: users.displayName }).from(users).where(and(eq(users.organisationId, actor.organisationId), inArray(users.id, userIds))),
    siteIds.length === 0
      ? []
      : db.select({ id: sites.id, name: sites.name }).from(sites).where(and(eq(sites.organisationId, actor.organisationId), inArray(sites.id, siteIds))),
  ]);
  return { users: new Map(people.map((p) => [p.id, p.name])), sites: new Map(places.map((p) => [p.id, p.name])) };
}

export function stringDetail(row: NotificationRow, key: string): string | null {
  const value = row.details[key];
  return typeof value === "string" ? value : null;
}

/** Marks the named alerts (or all) of the actor as read; ids that are not theirs change nothing. */
export async function markRead(db: Db, actor: Actor, ids: readonly string[] | undefined, now: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(mine(actor), isNull(notifications.readAt), ids ? inArray(notifications.id, [...ids]) : undefined));
}
