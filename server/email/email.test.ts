import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { loadConfig } from "../config.js";
import { inTransaction } from "../db/client.js";
import { emailOutbox, notifications, users } from "../db/schema.js";
import { emailJobName, emailJobs, queueAndSend } from "./email-jobs.js";
import { queueEmails } from "./queue-emails.js";
import { sendQueuedEmails } from "./send-emails.js";
import { startLocalSmtpServer, type LocalSmtpServer } from "./test-smtp-server.js";
import { smtpSender, type MailSender } from "./transport.js";

const { deps } = await testApp();
const publicUrl = "https://pathways.example.org";

let smtp: LocalSmtpServer;
let sender: MailSender;
let mail: { smtpUrl: string; from: string };

beforeAll(async () => {
  smtp = await startLocalSmtpServer();
  const config = loadConfig({ PATHWAYS_DATA_DIR: ".test-data", PATHWAYS_SMTP_URL: smtp.url, PATHWAYS_MAIL_FROM: "Pathways <pathways@example.org>" });
  mail = config.mail!;
  sender = smtpSender(mail);
});
afterAll(async () => {
  sender.close();
  await smtp.close();
});

const minutesFromNow = (minutes: number) => new Date(deps.now().getTime() + minutes * 60_000);
/**
 * Runs the job until it has nothing more to do: it sends in batches, oldest first, and other tests'
 * alerts in this database share the queue, so one batch may not reach this test's email.
 */
async function run(now = deps.now(), through = sender): Promise<void> {
  for (let round = 0; round < 100; round += 1) {
    const done = await queueAndSend(deps.db, through, { now, publicUrl, mail });
    if (done.queued + done.sent + done.failed === 0) return;
  }
  throw new Error("the email job never ran dry");
}
const to = (email: string) => smtp.received.filter((message) => message.to.includes(email));
const outboxOf = (userId: string) => deps.db.select().from(emailOutbox).where(eq(emailOutbox.userId, userId));

/** A key worker with a case, and a care plan review reminder about it. */
async function reminder(organisation: TestOrganisation, options: { language?: string; isActive?: boolean } = {}) {
  const worker = await createUser(deps.db, deps.vault, organisation, { role: "caseworker", isActive: options.isActive ?? true });
  if (options.language) await deps.db.update(users).set({ language: options.language }).where(eq(users.id, worker.id));
  const { kase, person } = await createTestCase(deps, organisation, worker.id, { keyWorkerId: worker.id });
  const [alert] = await deps.db
    .insert(notifications)
    .values({ organisationId: organisation.id, userId: worker.id, kind: "care_plan_review_due", entityType: "case", entityId: kase.id, details: { reference: kase.reference, siteId: kase.siteId, date: "2025-03-05" }, createdAt: deps.now() })
    .returning();
  return { worker, kase, person, alert: alert! };
}

