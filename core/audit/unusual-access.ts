/**
 * Unusual access to client records, worked out from audit events: pure rules with no clock or
 * database, run by the detection job (server/audit-review/detect-unusual-access.ts).
 *
 * - **Off caseload**: someone opens more than N distinct clients not on their caseload within M
 *   minutes. A person's caseload is the clients of the cases they are assigned to (key worker,
 *   mentor, specialist) or named on, at the moment of access; a caseworker may see every case at
 *   their site, but the ones outside their own caseload are what this counts.
 * - **Out of hours**: client records opened outside the organisation's working days and hours, on
 *   the London clock (GMT in winter, BST in summer).
 * - **Repeated emergency access**: someone uses break-glass access N times or more within D days.
 *
 * The first two are judged per person per London day, so a finding is named by the person and the
 * day: running detection again over the same events finds the same finding, grown or not, never a
 * second one. Emergency access is rarer and judged over days, so its finding continues while
 * uses keep coming within the period and is named by the use that crossed the threshold.
 */
import { londonDay } from "../london-time.js";

export const unusualAccessRules = ["off_caseload", "out_of_hours", "repeated_break_glass"] as const;
export type UnusualAccessRule = (typeof unusualAccessRules)[number];

export interface UnusualAccessSettings {
  /** More than this many distinct clients off caseload… */
  offCaseloadClients: number;
  /** …within this many minutes. */
  offCaseloadMinutes: number;
  isOutOfHoursOn: boolean;
  /** London wall-clock `HH:MM`: working hours run from the start up to (not including) the end. */
  workdayStart: string;
  workdayEnd: string;
  /** ISO weekdays: 1 Monday … 7 Sunday. */
  workingDays: number[];
  /** This many emergency accesses or more… */
  breakGlassUses: number;
  /** …within this many days. */
  breakGlassDays: number;
}

/** What an organisation starts with until its data protection officer or administrator changes it. */
export const defaultUnusualAccessSettings: UnusualAccessSettings = {
  offCaseloadClients: 10,
  offCaseloadMinutes: 60,
  isOutOfHoursOn: true,
  workdayStart: "08:00",
  workdayEnd: "19:00",
  workingDays: [1, 2, 3, 4, 5],
  breakGlassUses: 3,
  breakGlassDays: 7,
};

/** One access to a client's data by a member of staff, as the audit trail records it. */
export interface ClientAccess {
  /** Position in the organisation's audit chain. */
  seq: number;
  at: Date;
  userId: string;
  clientId: string;
  /** The client was on the person's caseload at that moment. */
  isOnCaseload: boolean;
}

/** A use of emergency access (granting it, not each read made under it). */
export interface BreakGlassUse {
  seq: number;
  at: Date;
  userId: string;
}

export interface Finding {
  rule: UnusualAccessRule;
  userId: string;
  /** Unique per organisation: the same finding found again has the same key. */
  key: string;
  firstAt: Date;
  lastAt: Date;
  /** Distinct clients (off caseload), accesses (out of hours) or emergency accesses. */
  count: number;
  threshold: number;
}

const londonParts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The ISO weekday and `HH:MM` of an instant on the London clock. */
export function londonWeekdayAndTime(at: Date): { weekday: number; time: string } {
  const parts = Object.fromEntries(londonParts.formatToParts(at).map((part) => [part.type, part.value]));
  return { weekday: weekdays[parts.weekday ?? ""] ?? 0, time: `${parts.hour}:${parts.minute}` };
}

/** Within the organisation's working days and hours, on the London clock. */
export function isWithinWorkingHours(at: Date, settings: Pick<UnusualAccessSettings, "workdayStart" | "workdayEnd" | "workingDays">): boolean {
  const { weekday, time } = londonWeekdayAndTime(at);
  return settings.workingDays.includes(weekday) && time >= settings.workdayStart && time < settings.workdayEnd;
}

const byTime = <T extends { at: Date; seq: number }>(a: T, b: T) => a.at.getTime() - b.at.getTime() || a.seq - b.seq;

/** Groups accesses by person and London day, each group in time order. */
function byPersonAndDay<T extends { at: Date; seq: number; userId: string }>(accesses: readonly T[]): Map<string, { userId: string; day: string; items: T[] }> {
  const groups = new Map<string, { userId: string; day: string; items: T[] }>();
  for (const access of accesses) {
    const day = londonDay(access.at);
    const id = `${access.userId}:${day}`;
    const group = groups.get(id) ?? { userId: access.userId, day, items: [] };
    group.items.push(access);
    groups.set(id, group);
  }
  for (const group of groups.values()) group.items.sort(byTime);
  return groups;
}

