/**
 * A partner's one-page summary for a period, to give to the partner: loaded for those who work the
 * partner's site's outreach (a partner at a site the user does not read outreach at is not found;
 * one they only read is refused), counted, and audited as printed. Referrals restricted to the
 * safeguarding lead are never counted here: the page leaves staff. The PDF is drawn by the caller.
 */
import { and, eq, inArray } from "drizzle-orm";
import { londonDay } from "../../../core/london-time.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { SummaryModel } from "../../care-plans/pdf/summary-model.js";
import type { Db } from "../../db/client.js";
import { organisations, outreachPartners, sites } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import { canWorkOutreach, outreachSitesOf } from "../policy.js";
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
  const readable = outreachSitesOf(actor);
  const [row] =
    readable.length === 0
      ? []
      : await tx
          .select({ partner: { id: outreachPartners.id, name: outreachPartners.name, siteId: outreachPartners.siteId }, siteName: sites.name, organisationName: organisations.name })
          .from(outreachPartners)
          .innerJoin(sites, eq(sites.id, outreachPartners.siteId))
          .innerJoin(organisations, eq(organisations.id, outreachPartners.organisationId))
          .where(and(eq(outreachPartners.id, partnerId), eq(outreachPartners.organisationId, actor.organisationId), inArray(outreachPartners.siteId, readable)))
          .limit(1);
  if (!row) throw notFound("Partner");
  authorize(canWorkOutreach(actor, row.partner.siteId), "Only the site's outreach workers and managers print a partner's summary.");
  const period = resolvePeriod(asked, context.now);
  const scope = { organisationId: actor.organisationId, siteId: row.partner.siteId, partnerId };
  const [{ sessions }, trainings, referrals] = await Promise.all([
    periodSessions(tx, scope, period),
    periodTrainings(tx, scope, period),
    periodReferrals(tx, scope, period, { includesRestricted: false }),
  ]);
  const withStatus = (status: string) => referrals.filter((referral) => referral.status === status).length;
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "outreach.partner_summary_printed",
    entityType: "outreach_partner",
    entityId: partnerId,
    siteId: row.partner.siteId,
    requestId: context.requestId,
    details: { from: period.from, to: period.to },
  });
  const model = partnerSummaryModel({
    organisationName: row.organisationName,
    siteName: row.siteName,
    partnerName: row.partner.name,
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
  return { model, organisationName: row.organisationName };
}
