/**
 * How a site's triage queue stands, counted in the database: referrals waiting for triage, those past
 * their target time, and the urgent ones. Counted through the same visibility rule as the queue, so a
 * caseworker's counts leave out restricted referrals they cannot see.
 */
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { referralQueueSummarySchema } from "../../core/api/referrals.js";
import type { Db } from "../db/client.js";
import { referrals } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { visibleReferrals } from "./queries.js";

export async function referralQueueSummary(db: Db, actor: Actor, siteId: string, now: Date): Promise<z.infer<typeof referralQueueSummarySchema>> {
  // Overdue as the queue shows it (presenter.ts): still waiting, and past its target moment.
  const [row] = await db
    .select({
      waiting: sql<number>`count(*)`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${referrals.triageDueAt} < ${now.toISOString()}::timestamptz)`.mapWith(Number),
      urgent: sql<number>`count(*) filter (where ${referrals.urgency} = 'urgent')`.mapWith(Number),
    })
    .from(referrals)
    .where(and(visibleReferrals(actor), eq(referrals.siteId, siteId), eq(referrals.status, "received")));
  return { waiting: row?.waiting ?? 0, overdue: row?.overdue ?? 0, urgent: row?.urgent ?? 0 };
}
