/**
 * A worker's own calendar feed: whether they have one, making it (or making it anew, which stops
 * the old address at once) and revoking it. Each change is audited in its transaction.
 */
import { eq } from "drizzle-orm";
import type { CalendarFeed, CalendarFeedIssued } from "../../core/api/calendar-email.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { calendarFeeds } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { feedUrl, hashFeedSecret, newFeedSecret } from "./feed-secret.js";
import { canHaveCalendarFeed } from "./policy.js";

interface Context {
  now: Date;
  publicUrl: string;
  requestId: string;
}

export async function readFeedStatus(tx: Db, actor: Actor): Promise<CalendarFeed> {
  const [feed] = await tx.select().from(calendarFeeds).where(eq(calendarFeeds.userId, actor.userId)).limit(1);
  return {
    canHaveFeed: canHaveCalendarFeed(actor),
    hasFeed: feed !== undefined,
    createdAt: feed?.createdAt.toISOString() ?? null,
    lastReadAt: feed?.lastReadAt?.toISOString() ?? null,
  };
}

/** Makes the feed, or replaces its secret; answers the new address, which is shown this once. */
export async function issueFeed(tx: Db, actor: Actor, context: Context): Promise<CalendarFeedIssued> {
  const secret = newFeedSecret();
  const values = { secretHash: hashFeedSecret(secret), createdAt: context.now, lastReadAt: null };
  const [previous] = await tx.select({ userId: calendarFeeds.userId }).from(calendarFeeds).where(eq(calendarFeeds.userId, actor.userId)).for("update");
  await tx
    .insert(calendarFeeds)
    .values({ userId: actor.userId, organisationId: actor.organisationId, ...values })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: values });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: previous ? "calendar_feed.regenerated" : "calendar_feed.created",
    entityType: "user",
    entityId: actor.userId,
    requestId: context.requestId,
    at: context.now,
  });
  return { ...(await readFeedStatus(tx, actor)), url: feedUrl(context.publicUrl, secret) };
}

/** Ends the feed: its address answers "not found" from now on. Revoking none is not an error. */
export async function revokeFeed(tx: Db, actor: Actor, context: Context): Promise<void> {
  const removed = await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, actor.userId)).returning({ userId: calendarFeeds.userId });
  if (removed.length > 0) {
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "calendar_feed.revoked",
      entityType: "user",
      entityId: actor.userId,
      requestId: context.requestId,
      at: context.now,
    });
  }
}
