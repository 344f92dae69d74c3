/**
 * The panel dashboard's figures, from plain rows the caller has already loaded (and scoped to what
 * the viewer may see): cases awaiting a meeting, decisions by kind in a year, overdue actions, and
 * how long cases wait from escalation to decision. Pure: the caller supplies today.
 */
import { decisionKinds, isActionOverdue, type ActionStatus, type DecisionKind } from "./decisions.js";
import { londonDay } from "../london-time.js";
import type { EscalationState } from "./escalation.js";

export interface EscalationRow {
  escalationId: string;
  state: EscalationState;
  isUrgent: boolean;
  submittedAt: Date;
  /** The date of the meeting whose agenda holds it, for an accepted escalation; otherwise null. */
  meetingOn: string | null;
}

/**
 * Escalations still waiting for the panel: submitted ones not yet on an agenda, and accepted ones
 * whose meeting is today or later (today's meeting has not necessarily been held). Urgent first,
 * then the longest waiting. An accepted escalation whose meeting has passed without a decision is
 * not "awaiting a meeting"; it needs moving, and is left to a separate check.
 */
export function casesAwaitingMeeting<Row extends EscalationRow>(rows: readonly Row[], today: string): Row[] {
  return rows
    .filter((row) => row.state === "submitted" || (row.state === "accepted" && row.meetingOn !== null && row.meetingOn >= today))
    .sort((a, b) => Number(b.isUrgent) - Number(a.isUrgent) || a.submittedAt.getTime() - b.submittedAt.getTime());
}

/** How many decisions of each kind were made in `year` on the London calendar; every kind is present, zero if none. */
export function decisionsByKind(rows: readonly { kind: DecisionKind; decidedAt: Date }[], year: number): Record<DecisionKind, number> {
  const counts = Object.fromEntries(decisionKinds.map((kind) => [kind, 0])) as Record<DecisionKind, number>;
  const prefix = `${String(year).padStart(4, "0")}-`;
  // New Year falls in GMT, so London and UTC agree on the year; the London day is used to match every other panel date.
  for (const row of rows) if (londonDay(row.decidedAt).startsWith(prefix)) counts[row.kind] += 1;
  return counts;
}

export interface ActionRow {
  dueOn: string;
  status: ActionStatus;
}

/** Open actions due before `today`, the longest overdue first. */
export function overdueActions<Row extends ActionRow>(rows: readonly Row[], today: string): Row[] {
  return rows.filter((row) => isActionOverdue(row, today)).sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

/**
 * The nearest-rank percentile: sort the values and take the one at rank ⌈p/100 × n⌉ (1-based).
 * Chosen because the answer is always one of the actual values (a real case's wait), never an
 * average of two; with one value every percentile is that value. `p` is in (0, 100]; null for no data.
 */
export function nearestRankPercentile(values: readonly number[], p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError("The percentile must be more than 0 and at most 100.");
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(rank, 1) - 1]!;
}

export interface TimeToDecision {
  /** Decisions counted. */
  count: number;
  /** Fractional days (a day and a half is 1.5); round for display. Null when there is nothing to count. */
  medianDays: number | null;
  p90Days: number | null;
  /** Rows decided before they were submitted: bad data, left out rather than counted as negative waits. */
  excluded: number;
}

const millisecondsPerDay = 86_400_000;

/** Median and 90th percentile (nearest rank) of the days from escalation to decision, over decided rows only. */
export function timeToDecision(rows: readonly { submittedAt: Date; decidedAt: Date | null }[]): TimeToDecision {
  const waits: number[] = [];
  let excluded = 0;
  for (const { submittedAt, decidedAt } of rows) {
    if (decidedAt === null) continue;
    const days = (decidedAt.getTime() - submittedAt.getTime()) / millisecondsPerDay;
    if (Number.isNaN(days) || days < 0) excluded += 1;
    else waits.push(days);
  }
  return { count: waits.length, medianDays: nearestRankPercentile(waits, 50), p90Days: nearestRankPercentile(waits, 90), excluded };
}