/**
 * For each person and London day, the busiest window of `offCaseloadMinutes` (a window holds the
 * accesses after its start and up to its end, so two accesses exactly M minutes apart are not in
 * one window): a finding when it holds more than `offCaseloadClients` distinct clients off the
 * person's caseload. The finding counts that window's clients and spans the day's off-caseload
 * accesses from that window's first.
 */
export function offCaseloadFindings(accesses: readonly ClientAccess[], settings: UnusualAccessSettings): Finding[] {
  const windowMs = settings.offCaseloadMinutes * 60_000;
  const findings: Finding[] = [];
  for (const { userId, day, items } of byPersonAndDay(accesses.filter((access) => !access.isOnCaseload)).values()) {
    let best = null as { count: number; firstAt: Date } | null;
    let start = 0;
    const inWindow = new Map<string, number>();
    for (const access of items) {
      inWindow.set(access.clientId, (inWindow.get(access.clientId) ?? 0) + 1);
      while (items[start]!.at.getTime() <= access.at.getTime() - windowMs) {
        const leaving = items[start]!.clientId;
        const left = (inWindow.get(leaving) ?? 0) - 1;
        if (left === 0) inWindow.delete(leaving);
        else inWindow.set(leaving, left);
        start += 1;
      }
      if (inWindow.size > settings.offCaseloadClients && (!best || inWindow.size > best.count)) {
        best = { count: inWindow.size, firstAt: best?.firstAt ?? items[start]!.at };
      }
    }
    if (best) {
      findings.push({ rule: "off_caseload", userId, key: `off_caseload:${userId}:${day}`, firstAt: best.firstAt, lastAt: items.at(-1)!.at, count: best.count, threshold: settings.offCaseloadClients });
    }
  }
  return findings;
}

/** For each person and London day, the accesses to client data outside working hours, if any. */
export function outOfHoursFindings(accesses: readonly ClientAccess[], settings: UnusualAccessSettings): Finding[] {
  if (!settings.isOutOfHoursOn) return [];
  const outside = accesses.filter((access) => !isWithinWorkingHours(access.at, settings));
  return [...byPersonAndDay(outside).values()].map(({ userId, day, items }) => ({
    rule: "out_of_hours" as const,
    userId,
    key: `out_of_hours:${userId}:${day}`,
    firstAt: items[0]!.at,
    lastAt: items.at(-1)!.at,
    count: items.length,
    threshold: 1,
  }));
}

/** The person's latest repeated-emergency-access finding, which later uses may continue. */
export interface EarlierFinding {
  key: string;
  firstAt: Date;
  lastAt: Date;
  count: number;
}

/**
 * One person's emergency accesses, in any order (those in the `breakGlassDays` before the newest
 * at least): a use that brings the uses within the period ending at it to `breakGlassUses` starts
 * a finding; later uses within the period of the finding's last continue it rather than start
 * another. `earlier` is the person's latest finding, so a continuation spans detection runs.
 */
export function repeatedBreakGlassFindings(uses: readonly BreakGlassUse[], earlier: EarlierFinding | null, settings: UnusualAccessSettings): Finding[] {
  const periodMs = settings.breakGlassDays * 24 * 60 * 60_000;
  const sorted = [...uses].sort(byTime);
  const findings: Finding[] = [];
  let current: Finding | null = earlier ? { rule: "repeated_break_glass", userId: sorted[0]?.userId ?? "", threshold: settings.breakGlassUses, ...earlier } : null;
  let isCurrentChanged = false;
  for (const [index, use] of sorted.entries()) {
    if (current && use.at.getTime() <= current.lastAt.getTime()) continue;
    if (current && use.at.getTime() - current.lastAt.getTime() < periodMs) {
      current = { ...current, lastAt: use.at, count: current.count + 1 };
      isCurrentChanged = true;
      continue;
    }
    const within = sorted.slice(0, index + 1).filter((other) => use.at.getTime() - other.at.getTime() < periodMs);
    if (within.length < settings.breakGlassUses) continue;
    if (current && isCurrentChanged) findings.push(current);
    current = { rule: "repeated_break_glass", userId: use.userId, key: `repeated_break_glass:${use.userId}:${use.seq}`, firstAt: within[0]!.at, lastAt: use.at, count: within.length, threshold: settings.breakGlassUses };
    isCurrentChanged = true;
  }
  if (current && isCurrentChanged) findings.push(current);
  return findings;
}
