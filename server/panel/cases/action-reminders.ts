/**
 * Action reminders: once a day, the owner of each open panel action due within two days, or
 * overdue, is told (outside members too: they have accounts), at most once a day per action. The
 * alert names the case reference and the due day, never the client or the action's wording.
 */
import { and, asc, eq, inArray, isNull, lt, lte, or } from "drizzle-orm";
import { londonDay } from "../../../core/london-time.js";
import type { Db } from "../../db/client.js";
import { cases, notifications, panelActions, users } from "../../db/schema.js";
import type { JobContext, JobHandlers } from "../../jobs/run-next-job.js";
import { addDays } from "../../../core/instruments/reassessment.js";

const batchSize = 500;
/** An action due within this many days is worth a reminder before it falls overdue. */
const daysAhead = 2;

async function remindBatch(tx: Db, today: string): Promise<number> {
  const due = await tx
    .select({ action: panelActions, reference: cases.reference })
    .from(panelActions)
    .innerJoin(cases, eq(cases.id, panelActions.caseId))
    .innerJoin(users, eq(users.id, panelActions.ownerUserId))
    .where(
      and(
        eq(panelActions.status, "open"),
        lte(panelActions.dueOn, addDays(today, daysAhead)),
        or(isNull(panelActions.remindedOn), lt(panelActions.remindedOn, today)),
        eq(users.isActive, true),
      ),
    )
    .orderBy(asc(panelActions.dueOn), asc(panelActions.id))
    .limit(batchSize);
  if (due.length === 0) return 0;
  await tx.insert(notifications).values(
    due.map(({ action, reference }) => ({
      organisationId: action.organisationId,
      userId: action.ownerUserId,
      kind: "panel_action_due",
      entityType: "panel_action",
      entityId: action.id,
      details: { reference, siteId: action.siteId, date: action.dueOn },
    })),
  );
  await tx
    .update(panelActions)
    .set({ remindedOn: today })
    .where(inArray(panelActions.id, due.map(({ action }) => action.id)));
  return due.length;
}

/** Sends every reminder due today; answers how many (for tests). */
export async function sendActionReminders(tx: Db, now: Date): Promise<number> {
  const today = londonDay(now);
  let sent = 0;
  for (let batch = await remindBatch(tx, today); batch > 0; batch = await remindBatch(tx, today)) sent += batch;
  return sent;
}

export const panelActionReminderHandlers = {
  "panel.action-reminders": async (tx: Db, _payload: unknown, { now }: JobContext) => {
    await sendActionReminders(tx, now);
  },
} satisfies JobHandlers;

export const panelActionReminderSchedules = [{ name: "panel.action-reminders", everySeconds: 24 * 60 * 60 }] as const;
