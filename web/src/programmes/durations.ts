/**
 * How long a client has spent in a phase, in words a worker reads at a glance: days under two
 * weeks, then weeks (with a half where it fits). The server counts fractional days; rounding is
 * only for reading.
 */
export type DurationWords = { key: "programmes.duration.lessThanADay" } | { key: "programmes.duration.days"; count: number } | { key: "programmes.duration.weeks"; count: number };

export function durationWords(days: number): DurationWords {
  if (days < 1) return { key: "programmes.duration.lessThanADay" };
  if (days < 14) return { key: "programmes.duration.days", count: Math.floor(days) };
  return { key: "programmes.duration.weeks", count: Math.round((days / 7) * 2) / 2 };
}

/** Whether a phase has run past the weeks it usually takes (a prompt for review, never a deadline). */
export const isPastExpected = (days: number, expectedWeeks: number): boolean => days > expectedWeeks * 7;