describe("email.alerts", () => {
  it("emails a reminder to its recipient with the case reference, the date and a link, and never the client's name", async () => {
    const organisation = await createOrganisation(deps.db);
    const { worker, kase, person } = await reminder(organisation);
    await run();
    const [message, ...more] = to(worker.email);
    expect(more).toEqual([]);
    expect(message!.from).toBe("pathways@example.org");
    expect(message!.raw).toContain(`Subject: Care plan review due on case ${kase.reference}`);
    expect(message!.raw).toContain(`The care plan on case ${kase.reference} is due for review on 5 March 2025.`);
    expect(message!.raw).toContain(`${publicUrl}/cases/${kase.id}`);
    expect(message!.raw).toContain("Auto-Submitted: auto-generated");
    expect(message!.raw).not.toContain(person.givenName);
    expect(message!.raw).not.toContain(person.familyName);
    const [row] = await outboxOf(worker.id);
    expect(row).toMatchObject({ attempts: 1, lastError: null });
    expect(row!.sentAt).not.toBeNull();

    // A second run sends nothing more.
    await run(minutesFromNow(1));
    expect(to(worker.email)).toHaveLength(1);
    expect(await outboxOf(worker.id)).toHaveLength(1);
  });

  it("writes in the recipient's language", async () => {
    const organisation = await createOrganisation(deps.db);
    const { worker, kase } = await reminder(organisation, { language: "ur" });
    await run();
    const [row] = await outboxOf(worker.id);
    expect(row!.subject).toBe(`کیس ${kase.reference} کے کیئر پلان کا جائزہ واجب ہے`);
    expect(row!.body).toContain(`${publicUrl}/cases/${kase.id}`);
    expect(to(worker.email)).toHaveLength(1);
  });

  it("sends nothing to a deactivated member of staff, nor for an alert already read or too old", async () => {
    const organisation = await createOrganisation(deps.db);
    const inactive = await reminder(organisation, { isActive: false });
    const read = await reminder(organisation);
    await deps.db.update(notifications).set({ readAt: deps.now() }).where(eq(notifications.id, read.alert.id));
    const old = await reminder(organisation);
    await deps.db.update(notifications).set({ createdAt: minutesFromNow(-25 * 60) }).where(eq(notifications.id, old.alert.id));
    // Queued while active, deactivated before sending: it leaves the queue unsent.
    const leaver = await reminder(organisation);
    await inTransaction(deps.db, (tx) => queueEmails(tx, { now: deps.now(), publicUrl }));
    await deps.db.update(users).set({ isActive: false }).where(eq(users.id, leaver.worker.id));
    await run();
    for (const { worker } of [inactive, read, old, leaver]) expect(to(worker.email)).toEqual([]);
    expect(await deps.db.select().from(emailOutbox).where(inArray(emailOutbox.userId, [inactive.worker.id, read.worker.id, old.worker.id]))).toEqual([]);
    expect(await outboxOf(leaver.worker.id)).toEqual([expect.objectContaining({ sentAt: null, lastError: "recipient deactivated" })]);
  });

  it("leaves a message the server refuses unsent with the try counted, and sends it on a later try", async () => {
    const organisation = await createOrganisation(deps.db);
    const { worker } = await reminder(organisation);
    smtp.isRefusing = true;
    try {
      await run();
    } finally {
      smtp.isRefusing = false;
    }
    const [failed] = await outboxOf(worker.id);
    expect(failed).toMatchObject({ sentAt: null, attempts: 1 });
    expect(failed!.lastError).toMatch(/451/);
    expect(failed!.lastError).not.toContain("s3cret");
    // Not again straight away; after two minutes it goes.
    await run(minutesFromNow(1));
    expect((await outboxOf(worker.id))[0]!.attempts).toBe(1);
    await run(minutesFromNow(3));
    expect(to(worker.email)).toHaveLength(1);
    expect((await outboxOf(worker.id))[0]).toMatchObject({ attempts: 2, lastError: null });
  });

  it("counts a try on every waiting message when the server cannot be reached, and records no password", async () => {
    const organisation = await createOrganisation(deps.db);
    const first = await reminder(organisation);
    const second = await reminder(organisation);
    const unreachable = await startLocalSmtpServer();
    await unreachable.close();
    const closedServer = smtpSender({ smtpUrl: unreachable.url, from: mail.from });
    try {
      await run(deps.now(), closedServer);
    } finally {
      closedServer.close();
    }
    for (const { worker } of [first, second]) {
      const [row] = await outboxOf(worker.id);
      expect(row).toMatchObject({ sentAt: null, attempts: 1 });
      expect(row!.lastError).toMatch(/^(ESOCKET|ECONNECTION) .*ECONNREFUSED/);
      expect(row!.lastError).not.toContain("s3cret");
    }
  });

  it("queues as a job every minute, one email per alert however often it runs, and two senders at once send it once", async () => {
    const organisation = await createOrganisation(deps.db);
    const { worker } = await reminder(organisation);
    const jobs = emailJobs({ publicUrl });
    expect(jobs.schedules).toEqual([{ name: emailJobName, everySeconds: 60 }]);
    const handler = jobs.handlers[emailJobName]!;
    const context = { jobId: 1, dedupeKey: null, attempt: 1, now: deps.now() };
    await Promise.all([inTransaction(deps.db, (tx) => handler(tx, {}, context)), inTransaction(deps.db, (tx) => handler(tx, {}, context))]);
    expect(await outboxOf(worker.id)).toHaveLength(1);
    const send = () => sendQueuedEmails(deps.db, sender, { now: deps.now(), describeError: String });
    await Promise.all([send(), send()]);
    expect(to(worker.email)).toHaveLength(1);
    expect((await outboxOf(worker.id))[0]).toMatchObject({ attempts: 1, claimedUntil: null });
  });

  it("leaves a message another sender has claimed alone until its claim runs out", async () => {
    const organisation = await createOrganisation(deps.db);
    const { worker } = await reminder(organisation);
    await inTransaction(deps.db, (tx) => queueEmails(tx, { now: deps.now(), publicUrl }));
    await deps.db.update(emailOutbox).set({ claimedUntil: minutesFromNow(15) }).where(eq(emailOutbox.userId, worker.id));
    await sendQueuedEmails(deps.db, sender, { now: deps.now(), describeError: String });
    expect(to(worker.email)).toEqual([]);
    await sendQueuedEmails(deps.db, sender, { now: minutesFromNow(16), describeError: String });
    expect(to(worker.email)).toHaveLength(1);
  });
});
