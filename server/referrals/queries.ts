/** Referral queries: the triage queue (oldest first) and one referral, scoped by the referral policy. */
import { and, asc, count, desc, eq, inArray, or, sql } from "drizzle-orm";
import { caseloadRoles, sitesWhere } from "../authz/site-roles.js";
import type { Db } from "../db/client.js";
import { referralSources, referrals } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";

/** Referrals the actor may see: unrestricted at their caseload sites, restricted where they lead safeguarding. */
export function visibleReferrals(actor: Actor) {
  const caseload = sitesWhere(actor, caseloadRoles);
  const safeguarding = sitesWhere(actor, ["safeguarding_lead"]);
  return and(
    eq(referrals.organisationId, actor.organisationId),
    or(
      caseload.length > 0 ? and(eq(referrals.isRestricted, false), inArray(referrals.siteId, caseload)) : sql`false`,
      safeguarding.length > 0 ? and(eq(referrals.isRestricted, true), inArray(referrals.siteId, safeguarding)) : sql`false`,
    ),
  );
}

export async function findReferralFor(db: Db, actor: Actor, referralId: string) {
  const [row] = await db
    .select({ referral: referrals, source: referralSources })
    .from(referrals)
    .innerJoin(referralSources, eq(referralSources.id, referrals.sourceId))
    .where(and(eq(referrals.id, referralId), visibleReferrals(actor)))
    .limit(1);
  if (!row) throw notFound("Referral");
  return row;
}

/** Whether the actor may open the referral (a restricted one is for the site's safeguarding lead). */
export async function isReferralVisible(db: Db, actor: Actor, referralId: string): Promise<boolean> {
  const rows = await db
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.id, referralId), visibleReferrals(actor)))
    .limit(1);
  return rows.length > 0;
}

export async function referralQueue(
  db: Db,
  actor: Actor,
  query: { siteId: string; status: string; page: number; pageSize: number },
) {
  const where = and(visibleReferrals(actor), eq(referrals.siteId, query.siteId), eq(referrals.status, query.status));
  // Undecided referrals oldest first (the UI highlights urgency and breaches); decided ones newest first.
  const order = query.status === "received" ? [asc(referrals.receivedAt)] : [desc(referrals.decidedAt)];
  const [rows, totals] = await Promise.all([
    db
      .select({ referral: referrals, source: referralSources })
      .from(referrals)
      .innerJoin(referralSources, eq(referralSources.id, referrals.sourceId))
      .where(where)
      .orderBy(...order, asc(referrals.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(referrals).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}
