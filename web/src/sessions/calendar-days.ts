/**
 * The calendar's arithmetic, in the reader's own time zone: the week shown, and sessions grouped by
 * the day they happen on, in order.
 */
import { localIsoDate } from "../i18n/format.js";

/** `YYYY-MM-DD` plus a number of days (negative for earlier). */
export function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00`);
  date.setDate(date.getDate() + days);
  return localIsoDate(date);
}

export interface DayGroup<T> {
  day: string;
  items: T[];
}

/** Entries by the local day of their start, days in order and entries by time within each. */
export function groupByDay<T extends { startsAt: string }>(entries: readonly T[]): DayGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const entry of [...entries].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = localIsoDate(new Date(entry.startsAt));
    groups.set(day, [...(groups.get(day) ?? []), entry]);
  }
  return [...groups].map(([day, items]) => ({ day, items }));
}

/** When a session ends, for "10:00–11:00". */
export const endOf = (entry: { startsAt: string; durationMinutes: number }): string => new Date(new Date(entry.startsAt).getTime() + entry.durationMinutes * 60_000).toISOString();
