import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { londonDay } from "../../core/referrals/triage-target.js";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { notifications } from "../db/schema.js";
import { sendWriteUpReminders, writeUpReminderHandlers, writeUpReminderSchedules } from "./reminders.js";
import { createTestSession } from "./test-support.js";

const { deps } = await testApp();

describe("sessions.write-up reminders", () => {
  it("tells each worker at a session held over 48 hours ago without notes, once; not for written-up, missed, recent or planned-ahead ones", async () => {
    const organisation = await createOrganisation(deps.db);
    const manager = await createUser(deps.db, deps.vault, organisation, { role: "team_manager" });
    const caseworker = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    const { kase } = await createTestCase(deps, organisation, manager.id);
    const hoursAgo = (hours: number) => new Date(deps.now().getTime() - hours * 3_600_000);
    const due = await createTestSession(deps, kase, [caseworker.id, manager.id], { startsAt: hoursAgo(72) });
    const unmarked = await createTestSession(deps, kase, [caseworker.id], { startsAt: hoursAgo(50), attendance: null });
    await createTestSession(deps, kase, [caseworker.id], { startsAt: hoursAgo(72), notes: "Written up the same day." });
    await createTestSession(deps, kase, [caseworker.id], { startsAt: hoursAgo(72), attendance: "did_not_attend" });
    await createTestSession(deps, kase, [caseworker.id], { startsAt: hoursAgo(72), attendance: "cancelled" });
    await createTestSession(deps, kase, [caseworker.id], { startsAt: hoursAgo(40) });
    await createTestSession(deps, kase, [caseworker.id], { startsAt: hoursAgo(-24), attendance: null });

    await sendWriteUpReminders(deps.db, deps.now());
    await sendWriteUpReminders(deps.db, deps.now());
    const sent = await deps.db.select().from(notifications).where(and(eq(notifications.organisationId, organisation.id), eq(notifications.kind, "session_write_up_due")));
    expect(sent.map((row) => [row.userId, row.details.sessionId]).sort()).toEqual(
      [
        [caseworker.id, due.id],
        [manager.id, due.id],
        [caseworker.id, unmarked.id],
      ].sort(),
    );
    expect(sent.find((row) => row.details.sessionId === due.id)).toMatchObject({
      entityType: "case",
      entityId: kase.id,
      details: { reference: kase.reference, siteId: kase.siteId, date: londonDay(due.startsAt), sessionId: due.id },
    });
  });

  it("does not tell a worker who can no longer open the case", async () => {
    const organisation = await createOrganisation(deps.db);
    const manager = await createUser(deps.db, deps.vault, organisation, { role: "team_manager" });
    const movedOn = await createUser(deps.db, deps.vault, organisation, { role: "mentor" });
    const { kase } = await createTestCase(deps, organisation, manager.id);
    await createTestSession(deps, kase, [movedOn.id], { startsAt: new Date(deps.now().getTime() - 72 * 3_600_000) });
    await sendWriteUpReminders(deps.db, deps.now());
    expect(await deps.db.select().from(notifications).where(and(eq(notifications.userId, movedOn.id), eq(notifications.kind, "session_write_up_due")))).toEqual([]);
  });

  it("runs hourly as a scheduled job with a handler of the same name", async () => {
    expect(writeUpReminderSchedules).toEqual([{ name: "sessions.write-up-reminders", everySeconds: 3600 }]);
    const organisation = await createOrganisation(deps.db);
    const worker = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    const { kase } = await createTestCase(deps, organisation, worker.id);
    await createTestSession(deps, kase, [worker.id], { startsAt: new Date(deps.now().getTime() - 49 * 3_600_000) });
    await writeUpReminderHandlers["sessions.write-up-reminders"](deps.db, {}, { jobId: 0, dedupeKey: null, attempt: 1, now: deps.now() });
    expect(await deps.db.select().from(notifications).where(and(eq(notifications.userId, worker.id), eq(notifications.kind, "session_write_up_due")))).toHaveLength(1);
  });
});
