import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { addDays } from "../../core/instruments/reassessment.js";
import { londonDay, londonInstant } from "../../core/london-time.js";
import { loadConfig } from "../config.js";
import { auditEvents, emailDigests, emailOutbox, emailPreferences, notifications, users } from "../db/schema.js";
import { queueAndSend } from "./email-jobs.js";
import { startLocalSmtpServer, type LocalSmtpServer } from "./test-smtp-server.js";
import { smtpSender, type MailSender } from "./transport.js";

const { app, deps } = await testApp();
const publicUrl = "https://pathways.example.org";

let smtp: LocalSmtpServer;
let sender: MailSender;
let mail: { smtpUrl: string; from: string };

beforeAll(async () => {
  smtp = await startLocalSmtpServer();
  mail = loadConfig({ PATHWAYS_DATA_DIR: ".test-data", PATHWAYS_SMTP_URL: smtp.url, PATHWAYS_MAIL_FROM: "Pathways <pathways@example.org>" }).mail!;
  sender = smtpSender(mail);
});
afterAll(async () => {
  sender.close();
  await smtp.close();
});

/** Runs the email job at `now` until it has nothing more to do (other tests share the queue). */
async function run(now: Date): Promise<void> {
  for (let round = 0; round < 100; round += 1) {
    const done = await queueAndSend(deps.db, sender, { now, publicUrl, mail });
    if (done.queued + done.sent + done.failed === 0) return;
  }
  throw new Error("the email job never ran dry");
}
/**
 * The message as a reader sees it: base64 body and encoded-word subject decoded, so a name could not
 * hide in them. (The test server undoes quoted-printable soft breaks, which eats an encoded word's
 * closing `=` at a line end: hence the optional `=`.)
 */
function readable(raw: string): string {
  const [head = "", ...rest] = raw.split("\r\n\r\n");
  const body = rest.join("\r\n\r\n");
  const words = head.replace(/\s*=\?UTF-8\?B\?([^?]*)\?=?/g, (_match, encoded: string) => Buffer.from(encoded, "base64").toString("utf8"));
  return `${words}\r\n\r\n${/Content-Transfer-Encoding: base64/i.test(head) ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8") : body}`;
}
const to = (email: string) => smtp.received.filter((message) => message.to.includes(email));

/** A key worker with two cases and three alerts on them, who chose a digest at 07:00. */
async function digestWorker(organisation: TestOrganisation, language = "en") {
  const worker = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
  await deps.db.update(users).set({ language }).where(eq(users.id, worker.id));
  await deps.db.insert(emailPreferences).values({ userId: worker.id, organisationId: organisation.id, mode: "daily_digest", digestHour: 7, updatedAt: deps.now() });
  const first = await createTestCase(deps, organisation, worker.id, { keyWorkerId: worker.id });
  const second = await createTestCase(deps, organisation, worker.id, { keyWorkerId: worker.id });
  const alert = (kind: string, kase: typeof first.kase) => ({
    organisationId: organisation.id,
    userId: worker.id,
    kind,
    entityType: "case",
    entityId: kase.id,
    details: { reference: kase.reference, siteId: kase.siteId, date: "2025-03-05" },
    createdAt: deps.now(),
  });
  await deps.db.insert(notifications).values([alert("care_plan_review_due", first.kase), alert("care_plan_review_due", second.kase), alert("assessment_flag", first.kase)]);
  return { worker, people: [first.person, second.person], references: [first.kase.reference, second.kase.reference].sort() };
}

/** 06:30 and 07:30 tomorrow on the London clock: before and after a 07:00 digest. */
function tomorrowAt(time: string): Date {
  return londonInstant(addDays(londonDay(deps.now()), 1), time);
}

