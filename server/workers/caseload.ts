/**
 * The managers' caseload dashboard for a site: for each person who delivers support there, their
 * open cases by tier, sessions held this London calendar month, overdue care plan reviews on the
 * cases they key-work, sessions over 48 hours old with no notes, capacity and vetting. Counts only,
 * never a client. A worker's caseload is theirs wherever its cases are, so the counts span the
 * organisation. Every query is bounded by the site's staff list and reads through an index: the
 * assignments' user index, the session workers' calendar index, the care plans' case key and the
 * partial index of sessions not written up.
 */
import { and, count, eq, gte, inArray, isNull, lt, ne, sql } from "drizzle-orm";
import type { Caseload, CaseloadRow } from "../../core/api/workers.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { caseAssignments, carePlans, cases, supportSessions, supportSessionWorkers } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { findSiteFor } from "../sites/queries.js";
import { londonMonth, startOfLondonDay } from "../../core/london-time.js";
import { canSeeCaseload } from "./policy.js";
import { profileFields } from "./presenter.js";
import { deliveryStaffAt, profilesOf } from "./queries.js";
import { vettingStateOn } from "./vetting.js";
import { unwrittenSql, writeUpCutoff } from "../sessions/write-up.js";

type Tier = keyof CaseloadRow["openByTier"];
const tiers: readonly Tier[] = ["low_level", "intensive", "panel_referral", "statutory_referral", "none"];

const countsBy = (rows: readonly { userId: string; n: number }[]) => new Map(rows.map((row) => [row.userId, row.n]));

async function openByTier(db: Db, ids: string[]) {
  return db
    .select({ userId: caseAssignments.userId, tier: cases.tier, n: count(sql`distinct ${cases.id}`) })
    .from(caseAssignments)
    .innerJoin(cases, eq(cases.id, caseAssignments.caseId))
    .where(and(inArray(caseAssignments.userId, ids), isNull(caseAssignments.endedAt), ne(cases.state, "closed")))
    .groupBy(caseAssignments.userId, cases.tier);
}

async function sessionsHeld(db: Db, ids: string[], from: Date, to: Date) {
  return db
    .select({ userId: supportSessionWorkers.userId, n: count() })
    .from(supportSessionWorkers)
    .innerJoin(supportSessions, eq(supportSessions.id, supportSessionWorkers.sessionId))
    .where(and(inArray(supportSessionWorkers.userId, ids), gte(supportSessionWorkers.startsAt, from), lt(supportSessionWorkers.startsAt, to), sql`${supportSessions.attendance} is not null`))
    .groupBy(supportSessionWorkers.userId);
}

async function overdueReviews(db: Db, ids: string[], today: string) {
  return db
    .select({ userId: caseAssignments.userId, n: count(sql`distinct ${carePlans.id}`) })
    .from(caseAssignments)
    .innerJoin(cases, eq(cases.id, caseAssignments.caseId))
    .innerJoin(carePlans, eq(carePlans.caseId, cases.id))
    .where(and(inArray(caseAssignments.userId, ids), eq(caseAssignments.role, "key_worker"), isNull(caseAssignments.endedAt), ne(cases.state, "closed"), lt(carePlans.nextReviewOn, today)))
    .groupBy(caseAssignments.userId);
}

async function notWrittenUp(db: Db, organisationId: string, ids: string[], cutoff: Date) {
  return db
    .select({ userId: supportSessionWorkers.userId, n: count() })
    .from(supportSessions)
    .innerJoin(supportSessionWorkers, eq(supportSessionWorkers.sessionId, supportSessions.id))
    .where(
      and(
        eq(supportSessions.organisationId, organisationId),
        unwrittenSql,
        lt(supportSessions.startsAt, cutoff),
        inArray(supportSessionWorkers.userId, ids),
      ),
    )
    .groupBy(supportSessionWorkers.userId);
}

export async function readCaseload(db: Db, actor: Actor, siteId: string, now: Date): Promise<Caseload> {
  const site = await findSiteFor(db, actor, siteId);
  authorize(canSeeCaseload(actor, site.id));
  const today = londonDay(now);
  const month = londonMonth(today);
  const staff = await deliveryStaffAt(db, actor.organisationId, site.id);
  const ids = staff.map((person) => person.userId);
  if (ids.length === 0) return { siteId: site.id, today, monthStart: month.start, items: [] };
  const [profiles, byTier, held, overdue, unwritten] = await Promise.all([
    profilesOf(db, actor.organisationId, ids),
    openByTier(db, ids),
    sessionsHeld(db, ids, startOfLondonDay(month.start), startOfLondonDay(month.next)),
    overdueReviews(db, ids, today),
    notWrittenUp(db, actor.organisationId, ids, writeUpCutoff(now)),
  ]);
  const heldBy = countsBy(held);
  const overdueBy = countsBy(overdue);
  const unwrittenBy = countsBy(unwritten);
  const items = staff.map((person): CaseloadRow => {
    const fields = profileFields(profiles.get(person.userId));
    const tally = Object.fromEntries(tiers.map((tier) => [tier, 0])) as Record<Tier, number>;
    for (const row of byTier.filter((entry) => entry.userId === person.userId)) {
      const tier = tiers.find((known) => known === row.tier) ?? "none";
      tally[tier] += row.n;
    }
    return {
      userId: person.userId,
      displayName: person.displayName,
      roles: person.roles,
      openByTier: tally,
      openCases: tiers.reduce((sum, tier) => sum + tally[tier], 0),
      maxCaseload: fields.maxCaseload,
      sessionsThisMonth: heldBy.get(person.userId) ?? 0,
      overdueReviews: overdueBy.get(person.userId) ?? 0,
      sessionsNotWrittenUp: unwrittenBy.get(person.userId) ?? 0,
      vetting: { state: vettingStateOn(fields.vetting?.expiresOn ?? null, today), checkedOn: fields.vetting?.checkedOn ?? null, expiresOn: fields.vetting?.expiresOn ?? null },
    };
  });
  return { siteId: site.id, today, monthStart: month.start, items };
}
