/**
 * The outreach part of a subject access export: the person's referrals that followed up an
 * outreach contact (server/outreach/attribution), with the partner through which they were met and
 * the session they were met at. An outreach session holds no one's identity (its headcount is
 * counts, its notes are about the session), so a person appears in outreach only through a
 * referral attributed to it; that link is what is exported, the session as context.
 */
import { asc, eq, inArray } from "drizzle-orm";
import type { OutreachFollowUpRecord } from "../../../core/data-rights/export-record.js";
import { londonDay } from "../../../core/london-time.js";
import type { Db } from "../../db/client.js";
import { outreachPartners, outreachSessions, referralAttributions, referrals } from "../../db/schema.js";

/** The most follow-ups read for one person: far beyond a real record. */
const most = 5_000;

export async function outreachFollowUpsOf(tx: Db, clientId: string, nameOf: (id: string | null) => string | null): Promise<OutreachFollowUpRecord[]> {
  const rows = await tx
    .select({
      referralId: referrals.id,
      reference: referrals.reference,
      receivedAt: referrals.receivedAt,
      partnerId: referralAttributions.partnerId,
      sessionId: referralAttributions.outreachSessionId,
    })
    .from(referralAttributions)
    .innerJoin(referrals, eq(referrals.id, referralAttributions.referralId))
    .where(eq(referrals.clientId, clientId))
    .orderBy(asc(referrals.receivedAt), asc(referrals.id))
    .limit(most);
  if (rows.length === 0) return [];
  const sessionIds = [...new Set(rows.flatMap((row) => row.sessionId ?? []))];
  const sessions = sessionIds.length ? await tx.select().from(outreachSessions).where(inArray(outreachSessions.id, sessionIds)).limit(most) : [];
  // A session's partner counts when the attribution names only the session.
  const partnerIds = [...new Set([...rows.flatMap((row) => row.partnerId ?? []), ...sessions.flatMap((session) => session.partnerId ?? [])])];
  const partners = partnerIds.length ? await tx.select({ id: outreachPartners.id, name: outreachPartners.name }).from(outreachPartners).where(inArray(outreachPartners.id, partnerIds)).limit(most) : [];
  const partnerName = new Map(partners.map((partner) => [partner.id, partner.name]));

  return rows.map((row) => {
    const session = sessions.find((found) => found.id === row.sessionId) ?? null;
    const partnerId = row.partnerId ?? session?.partnerId ?? null;
    return {
      referralReference: row.reference,
      receivedOn: londonDay(row.receivedAt),
      partner: { itemKey: `referral_attribution:${row.referralId}:partner`, value: partnerId ? (partnerName.get(partnerId) ?? null) : null },
      session: session
        ? {
            heldOn: londonDay(session.startsAt),
            sessionType: session.sessionType,
            topics: session.topics,
            venue: session.venue === "" ? null : session.venue,
            staff: session.staffIds.map((id) => nameOf(id) ?? "").filter((name) => name !== ""),
            notes: { itemKey: `outreach_session:${session.id}:notes`, value: session.notes === "" ? null : session.notes },
          }
        : null,
    };
  });
}
