import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addYears } from "../../../core/data-protection/retention-rules.js";
import { londonDay } from "../../../core/london-time.js";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { opener } from "../../../test/authz/role-sets.js";
import { inTransaction } from "../../db/client.js";
import { emailOutbox, notifications, users } from "../../db/schema.js";
import { queueEmails } from "../../email/queue-emails.js";
import { insertLegalClaimHold } from "../erasure/test-support.js";
import { reviewRetention } from "./review-job.js";
import { clientClosedOn } from "./test-support.js";
import { signInAs } from "../../../test/http.js";

const { app, deps } = await testApp();
const today = londonDay(deps.now());
const closedYearsAgo = (years: number) => addYears(today, -years);
const dayMs = 86_400_000;

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const openedBy = await opener({ deps, home: organisation, other: organisation });
  const officer = await createUser(deps.db, deps.vault, organisation, { role: "data_protection_officer" });
  const urduOfficer = await createUser(deps.db, deps.vault, organisation, { role: "data_protection_officer", isEnrolled: false });
  await deps.db.update(users).set({ language: "ur" }).where(eq(users.id, urduOfficer.id));
  const administrator = await createUser(deps.db, deps.vault, organisation, { role: "administrator", isEnrolled: false });
  return { organisation, openedBy, officer, urduOfficer, administrator };
}

const dailyRun = (organisationId: string, now: Date) => inTransaction(deps.db, (tx) => reviewRetention(tx, deps.vault, now, { organisationIds: [organisationId] }));
const alertsOf = (organisationId: string) =>
  deps.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.organisationId, organisationId), eq(notifications.kind, "retention_due")))
    .orderBy(notifications.createdAt);

