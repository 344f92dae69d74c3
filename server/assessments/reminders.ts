/**
 * Re-assessment reminders: once a day, each open case's key worker is told of every instrument its
 * schedule says is due (core/instruments/reassessment.ts), once per instrument and due date. The
 * case page shows the same list whenever it is opened; the alert is for the key worker who has
 * not opened it.
 */
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { reassessmentDue } from "../../core/instruments/reassessment.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import type { Db } from "../db/client.js";
import { sumOverOrganisations, type OrganisationChoice } from "../jobs/each-organisation.js";
import { assessments, caseAssignments, cases, instrumentVersions, notifications } from "../db/schema.js";
import { listInstruments } from "../instruments/catalogue.js";
import type { JobContext, JobHandlers } from "../jobs/run-next-job.js";

const batchSize = 500;

async function remindOrganisation(tx: Db, organisationId: string, today: string): Promise<number> {
  const catalogue = (await listInstruments(tx, organisationId)).filter((instrument) => {
    const { schedule } = instrument.settings;
    return instrument.settings.isEnabled && (schedule.atStart || schedule.atExit || schedule.everyWeeks !== null);
  });
  if (catalogue.length === 0) return 0;
  let sent = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const batch = await tx
      .select({ kase: cases, keyWorkerId: caseAssignments.userId })
      .from(cases)
      .innerJoin(caseAssignments, and(eq(caseAssignments.caseId, cases.id), eq(caseAssignments.role, "key_worker"), isNull(caseAssignments.endedAt)))
      .where(and(eq(cases.organisationId, organisationId), ne(cases.state, "closed"), sql`${cases.id} > ${after}`))
      .orderBy(cases.id)
      .limit(batchSize);
    if (batch.length === 0) return sent;
    after = batch.at(-1)!.kase.id;
    const caseIds = [...new Set(batch.map((row) => row.kase.id))];
    const [given, told] = await Promise.all([
      tx
        .select({ caseId: assessments.caseId, key: instrumentVersions.key, assessedOn: assessments.assessedOn })
        .from(assessments)
        .innerJoin(instrumentVersions, eq(instrumentVersions.id, assessments.instrumentVersionId))
        .where(and(inArray(assessments.caseId, caseIds), inArray(assessments.status, ["submitted", "approved"]))),
      tx
        .select({ caseId: notifications.entityId, userId: notifications.userId, details: notifications.details })
        .from(notifications)
        .where(and(eq(notifications.kind, "reassessment_due"), inArray(notifications.entityId, caseIds))),
    ]);
    const toldKeys = new Set(told.map((row) => `${row.caseId}|${row.userId}|${String(row.details.instrumentKey)}|${String(row.details.dueOn)}`));
    const alerts = batch.flatMap(({ kase, keyWorkerId }) =>
      catalogue.flatMap((instrument) => {
        const due = reassessmentDue({
          schedule: instrument.settings.schedule,
          caseState: kase.state,
          caseOpenedOn: londonDay(kase.openedAt),
          givenOn: given.filter((row) => row.caseId === kase.id && row.key === instrument.key).map((row) => row.assessedOn),
          today,
        });
        if (!due || toldKeys.has(`${kase.id}|${keyWorkerId}|${instrument.key}|${due.dueOn}`)) return [];
        return [
          {
            organisationId,
            userId: keyWorkerId,
            kind: "reassessment_due",
            entityType: "case",
            entityId: kase.id,
            details: { reference: kase.reference, siteId: kase.siteId, instrumentKey: instrument.key, instrumentTitle: instrument.title, dueOn: due.dueOn, reason: due.reason },
          },
        ];
      }),
    );
    if (alerts.length > 0) await tx.insert(notifications).values(alerts);
    sent += alerts.length;
  }
}

/** Runs for every organisation (or those chosen); answers how many reminders it sent. */
export async function sendReassessmentReminders(tx: Db, now: Date, choice: OrganisationChoice = {}): Promise<number> {
  return sumOverOrganisations(tx, choice, (organisationId) => remindOrganisation(tx, organisationId, londonDay(now)));
}

export const reminderHandlers = {
  "assessments.reassessment-reminders": async (tx: Db, _payload: unknown, { now }: JobContext) => {
    await sendReassessmentReminders(tx, now);
  },
} satisfies JobHandlers;

export const reminderSchedules = [{ name: "assessments.reassessment-reminders", everySeconds: 24 * 60 * 60 }] as const;
