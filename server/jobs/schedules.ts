/**
 * Recurring work declared in code. Time is cut into fixed slots (`floor(now / interval) * interval`)
 * and each slot is one job row keyed `${name}@${slotIso}`: every instance inserts the row on each
 * tick and the unique dedupe key keeps exactly one, so no leader election is needed.
 */
import type { Db } from "../db/client.js";
import { jobs } from "../db/schema.js";

export interface Schedule {
  /** The job name; a handler with this name must be registered with the runner. */
  name: string;
  everySeconds: number;
  maxAttempts?: number;
}

/** The start of the slot that contains `now`. Slots are aligned to the Unix epoch, so every instance agrees. */
export function slotStart(schedule: Schedule, now: Date): Date {
  const intervalMs = schedule.everySeconds * 1000;
  return new Date(Math.floor(now.getTime() / intervalMs) * intervalMs);
}

export function slotDedupeKey(schedule: Schedule, slot: Date): string {
  return `${schedule.name}@${slot.toISOString()}`;
}

/** Refuses schedules that would create a row per tick or never run, before the runner starts. */
export function assertValidSchedule(schedule: Schedule): void {
  if (!Number.isInteger(schedule.everySeconds) || schedule.everySeconds < 1) {
    throw new Error(`Schedule ${schedule.name}: everySeconds must be a positive whole number.`);
  }
}

/**
 * Makes sure the current slot of every schedule has its job row. Missed earlier slots are not
 * back-filled: recurring work here is "catch up to now", so one run covers any gap.
 */
export async function ensureScheduledSlots(db: Db, schedules: readonly Schedule[], now: Date): Promise<void> {
  if (schedules.length === 0) return;
  const rows = schedules.map((schedule) => {
    const slot = slotStart(schedule, now);
    return {
      name: schedule.name,
      dedupeKey: slotDedupeKey(schedule, slot),
      payload: {},
      runAt: slot,
      ...(schedule.maxAttempts !== undefined ? { maxAttempts: schedule.maxAttempts } : {}),
    };
  });
  await db.insert(jobs).values(rows).onConflictDoNothing({ target: jobs.dedupeKey });
}