describe("email.digest", () => {
  it("sends one digest at the chosen London hour, with kinds, counts and references and a sign-in link, and no alert email before it", async () => {
    const organisation = await createOrganisation(deps.db);
    const { worker, people, references } = await digestWorker(organisation);
    await run(tomorrowAt("06:30"));
    expect(to(worker.email)).toEqual([]);

    await run(tomorrowAt("07:30"));
    await run(tomorrowAt("08:30"));
    const [message, ...more] = to(worker.email);
    expect(more).toEqual([]);
    expect(message!.raw).toContain("Subject: Pathways daily digest: 3 new alerts");
    expect(message!.raw).toContain(`- Care plan reviews due: 2 (${references[0]}, ${references[1]})`);
    expect(message!.raw).toMatch(/- Assessment flags: 1 \([A-Z0-9-]+\)/);
    expect(message!.raw).toContain(`${publicUrl}/alerts`);
    for (const person of people) for (const part of [person.givenName, person.familyName, person.dateOfBirth, person.postcode]) expect(message!.raw).not.toContain(part);
    const digests = await deps.db.select().from(emailDigests).where(eq(emailDigests.userId, worker.id));
    expect(digests).toEqual([expect.objectContaining({ day: addDays(londonDay(deps.now()), 1), alertCount: 3 })]);
  });

  it("writes the digest in Urdu for an Urdu reader, naming no client", async () => {
    const organisation = await createOrganisation(deps.db);
    const { worker, people, references } = await digestWorker(organisation, "ur");
    await run(tomorrowAt("07:30"));
    const [row] = await deps.db.select().from(emailOutbox).where(eq(emailOutbox.userId, worker.id));
    expect(row!.subject).toBe("Pathways روزانہ خلاصہ: 3 نئے الرٹ");
    expect(row!.body).toContain(`واجب کیئر پلان جائزے: 2 (${references[0]}, ${references[1]})`);
    const [message] = to(worker.email);
    const text = readable(message!.raw);
    expect(text).toContain("Pathways روزانہ خلاصہ: 3 نئے الرٹ");
    expect(text).toContain(`انہیں دیکھنے کے لیے سائن ان کریں: ${publicUrl}/alerts`);
    for (const person of people) for (const part of [person.givenName, person.familyName]) expect(text).not.toContain(part);
  });

  it("sends nothing on a day with no alerts, and the next digest counts only what came after the last", async () => {
    const organisation = await createOrganisation(deps.db);
    const { worker } = await digestWorker(organisation);
    await run(tomorrowAt("07:30"));
    expect(to(worker.email)).toHaveLength(1);
    const dayAfter = londonInstant(addDays(londonDay(deps.now()), 2), "07:30");
    await run(dayAfter);
    expect(to(worker.email)).toHaveLength(1);
    expect(await deps.db.select().from(emailDigests).where(eq(emailDigests.userId, worker.id))).toHaveLength(2);
  });

  it("does not send the same alerts again when the worker goes back to immediate emails", async () => {
    const organisation = await createOrganisation(deps.db);
    const { worker } = await digestWorker(organisation);
    await run(tomorrowAt("07:30"));
    await deps.db.update(emailPreferences).set({ mode: "immediate" }).where(eq(emailPreferences.userId, worker.id));
    await run(tomorrowAt("07:31"));
    expect(to(worker.email)).toHaveLength(1);
  });
});

describe("email.preferences", () => {
  it("answers the default, saves a daily digest at an hour (audited), and refuses an hour out of range naming the field, changing nothing", async () => {
    const organisation = await createOrganisation(deps.db);
    const user = await createUser(deps.db, deps.vault, organisation, { role: "mentor" });
    const agent = await signInAs(app, user, deps.now());
    expect((await agent.request("GET", "/api/account/email-preferences")).json()).toEqual({ mode: "immediate", digestHour: 8, isEmailConfigured: false });

    const saved = await agent.request("PUT", "/api/account/email-preferences", { mode: "daily_digest", digestHour: 18 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ mode: "daily_digest", digestHour: 18, isEmailConfigured: false });
    const audited = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, user.id), eq(auditEvents.action, "email.preference_changed")));
    expect(audited).toHaveLength(1);

    for (const body of [{ mode: "daily_digest", digestHour: 24 }, { mode: "daily_digest", digestHour: 7.5 }, { mode: "weekly", digestHour: 7 }]) {
      const refused = await agent.request("PUT", "/api/account/email-preferences", body);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.fields[0].path).toBe(body.mode === "weekly" ? "body.mode" : "body.digestHour");
    }
    expect(await deps.db.select({ mode: emailPreferences.mode, digestHour: emailPreferences.digestHour }).from(emailPreferences).where(eq(emailPreferences.userId, user.id))).toEqual([{ mode: "daily_digest", digestHour: 18 }]);
    expect((await app.inject({ method: "GET", url: "/api/account/email-preferences" })).statusCode).toBe(401);
  });
});
