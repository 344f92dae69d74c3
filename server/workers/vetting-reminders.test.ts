import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { londonDay } from "../../core/referrals/triage-target.js";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { createWorkerProfile } from "../../test/worker-factories.js";
import type { Role } from "../../core/roles.js";
import { notifications, workerProfiles } from "../db/schema.js";
import { addDays } from "./vetting.js";
import { sendVettingReminders } from "./vetting-reminders.js";

const { deps, clock } = await testApp();

const vettingUntil = (expiresOn: string) => ({ vetting: { checkedOn: "2020-01-01", expiresOn, reference: null } });

async function staff(organisation: TestOrganisation, role: Role, site: 0 | 1 = 0, options: { isActive?: boolean } = {}) {
  return (await createUser(deps.db, deps.vault, organisation, { role, site, isEnrolled: false, ...options })).id;
}

const alertsOf = async (organisationId: string) =>
  (await deps.db.select().from(notifications).where(and(eq(notifications.organisationId, organisationId), inArray(notifications.kind, ["vetting_expiring", "vetting_expired"])))).map((row) => ({
    to: row.userId,
    kind: row.kind,
    worker: row.entityId,
    entityType: row.entityType,
    details: row.details,
  }));

describe("workers.vetting reminders", () => {
  it("tells the worker and their sites' managers when vetting runs out within 30 days or has run out, once per expiry date", async () => {
    const organisation = await createOrganisation(deps.db);
    const today = londonDay(deps.now());
    const manager = await staff(organisation, "team_manager");
    const lead = await staff(organisation, "safeguarding_lead");
    const otherSiteManager = await staff(organisation, "team_manager", 1);
    const expiring = await staff(organisation, "mentor");
    const expired = await staff(organisation, "caseworker");
    const later = await staff(organisation, "mentor");
    const unvetted = await staff(organisation, "mentor");
    const left = await staff(organisation, "mentor", 0, { isActive: false });
    await createWorkerProfile(deps.db, organisation, expiring, deps.now(), vettingUntil(addDays(today, 10)));
    await createWorkerProfile(deps.db, organisation, expired, deps.now(), vettingUntil(addDays(today, -1)));
    await createWorkerProfile(deps.db, organisation, later, deps.now(), vettingUntil(addDays(today, 31)));
    await createWorkerProfile(deps.db, organisation, unvetted, deps.now(), { vetting: null });
    await createWorkerProfile(deps.db, organisation, left, deps.now(), vettingUntil(addDays(today, 5)));

    await sendVettingReminders(deps.db, deps.now(), { organisationIds: [organisation.id] });
    await sendVettingReminders(deps.db, deps.now(), { organisationIds: [organisation.id] });
    const sent = await alertsOf(organisation.id);
    const pairs = sent.map((alert) => [alert.kind, alert.worker, alert.to]).sort();
    expect(pairs).toEqual(
      [
        ["vetting_expiring", expiring, expiring],
        ["vetting_expiring", expiring, manager],
        ["vetting_expiring", expiring, lead],
        ["vetting_expired", expired, expired],
        ["vetting_expired", expired, manager],
        ["vetting_expired", expired, lead],
      ].sort(),
    );
    expect(pairs.some(([, , to]) => to === otherSiteManager)).toBe(false);
    expect(sent.find((alert) => alert.to === manager && alert.worker === expiring)).toEqual({
      to: manager,
      kind: "vetting_expiring",
      worker: expiring,
      entityType: "user",
      details: { reference: "", userId: expiring, date: addDays(today, 10), siteId: organisation.siteIds[0] },
    });

    // Renewed to a date still within 30 days: a new reminder for the new date.
    await deps.db.update(workerProfiles).set({ vettingExpiresOn: addDays(today, 20) }).where(eq(workerProfiles.userId, expiring));
    expect(await sendVettingReminders(deps.db, deps.now(), { organisationIds: [organisation.id] })).toBeGreaterThanOrEqual(3);
    // Once it has run out, they hear that too.
    clock.advanceMinutes(21 * 24 * 60);
    await sendVettingReminders(deps.db, deps.now(), { organisationIds: [organisation.id] });
    const after = await alertsOf(organisation.id);
    // Rows come back in no particular order: compare them sorted.
    const heard = after.filter((alert) => alert.worker === expiring && alert.to === expiring).map((alert) => `${alert.kind} ${String(alert.details.date)}`);
    expect(heard.sort()).toEqual([`vetting_expired ${addDays(today, 20)}`, `vetting_expiring ${addDays(today, 10)}`, `vetting_expiring ${addDays(today, 20)}`]);
  });
});
