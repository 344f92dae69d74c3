/** External referrals found through their case, so the one visibility rule for cases (cases/scope.ts) applies, restricted cases included. */
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { externalReferrals } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import { viewOfCase, type CaseView } from "../../sessions/queries.js";
import type { ExternalReferralRow } from "./presenter.js";

export async function findReferralFor(db: Db, actor: Actor, referralId: string, now: Date, options: { forUpdate?: boolean } = {}): Promise<{ referral: ExternalReferralRow; view: CaseView }> {
  const query = db
    .select()
    .from(externalReferrals)
    .where(and(eq(externalReferrals.id, referralId), eq(externalReferrals.organisationId, actor.organisationId)))
    .limit(1);
  const [referral] = options.forUpdate ? await query.for("update") : await query;
  if (!referral) throw notFound("External referral");
  try {
    return { referral, view: await viewOfCase(db, actor, referral.caseId, now) };
  } catch {
    throw notFound("External referral");
  }
}

/** A case's referrals, newest sent first; a case has a handful. */
export const referralsOnCase = (db: Db, caseId: string) =>
  db.select().from(externalReferrals).where(eq(externalReferrals.caseId, caseId)).orderBy(desc(externalReferrals.sentOn), desc(externalReferrals.createdAt)).limit(200);
