/**
 * Who on the Community Safeguarding Panel may see a case's redacted summary, and until when.
 * Access is agenda-scoped and time-limited: a member sees a case only while it is on the agenda of
 * a meeting they attend, from a set time before the meeting until a set time after it, and only
 * while they are active, in their term of office, vetted (DBS) and not conflicted on that case.
 * Internal and external members follow the same rule here: staff who may see the full case reach
 * it through their own role, never through the panel. Pure: the caller supplies the member, the
 * meeting with its agenda, and `now`.
 *
 * Every time interval here is half-open, `[opens, closes)`: access is allowed at the opening
 * instant and refused at the closing one, so `until` is the first instant with no access.
 * Vetting and term-of-office dates are London calendar days (`YYYY-MM-DD`), both ends inclusive:
 * vetting expiring on 2026-11-24 allows access until midnight London time at the end of that day.
 */
import { londonDay, startOfLondonDay } from "../london-time.js";

export interface PanelMember {
  id: string;
  kind: "internal" | "external";
  /** The DBS check; null when none is recorded. `checkedOn` is shown to staff, not used here. */
  vetting: { checkedOn: string; expiresOn: string } | null;
  /** London days, inclusive; `to` is null while the term is open-ended. */
  term: { from: string; to: string | null };
  isActive: boolean;
}

/** How long before the start and after the end of a meeting its cases are visible. */
export interface AccessWindow {
  minutesBefore: number;
  minutesAfter: number;
}

/**
 * 72 hours before lets members read the papers over a weekend for a Monday meeting; 24 hours after
 * lets them check the decisions and actions recorded, then access lapses on its own.
 */
export const defaultAccessWindow: AccessWindow = { minutesBefore: 72 * 60, minutesAfter: 24 * 60 };

export interface PanelAgenda {
  caseIds: readonly string[];
  /** Conflicts of interest declared for this meeting: the member is not shown that case. */
  conflicts: readonly { memberId: string; caseId: string }[];
}

export interface PanelMeeting {
  id: string;
  startsAt: Date;
  endsAt: Date;
  attendeeIds: readonly string[];
  agenda: PanelAgenda;
  /** Missing settings take `defaultAccessWindow`'s. */
  accessWindow?: Partial<AccessWindow>;
  isCancelled: boolean;
}

/**
 * Why access is refused. When several apply, the first in this list is reported: who the member
 * is, then the meeting, then the case, then the time. The server answers "not found" whatever the
 * reason; only the audit records it, so the order just has to be stable and explain the most.
 */
export const refusalReasons = [
  "inactive",
  "outside_term",
  "vetting_missing",
  "vetting_expired",
  "meeting_cancelled",
  "not_attending",
  "not_on_agenda",
  "conflict",
  "before_window",
  "after_window",
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

export type PanelAccess = { allowed: true; until: Date } | { allowed: false; reason: RefusalReason };

const minute = 60_000;

/** The instants a meeting's cases become visible and stop being visible. */
export function accessWindowOf(meeting: PanelMeeting): { opensAt: Date; closesAt: Date } {
  // Negative settings would let the window open after the meeting starts; treat them as none.
  const before = Math.max(0, meeting.accessWindow?.minutesBefore ?? defaultAccessWindow.minutesBefore);
  const after = Math.max(0, meeting.accessWindow?.minutesAfter ?? defaultAccessWindow.minutesAfter);
  return { opensAt: new Date(meeting.startsAt.getTime() - before * minute), closesAt: new Date(meeting.endsAt.getTime() + after * minute) };
}

/** Whether `member` may see the redacted summary of `caseId` through `meeting` at `now`. */
export function panelAccess(member: PanelMember, meeting: PanelMeeting, caseId: string, now: Date): PanelAccess {
  const reason = firstRefusal(member, meeting, caseId, now);
  if (reason) return { allowed: false, reason };
  const ends = [accessWindowOf(meeting).closesAt.getTime()];
  // Checked above, so vetting is present here; it and the term end at midnight after their last day.
  if (member.vetting) ends.push(startOfLondonDay(nextDay(member.vetting.expiresOn)).getTime());
  if (member.term.to) ends.push(startOfLondonDay(nextDay(member.term.to)).getTime());
  return { allowed: true, until: new Date(Math.min(...ends)) };
}

function firstRefusal(member: PanelMember, meeting: PanelMeeting, caseId: string, now: Date): RefusalReason | null {
  const today = londonDay(now);
  if (!member.isActive) return "inactive";
  if (today < member.term.from || (member.term.to !== null && today > member.term.to)) return "outside_term";
  if (!member.vetting) return "vetting_missing";
  if (today > member.vetting.expiresOn) return "vetting_expired";
  if (meeting.isCancelled) return "meeting_cancelled";
  if (!meeting.attendeeIds.includes(member.id)) return "not_attending";
  if (!meeting.agenda.caseIds.includes(caseId)) return "not_on_agenda";
  if (meeting.agenda.conflicts.some((conflict) => conflict.memberId === member.id && conflict.caseId === caseId)) return "conflict";
  const { opensAt, closesAt } = accessWindowOf(meeting);
  if (now.getTime() < opensAt.getTime()) return "before_window";
  if (now.getTime() >= closesAt.getTime()) return "after_window";
  return null;
}

export interface VisibleCase {
  caseId: string;
  /** The meeting giving the longest access, when more than one does. */
  meetingId: string;
  until: Date;
}

/**
 * The cases `member` may see at `now` across `meetings`, one entry per case, sorted by case id.
 * A case on two meetings' agendas is listed once, until the later of the two access ends.
 */
export function visibleCases(member: PanelMember, meetings: readonly PanelMeeting[], now: Date): VisibleCase[] {
  const byCase = new Map<string, VisibleCase>();
  for (const meeting of meetings) {
    for (const caseId of new Set(meeting.agenda.caseIds)) {
      const access = panelAccess(member, meeting, caseId, now);
      if (!access.allowed) continue;
      const seen = byCase.get(caseId);
      if (!seen || access.until.getTime() > seen.until.getTime()) byCase.set(caseId, { caseId, meetingId: meeting.id, until: access.until });
    }
  }
  return [...byCase.values()].sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
}

/**
 * The next instant after `now` at which `panelAccess` for this member, meeting and case changes
 * between allowed and refused, or null if it never will (a cancelled meeting, a conflict, no
 * vetting). Access can only change at the window's edges or at a London midnight that starts or
 * ends the term or vetting, so those are the only instants tried.
 */
export function nextAccessChange(member: PanelMember, meeting: PanelMeeting, caseId: string, now: Date): Date | null {
  const { opensAt, closesAt } = accessWindowOf(meeting);
  const candidates = [opensAt, closesAt, startOfLondonDay(member.term.from)];
  if (member.term.to) candidates.push(startOfLondonDay(nextDay(member.term.to)));
  if (member.vetting) candidates.push(startOfLondonDay(nextDay(member.vetting.expiresOn)));
  const isAllowedNow = panelAccess(member, meeting, caseId, now).allowed;
  const later = candidates.filter((at) => at.getTime() > now.getTime()).sort((a, b) => a.getTime() - b.getTime());
  return later.find((at) => panelAccess(member, meeting, caseId, at).allowed !== isAllowedNow) ?? null;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

