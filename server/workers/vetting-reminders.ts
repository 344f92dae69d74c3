/**
 * Vetting reminders: once a day, each worker whose DBS check runs out within 30 days, or has run
 * out, is told, and so are the team managers and safeguarding leads at each of their sites. Each
 * person hears once per worker, expiry date and kind (running out, then run out), so renewing the
 * check (a new expiry date) starts afresh. The alert names the worker and the date, nothing else.
 */
import { and, eq, inArray, isNotNull, lte } from "drizzle-orm";
import { vettingWarningDays } from "../../core/support/matching.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import type { Db } from "../db/client.js";
import { sumOverOrganisations, type OrganisationChoice } from "../jobs/each-organisation.js";
import { notifications, roleGrants, users, workerProfiles } from "../db/schema.js";
import type { JobContext, JobHandlers } from "../jobs/run-next-job.js";
import { managerRoles } from "../authz/site-roles.js";
import { addDays } from "./vetting.js";

type Kind = "vetting_expiring" | "vetting_expired";

async function remindOrganisation(tx: Db, organisationId: string, today: string): Promise<number> {
  // A profile per member of staff who delivers support: tens or hundreds per organisation.
  const due = await tx
    .select({ userId: workerProfiles.userId, expiresOn: workerProfiles.vettingExpiresOn })
    .from(workerProfiles)
    .innerJoin(users, eq(users.id, workerProfiles.userId))
    .where(
      and(
        eq(workerProfiles.organisationId, organisationId),
        eq(users.isActive, true),
        isNotNull(workerProfiles.vettingExpiresOn),
        lte(workerProfiles.vettingExpiresOn, addDays(today, vettingWarningDays)),
      ),
    )
    .limit(5000);
  if (due.length === 0) return 0;
  const workerIds = due.map((row) => row.userId);
  const [workerSites, told] = await Promise.all([
    tx.selectDistinct({ userId: roleGrants.userId, siteId: roleGrants.siteId }).from(roleGrants).where(inArray(roleGrants.userId, workerIds)),
    tx
      .select({ userId: notifications.userId, workerId: notifications.entityId, kind: notifications.kind, details: notifications.details })
      .from(notifications)
      .where(and(eq(notifications.organisationId, organisationId), inArray(notifications.kind, ["vetting_expiring", "vetting_expired"]), inArray(notifications.entityId, workerIds))),
  ]);
  const siteIds = [...new Set(workerSites.flatMap((row) => (row.siteId ? [row.siteId] : [])))];
  const managers =
    siteIds.length === 0
      ? []
      : await tx
          .selectDistinct({ userId: roleGrants.userId, siteId: roleGrants.siteId })
          .from(roleGrants)
          .innerJoin(users, eq(users.id, roleGrants.userId))
          .where(and(inArray(roleGrants.siteId, siteIds), inArray(roleGrants.role, [...managerRoles]), eq(users.isActive, true)));
  const toldKeys = new Set(told.map((row) => `${row.userId}|${row.workerId}|${row.kind}|${String(row.details.date)}`));
  const alerts = due.flatMap(({ userId: workerId, expiresOn }) => {
    const date = expiresOn!;
    const kind: Kind = date < today ? "vetting_expired" : "vetting_expiring";
    const sitesOfWorker = workerSites.filter((row) => row.userId === workerId && row.siteId !== null).map((row) => row.siteId!);
    // The worker, then each manager at one of their sites (once, named with the first such site).
    const recipients = new Map<string, string | null>([[workerId, sitesOfWorker[0] ?? null]]);
    for (const manager of managers) {
      if (manager.siteId && sitesOfWorker.includes(manager.siteId) && !recipients.has(manager.userId)) recipients.set(manager.userId, manager.siteId);
    }
    return [...recipients].flatMap(([recipient, siteId]) =>
      toldKeys.has(`${recipient}|${workerId}|${kind}|${date}`)
        ? []
        : [
            {
              organisationId,
              userId: recipient,
              kind,
              entityType: "user",
              entityId: workerId,
              details: { reference: "", userId: workerId, date, ...(siteId ? { siteId } : {}) },
            },
          ],
    );
  });
  if (alerts.length > 0) await tx.insert(notifications).values(alerts);
  return alerts.length;
}

/** Runs for every organisation (or those chosen); answers how many alerts it sent. */
export async function sendVettingReminders(tx: Db, now: Date, choice: OrganisationChoice = {}): Promise<number> {
  return sumOverOrganisations(tx, choice, (organisationId) => remindOrganisation(tx, organisationId, londonDay(now)));
}

export const vettingReminderHandlers = {
  "workers.vetting-reminders": async (tx: Db, _payload: unknown, { now }: JobContext) => {
    await sendVettingReminders(tx, now);
  },
} satisfies JobHandlers;

export const vettingReminderSchedules = [{ name: "workers.vetting-reminders", everySeconds: 24 * 60 * 60 }] as const;
