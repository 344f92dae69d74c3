/**
 * Reading a calendar feed by its secret, with no session: calendar apps cannot sign in. The owner
 * is found live at every fetch — their account active, their roles and cases as they are now — so a
 * deactivated worker's feed is "not found" and a case they lost is gone from the next fetch. Every
 * read is audited as the owner's, with counts only.
 */
import { and, eq } from "drizzle-orm";
import { feedLanguage } from "../../core/calendar/feed-words.js";
import { serialiseCalendar } from "../../core/calendar/icalendar.js";
import { workerCalendar } from "../../core/calendar/worker-feed.js";
import { recordAudit } from "../audit/record-audit.js";
import { loadGrants } from "../auth/grants.js";
import type { Db } from "../db/client.js";
import { calendarFeeds, users } from "../db/schema.js";
import { notFound } from "../http/errors.js";
import { readFeedItems } from "./feed-items.js";
import { hashFeedSecret } from "./feed-secret.js";
import { canHaveCalendarFeed } from "./policy.js";

export async function readCalendarFeed(tx: Db, secret: string, context: { now: Date; publicUrl: string; requestId: string }): Promise<string> {
  const [found] = await tx
    .select({ feed: calendarFeeds, language: users.language })
    .from(calendarFeeds)
    .innerJoin(users, and(eq(users.id, calendarFeeds.userId), eq(users.isActive, true), eq(users.organisationId, calendarFeeds.organisationId)))
    .where(eq(calendarFeeds.secretHash, hashFeedSecret(secret)))
    .limit(1);
  if (!found) throw notFound("Calendar feed");
  const owner = { userId: found.feed.userId, organisationId: found.feed.organisationId, grants: await loadGrants(tx, found.feed.userId) };
  // Someone whose roles no longer give them calendar work has no feed, though its row waits to be revoked.
  if (!canHaveCalendarFeed(owner)) throw notFound("Calendar feed");
  const items = await readFeedItems(tx, owner, context.now);
  await tx.update(calendarFeeds).set({ lastReadAt: context.now }).where(eq(calendarFeeds.userId, owner.userId));
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
  await recordAudit(tx, {
    organisationId: owner.organisationId,
    actorUserId: owner.userId,
    action: "calendar_feed.read",
    entityType: "user",
    entityId: owner.userId,
    requestId: context.requestId,
    details: { counts },
    at: context.now,
  });
  return serialiseCalendar(workerCalendar(items, { language: feedLanguage(found.language), publicUrl: context.publicUrl }), context.now);
}
