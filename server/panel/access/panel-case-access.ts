/**
 * Whether the signed-in person may see one agenda case of a meeting through the panel, and until
 * when. A member of the meeting's site's panel goes through the core rule (core/panel/access.ts):
 * attending, in term, vetted, not conflicted, within the window. The site's safeguarding lead runs
 * the panel, so sees every case on the agenda of a meeting that is not cancelled, at any time (and
 * still only the redacted summary through the panel view).
 */
import { and, eq } from "drizzle-orm";
import { accessWindowOf, panelAccess, type PanelAccess, type PanelMeeting, type PanelMember, type RefusalReason } from "../../../core/panel/access.js";
import { endOfLondonDay, londonDay } from "../../../core/london-time.js";
import { holdsAt } from "../../authz/site-roles.js";
import type { Db } from "../../db/client.js";
import { panelMembers } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { loadMeeting, panelMemberOf, type EscalationRow, type LoadedMeeting, type MemberRow } from "./load-meeting.js";

/** Why access is refused: the core's reasons, or no such meeting, or no seat on that site's panel. */
export type PanelRefusal = RefusalReason | "no_meeting" | "not_a_member";

export type PanelCaseAccess =
  | { allowed: true; until: Date; loaded: LoadedMeeting; escalation: EscalationRow; member: MemberRow | null; isLead: boolean }
  | { allowed: false; reason: PanelRefusal; loaded: LoadedMeeting | null };

export const isSiteLead = (actor: Actor, siteId: string): boolean => holdsAt(actor, ["safeguarding_lead"], siteId);

/** The actor's seat on a site's panel, if they have one. */
export async function membershipAt(db: Db, actor: Actor, siteId: string): Promise<MemberRow | null> {
  const [row] = await db
    .select()
    .from(panelMembers)
    .where(and(eq(panelMembers.siteId, siteId), eq(panelMembers.userId, actor.userId), eq(panelMembers.organisationId, actor.organisationId)))
    .limit(1);
  return row ?? null;
}

// A case id no agenda holds, so the core rule can be asked about the meeting as a whole.
const probe = "meeting";

/** Whether a member may see a meeting's material at all at `now` (everything but the per-case checks). */
export function meetingAccess(member: PanelMember, meeting: PanelMeeting, now: Date): PanelAccess {
  return panelAccess(member, { ...meeting, agenda: { caseIds: [probe], conflicts: [] } }, probe, now);
}

/** The first reason a member could not see any meeting's cases now (inactive, out of term, vetting), or null. */
export function memberBlockedBy(member: PanelMember, now: Date): RefusalReason | null {
  const openNow: PanelMeeting = { id: probe, startsAt: now, endsAt: new Date(now.getTime() + 60_000), attendeeIds: [member.id], agenda: { caseIds: [], conflicts: [] }, isCancelled: false };
  const access = meetingAccess(member, openNow, now);
  return access.allowed ? null : access.reason;
}

export async function panelCaseAccess(db: Db, actor: Actor, meetingId: string, caseId: string, now: Date): Promise<PanelCaseAccess> {
  const loaded = await loadMeeting(db, actor.organisationId, meetingId);
  if (!loaded) return { allowed: false, reason: "no_meeting", loaded: null };
  const escalation = loaded.agenda.find((item) => item.caseId === caseId);
  if (isSiteLead(actor, loaded.row.siteId)) {
    if (loaded.row.isCancelled) return { allowed: false, reason: "meeting_cancelled", loaded };
    if (!escalation) return { allowed: false, reason: "not_on_agenda", loaded };
    // The lead keeps seeing the agenda after the members' window closes; "until" is then the end of today.
    const closesAt = accessWindowOf(loaded.meeting).closesAt;
    const until = closesAt.getTime() > now.getTime() ? closesAt : endOfLondonDay(londonDay(now));
    return { allowed: true, until, loaded, escalation, member: await membershipAt(db, actor, loaded.row.siteId), isLead: true };
  }
  const member = await membershipAt(db, actor, loaded.row.siteId);
  if (!member) return { allowed: false, reason: "not_a_member", loaded };
  const access = panelAccess(panelMemberOf(member), loaded.meeting, caseId, now);
  if (!access.allowed) return { allowed: false, reason: access.reason, loaded };
  return { allowed: true, until: access.until, loaded, escalation: escalation!, member, isLead: false };
}
