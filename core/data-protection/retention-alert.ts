/**
 * When the daily retention review tells the data protection officer about records due for
 * deletion. An officer wants to hear when something new falls due, and to be reminded of what
 * still waits, but not every morning about the same records: an alert they learn to ignore is no
 * alert. So each due record remembers when it was last in an alert; a run alerts when a record is
 * newly due (never in an alert), or when one has waited `reminderDays` since its last alert, and
 * then the alert covers both. Held records are not alerted: there is nothing to approve. Counts
 * only; the pure rule here, the writing in server/data-protection/retention/alert-officers.ts.
 */

/** A week: long enough not to nag, short enough that nothing is forgotten for a month. */
export const retentionReminderDays = 7;

export interface DueRecord {
  id: string;
  /** When the record was last counted in an alert; null if never. */
  alertedAt: Date | null;
}

export interface RetentionAlert {
  /** Due records no alert has mentioned yet. */
  newlyDue: number;
  /** Due records mentioned before, still not acted on `reminderDays` later. */
  stillDue: number;
  /** Every due record, whether or not this alert is about it. */
  due: number;
  /** The records this alert counts, to be marked as alerted now. */
  alertedIds: string[];
}

const dayMs = 24 * 60 * 60 * 1000;

/** The alert this run should send about the organisation's due records, or null for none. */
export function retentionAlertOf(due: readonly DueRecord[], now: Date, reminderDays = retentionReminderDays): RetentionAlert | null {
  const remindBefore = now.getTime() - reminderDays * dayMs;
  const newly = due.filter((record) => record.alertedAt === null);
  const still = due.filter((record) => record.alertedAt !== null && record.alertedAt.getTime() <= remindBefore);
  if (newly.length + still.length === 0) return null;
  return { newlyDue: newly.length, stillDue: still.length, due: due.length, alertedIds: [...newly, ...still].map((record) => record.id) };
}
