/**
 * A site's outreach dashboard over a period: the core's reach figures (core/outreach/reach.ts) for
 * the whole period and for each London month, partners by the referrals they brought (top ten
 * named, the rest together), referrals by pathway, resources by item, and the funnel from contact
 * to referral to engagement. Counts only; nothing names a person, so reading it is not audited.
 */
import { topPartnerCount, type OutreachDashboard } from "../../../core/api/outreach-dashboard.js";
import { londonDay } from "../../../core/london-time.js";
import { monthsOf } from "../../../core/outreach/dashboard-period.js";
import { reachSummary, type ReachReferral, type ReachSession, type ReachTraining } from "../../../core/outreach/reach.js";
import type { ResourceKind } from "../../../core/outreach/vocabulary.js";
import { holdsAt } from "../../authz/site-roles.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { canWorkOutreach } from "../policy.js";
import { partnersNamed } from "../schedules/site-choices.js";
import { resolvePeriod } from "./period.js";
import { periodReferrals, periodSessions, periodTrainings } from "./period-rows.js";

export async function readOutreachDashboard(db: Db, actor: Actor, siteId: string, asked: { from?: string | undefined; to?: string | undefined }, now: Date): Promise<OutreachDashboard> {
  const period = resolvePeriod(asked, now);
  const scope = { organisationId: actor.organisationId, siteId };
  const includesRestricted = holdsAt(actor, ["safeguarding_lead"], siteId);
  const [{ sessions, handedOut }, trainings, referralRows] = await Promise.all([
    periodSessions(db, scope, period),
    periodTrainings(db, scope, period),
    periodReferrals(db, scope, period, { includesRestricted }),
  ]);

  const session = (row: (typeof sessions)[number]): ReachSession => ({ partnerId: row.partnerId, headcount: row.headcount, resourcesHandedOut: row.resourcesHandedOut, followUpContacts: row.followUpContacts });
  const training = (row: (typeof trainings)[number]): ReachTraining => ({ partnerId: row.partnerId, attendees: row.attendees });
  const referral = (row: (typeof referralRows)[number]): ReachReferral => ({ partnerId: row.partnerId, source: row.source.code, outreachSessionId: row.outreachSessionId, isEngaged: row.isEngaged });
  const reach = reachSummary(sessions.map(session), trainings.map(training), referralRows.map(referral));
  const isFromOutreach = (row: (typeof referralRows)[number]) => row.partnerId !== null || row.outreachSessionId !== null;

  const monthly = monthsOf(period).map((month) => {
    const inMonth = <T>(rows: readonly T[], day: (row: T) => string) => rows.filter((row) => day(row).startsWith(month));
    const monthReferrals = inMonth(referralRows, (row) => londonDay(row.receivedAt));
    const figures = reachSummary(inMonth(sessions, (row) => londonDay(row.startsAt)).map(session), inMonth(trainings, (row) => row.deliveredOn).map(training), monthReferrals.map(referral));
    return {
      month,
      sessions: figures.sessionsDelivered,
      peopleReached: figures.peopleReached,
      peopleTrained: figures.peopleTrained,
      resourcesDistributed: figures.resourcesDistributed,
      referralsFromOutreach: monthReferrals.filter(isFromOutreach).length,
    };
  });

  return {
    siteId,
    from: period.from,
    to: period.to,
    includesRestricted,
    headline: {
      sessionsDelivered: reach.sessionsDelivered,
      peopleReached: reach.peopleReached,
      partnersActive: reach.partnersActive,
      trainingsDelivered: reach.trainingsDelivered,
      peopleTrained: reach.peopleTrained,
      resourcesDistributed: reach.resourcesDistributed,
      referrals: referralRows.length,
      referralsFromOutreach: referralRows.filter(isFromOutreach).length,
    },
    conversion: reach.conversion,
    monthly,
    referralsByPartner: await byPartner(db, actor.organisationId, reach.referralsByPartner),
    referralsBySource: bySource(referralRows, isFromOutreach),
    resourcesByItem: byItem(handedOut),
    abilities: { partnerSummary: canWorkOutreach(actor, siteId) },
  };
}

/** The partners with most referrals, named (most first, then by name), and the rest together. */
async function byPartner(db: Db, organisationId: string, counts: Record<string, number>): Promise<OutreachDashboard["referralsByPartner"]> {
  const ids = Object.keys(counts);
  const partners = await partnersNamed(db, organisationId, ids);
  const ranked = ids
    .map((partnerId) => ({ partnerId, name: partners.get(partnerId)?.name ?? "", count: counts[partnerId] ?? 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "en-GB") || a.partnerId.localeCompare(b.partnerId));
  const rest = ranked.slice(topPartnerCount);
  return { top: ranked.slice(0, topPartnerCount), others: { partners: rest.length, referrals: rest.reduce((total, row) => total + row.count, 0) } };
}

function bySource<T extends { source: { code: string; label: string } }>(rows: readonly T[], isFromOutreach: (row: T) => boolean): OutreachDashboard["referralsBySource"] {
  const sources = new Map<string, OutreachDashboard["referralsBySource"][number]>();
  for (const row of rows) {
    const entry = sources.get(row.source.code) ?? { code: row.source.code, label: row.source.label, count: 0, fromOutreach: 0 };
    entry.count += 1;
    if (isFromOutreach(row)) entry.fromOutreach += 1;
    sources.set(row.source.code, entry);
  }
  return [...sources.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

function byItem(rows: readonly { item: { id: string; code: string; kind: string; language: string | null; label: string | null }; quantity: number }[]): OutreachDashboard["resourcesByItem"] {
  const items = new Map<string, OutreachDashboard["resourcesByItem"][number]>();
  for (const { item, quantity } of rows) {
    const entry = items.get(item.id) ?? { itemId: item.id, code: item.code, kind: item.kind as ResourceKind, language: item.language, label: item.label, quantity: 0 };
    entry.quantity += quantity;
    items.set(item.id, entry);
  }
  return [...items.values()].sort((a, b) => b.quantity - a.quantity || a.code.localeCompare(b.code));
}