describe("retention.alert", () => {
  it("tells each data protection officer once per run, counting the records due, and nobody else", async () => {
    const { organisation, openedBy, officer, urduOfficer, administrator } = await setUp();
    await clientClosedOn(deps, organisation, openedBy, closedYearsAgo(9), "1970-01-01");
    await clientClosedOn(deps, organisation, openedBy, closedYearsAgo(10), "1971-01-01");
    await clientClosedOn(deps, organisation, openedBy, closedYearsAgo(11), "1972-01-01");
    await dailyRun(organisation.id, deps.now());
    const alerts = await alertsOf(organisation.id);
    expect(alerts.map((alert) => alert.userId).sort()).toEqual([officer.id, urduOfficer.id].sort());
    expect(alerts.some((alert) => alert.userId === administrator.id)).toBe(false);
    for (const alert of alerts) {
      expect(alert).toMatchObject({ entityType: "retention_review", entityId: organisation.id, details: { newlyDue: 3, stillDue: 0, due: 3 } });
    }
  });

  it("does not repeat itself the next days, tells of a newly due record, and reminds after a week of records still waiting", async () => {
    const { organisation, openedBy, officer } = await setUp();
    await clientClosedOn(deps, organisation, openedBy, closedYearsAgo(9), "1970-01-01");
    const start = deps.now();
    await dailyRun(organisation.id, start);
    const mine = async () => (await alertsOf(organisation.id)).filter((alert) => alert.userId === officer.id).map((alert) => alert.details);
    expect(await mine()).toEqual([{ newlyDue: 1, stillDue: 0, due: 1 }]);

    await dailyRun(organisation.id, new Date(start.getTime() + dayMs));
    await dailyRun(organisation.id, new Date(start.getTime() + 2 * dayMs));
    expect(await mine()).toHaveLength(1);

    await clientClosedOn(deps, organisation, openedBy, closedYearsAgo(12), "1960-01-01");
    await dailyRun(organisation.id, new Date(start.getTime() + 3 * dayMs));
    expect((await mine()).at(-1)).toEqual({ newlyDue: 1, stillDue: 0, due: 2 });

    await dailyRun(organisation.id, new Date(start.getTime() + 6 * dayMs));
    expect(await mine()).toHaveLength(2);
    // A week after the first was mentioned, it is still waiting; the second was mentioned four days ago.
    await dailyRun(organisation.id, new Date(start.getTime() + 7 * dayMs));
    expect((await mine()).at(-1)).toEqual({ newlyDue: 0, stillDue: 1, due: 2 });
    await dailyRun(organisation.id, new Date(start.getTime() + 10 * dayMs));
    expect((await mine()).at(-1)).toEqual({ newlyDue: 0, stillDue: 1, due: 2 });
    expect(await mine()).toHaveLength(4);
  });

  it("says nothing of held records, nor when the officer runs the review themselves", async () => {
    const { organisation, openedBy, officer } = await setUp();
    const held = await clientClosedOn(deps, organisation, openedBy, closedYearsAgo(10), "1970-01-01");
    await insertLegalClaimHold(deps, organisation, held.client.id, officer.id);
    await dailyRun(organisation.id, deps.now());
    expect(await alertsOf(organisation.id)).toEqual([]);

    await clientClosedOn(deps, organisation, openedBy, closedYearsAgo(9), "1970-01-01");
    const checked = await (await signInAs(app, officer, deps.now())).request("POST", "/api/data-protection/retention/review", {});
    expect(checked.json().counts).toEqual({ due: 1, held: 1 });
    expect(await alertsOf(organisation.id)).toEqual([]);
    // The daily run then tells of it: the officer's own review did not count as telling everyone.
    await dailyRun(organisation.id, new Date(deps.now().getTime() + dayMs));
    expect((await alertsOf(organisation.id)).map((alert) => alert.details)).toEqual([{ newlyDue: 1, stillDue: 0, due: 1 }, { newlyDue: 1, stillDue: 0, due: 1 }]);
  });

  it("waits for an officer: an organisation without one is not alerted, and its first officer hears of everything due", async () => {
    const organisation = await createOrganisation(deps.db);
    const openedBy = await opener({ deps, home: organisation, other: organisation });
    await clientClosedOn(deps, organisation, openedBy, closedYearsAgo(9), "1970-01-01");
    await dailyRun(organisation.id, deps.now());
    expect(await alertsOf(organisation.id)).toEqual([]);
    const officer = await createUser(deps.db, deps.vault, organisation, { role: "data_protection_officer", isEnrolled: false });
    await dailyRun(organisation.id, new Date(deps.now().getTime() + dayMs));
    expect(await alertsOf(organisation.id)).toMatchObject([{ userId: officer.id, details: { newlyDue: 1, stillDue: 0, due: 1 } }]);
  });

  it("emails each officer in their language with counts and a link to the queue, never a reference or a name", async () => {
    const { organisation, openedBy, officer, urduOfficer } = await setUp();
    const { client } = await clientClosedOn(deps, organisation, openedBy, closedYearsAgo(9), "1970-01-01");
    await dailyRun(organisation.id, deps.now());
    await inTransaction(deps.db, (tx) => queueEmails(tx, { now: deps.now(), publicUrl: "https://pathways.example.org/" }));
    const emails = await deps.db.select().from(emailOutbox).where(inArray(emailOutbox.userId, [officer.id, urduOfficer.id]));
    expect(emails).toHaveLength(2);
    const english = emails.find((email) => email.userId === officer.id);
    expect(english?.subject).toBe("Records due for deletion under the retention schedule");
    expect(english?.body).toContain("One record is newly due for deletion under the retention schedule.");
    expect(english?.body).toContain("https://pathways.example.org/data-protection/retention");
    expect(emails.find((email) => email.userId === urduOfficer.id)?.subject).toBe("ریٹینشن شیڈول کے تحت حذف کے لیے واجب ریکارڈز");
    for (const email of emails) {
      expect(`${email.subject}\n${email.body}`).not.toContain(client.reference);
      expect(`${email.subject}\n${email.body}`).not.toMatch(/Test Client|1970/);
    }
  });
});
