/**
 * Reach and pathway measures for a site over a period: sessions delivered and people reached,
 * partners active, training delivered and people trained, resources handed out, referrals by
 * partner and by pathway, and how outreach turns into referrals and then engagement. Counts only:
 * no person is named here. Pure: the caller gives the period's rows.
 */

export interface ReachSession {
  partnerId: string | null;
  headcount: number;
  resourcesHandedOut: number;
  /** People who asked to be contacted again, counted at the session. */
  followUpContacts: number;
}

export interface ReachTraining {
  partnerId: string | null;
  attendees: number;
}

export interface ReachReferral {
  partnerId: string | null;
  /** The referral source (pathway) code. */
  source: string;
  /** Set when the referral came from an outreach session. */
  outreachSessionId: string | null;
  /** The person went on to engage (a case opened and support began). */
  isEngaged: boolean;
}

export interface ReachSummary {
  sessionsDelivered: number;
  peopleReached: number;
  partnersActive: number;
  trainingsDelivered: number;
  peopleTrained: number;
  resourcesDistributed: number;
  referralsByPartner: Record<string, number>;
  referralsBySource: Record<string, number>;
  /** Outreach contact → referral → engagement, for referrals that came from outreach sessions. */
  conversion: { contacts: number; referrals: number; engaged: number; referralRate: number | null; engagementRate: number | null };
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
const tally = (keys: readonly string[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
};

export function reachSummary(sessions: readonly ReachSession[], trainings: readonly ReachTraining[], referrals: readonly ReachReferral[]): ReachSummary {
  const partners = new Set([...sessions, ...trainings, ...referrals].flatMap((row) => (row.partnerId ? [row.partnerId] : [])));
  const fromOutreach = referrals.filter((referral) => referral.outreachSessionId !== null);
  const contacts = sum(sessions.map((session) => session.followUpContacts));
  const engaged = fromOutreach.filter((referral) => referral.isEngaged).length;
  return {
    sessionsDelivered: sessions.length,
    peopleReached: sum(sessions.map((session) => session.headcount)),
    partnersActive: partners.size,
    trainingsDelivered: trainings.length,
    peopleTrained: sum(trainings.map((training) => training.attendees)),
    resourcesDistributed: sum(sessions.map((session) => session.resourcesHandedOut)),
    referralsByPartner: tally(referrals.flatMap((referral) => (referral.partnerId ? [referral.partnerId] : []))),
    referralsBySource: tally(referrals.map((referral) => referral.source)),
    conversion: {
      contacts,
      referrals: fromOutreach.length,
      engaged,
      referralRate: contacts === 0 ? null : fromOutreach.length / contacts,
      engagementRate: fromOutreach.length === 0 ? null : engaged / fromOutreach.length,
    },
  };
}
