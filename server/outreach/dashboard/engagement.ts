/**
 * The one definition of a referral that "went on to engage", for the outreach figures.
 *
 * A referral is engaged when the person it was about has a case at the referral's site, opened no
 * earlier than the referral was received, in which support began: the case took the state
 * machine's `begin_support` step (core/cases/case-state-machine.ts: assessment → active), which is
 * recorded on the case's timeline (`case_events.type = 'begin_support'`). A case opened and still
 * in assessment, or closed from assessment, is not engagement; a case that began support and has
 * since closed still is. The person is the referral's client (set when triage accepts it, or links
 * it to an existing client), so a referral signposted or declined, or still waiting, is never engaged.
 */
import { and, eq, exists, gte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { caseEvents, cases, referrals } from "../../db/schema.js";

/** A condition on `referrals` (joined in the enclosing query): the referral's person engaged. */
export function isEngaged(db: Db): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(cases)
      .innerJoin(caseEvents, and(eq(caseEvents.caseId, cases.id), eq(caseEvents.type, "begin_support")))
      .where(and(eq(cases.clientId, referrals.clientId), eq(cases.siteId, referrals.siteId), gte(cases.openedAt, referrals.receivedAt))),
  );
}
