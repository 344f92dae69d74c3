/**
 * A partner's one-page summary for a period, to give to the partner: loaded for those who work the
 * partner's site's outreach (a partner at a site the user does not read outreach at is not found;
 * one they only read is refused), counted, and audited as printed. Referrals restricted to the
 * safeguarding lead are never counted here: the page leaves staff. The PDF is drawn by the caller.
 */
import { eq } from "drizzle-orm";
import { londonDay } from "../../../core/london-time.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { SummaryModel } from "../../care-plans/pdf/summary-model.js";
import type { Db } from "../../db/client.js";
import { organisations, sites } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { findPartnerFor } from "../partners/queries.js";
import { canWorkOutreach } from "../policy.js";
import { partnerSummaryModel } from "./partner-summary-model.js";
import { resolvePeriod } from "./period.js";
import { periodReferrals, periodSessions, periodTrainings } from "./period-rows.js";

export async function preparePartnerSummary(
  tx: Db,
  actor: Actor,
  partnerId: string,
  asked: { from?: string | undefined; to?: string | undefined },
  context: { now: Date; requestId: string },
): Promise<{ model: SummaryModel; organisationName: string }> {
  const partner = await findPartnerFor(tx, actor, partnerId);
  authorize(canWorkOutreach(actor, partner.siteId), "Only the site's outreach workers and managers print a partner's summary.");
  const period = resolvePeriod(asked, context.now);
  const scope = { organisationId: actor.organisationId, siteId: partner.siteId, partnerId };
  const [[names], { sessions }, trainings, referrals] = await Promise.all([
    tx.select({ siteName: sites.name, organisationName: organisations.name }).from(sites).innerJoin(organisations, eq(organisations.id, sites.organisationId)).where(eq(sites.id, partner.siteId)).limit(1),
    periodSessions(tx, scope, period),
    periodTrainings(tx, scope, period),
    periodReferrals(tx, scope, period, { includesRestricted: false }),
  ]);
  // The partner's site is there: a partner row refers to it.
  const { siteName, organisationName } = names!;
  const withStatus = (status: string) => referrals.filter((referral) => referral.status === status).length;
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "outreach.partner_summary_printed",
    entityType: "outreach_partner",
    entityId: partnerId,
    siteId: partner.siteId,
    requestId: context.requestId,
    details: { from: period.from, to: period.to },
  });
  const model = partnerSummaryModel({
    organisationName,
    siteName,
    partnerName: partner.name,
    from: period.from,
    to: period.to,
    today: londonDay(context.now),
    sessions: sessions.length,
    peopleReached: sessions.reduce((total, session) => total + session.headcount, 0),
    trainings: trainings.length,
    peopleTrained: trainings.reduce((total, training) => total + training.attendees, 0),
    referrals: {
      total: referrals.length,
      accepted: withStatus("accepted"),
      signposted: withStatus("signposted"),
      declined: withStatus("declined"),
      waiting: withStatus("received"),
      engaged: referrals.filter((referral) => referral.isEngaged).length,
    },
  });
  return { model, organisationName };
}
