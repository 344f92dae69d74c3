/**
 * Outreach logged on a device with no signal, then sent when it has one: when an entry and a
 * session already held are the same session, so the worker is shown both rather than the server
 * silently keeping two or dropping one.
 *
 * Two records are the same session when they are at the same site on the same London day, and:
 * the same occurrence of the same schedule; or, when at most one of them comes from a schedule, the
 * same partner; or, with no partner on either, the same venue (ignoring case and spacing). Two
 * different schedules at one partner on one day (a morning and an evening session) are two sessions.
 */

/** Where and when a session was, as far as telling two apart needs. */
export interface SessionPlace {
  siteId: string;
  /** The London day it took place. */
  day: string;
  scheduleId: string | null;
  partnerId: string | null;
  venue: string;
}

const venueKey = (venue: string): string => venue.trim().replace(/\s+/g, " ").toLocaleLowerCase("en-GB");

/** Whether `a` and `b` record the same session (see the module comment for the rule). */
export function isSameSession(a: SessionPlace, b: SessionPlace): boolean {
  if (a.siteId !== b.siteId || a.day !== b.day) return false;
  if (a.scheduleId !== null && b.scheduleId !== null) return a.scheduleId === b.scheduleId;
  if (a.partnerId !== null || b.partnerId !== null) return a.partnerId === b.partnerId;
  const venue = venueKey(a.venue);
  return venue !== "" && venue === venueKey(b.venue);
}

/**
 * Whether both are the one occurrence of one schedule: then only one of them can be kept, as a
 * schedule's occurrence is logged once. Otherwise the worker may also keep both, when the two
 * were in fact different sessions (two stalls at one mosque on one day).
 */
export const isSameOccurrence = (a: SessionPlace, b: SessionPlace): boolean => a.scheduleId !== null && a.scheduleId === b.scheduleId && a.siteId === b.siteId && a.day === b.day;
