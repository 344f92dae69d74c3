import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createTestCase } from "../../../test/case-factories.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { notifications, panelActions, panelDecisions } from "../../db/schema.js";
import { createTestMeeting, escalateTestCase } from "../access/test-support.js";
import { panelActionReminderHandlers, panelActionReminderSchedules, sendActionReminders } from "./action-reminders.js";

const { deps } = await testApp();

describe("panel.action reminders", () => {
  it("tells each owner of an open action due within two days or overdue, once a day; not for later, done or cancelled ones", async () => {
    const organisation = await createOrganisation(deps.db);
    const lead = await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead" });
    const owner = await createUser(deps.db, deps.vault, organisation, { role: "panel_member" });
    const { kase } = await createTestCase(deps, organisation, lead.id);
    const meeting = await createTestMeeting(deps, organisation, lead.id, { startsInMinutes: -60 });
    const escalation = await escalateTestCase(deps, kase, lead.id, { meetingId: meeting.id });
    const now = deps.now();
    const [decision] = await deps.db
      .insert(panelDecisions)
      .values({ organisationId: organisation.id, siteId: kase.siteId, escalationId: escalation.id, meetingId: meeting.id, caseId: kase.id, kind: "monitor_and_review", discussionSummary: new Uint8Array([1]), recordedBy: lead.id, decidedAt: now })
      .returning();
    const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const action = (dueOn: string, status = "open") => ({ organisationId: organisation.id, siteId: kase.siteId, decisionId: decision!.id, caseId: kase.id, description: new Uint8Array([1]), ownerUserId: owner.id, dueOn, status, updatedAt: now });
    const rows = await deps.db.insert(panelActions).values([action(day(2)), action(day(-3)), action(day(5)), action(day(1), "done"), action(day(1), "cancelled")]).returning();

    await sendActionReminders(deps.db, now);
    await sendActionReminders(deps.db, now);
    const sent = await deps.db.select().from(notifications).where(and(eq(notifications.userId, owner.id), eq(notifications.kind, "panel_action_due")));
    expect(sent.map((row) => row.entityId).sort()).toEqual([rows[0]!.id, rows[1]!.id].sort());
    expect(sent[0]).toMatchObject({ entityType: "panel_action", details: expect.objectContaining({ reference: kase.reference }) });
    expect(JSON.stringify(sent)).not.toContain("Ayesha");

    // The next day, the overdue and the now-due ones are told again.
    await sendActionReminders(deps.db, new Date(now.getTime() + 86_400_000));
    expect(await deps.db.select().from(notifications).where(and(eq(notifications.userId, owner.id), eq(notifications.kind, "panel_action_due")))).toHaveLength(4);
    expect(Object.keys(panelActionReminderHandlers)).toEqual(panelActionReminderSchedules.map((schedule) => schedule.name));
  });
});
