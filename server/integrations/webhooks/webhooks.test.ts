import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifySignature } from "../../../core/integrations/signature.js";
import { londonDay } from "../../../core/london-time.js";
import { testApp } from "../../../test/app.js";
import { createTestCase, samplePerson } from "../../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../../test/factories.js";
import { signInAs, type Agent } from "../../../test/http.js";
import { createTestPartner } from "../../../test/outreach-factories.js";
import { organisationSnapshot } from "../../../test/snapshot.js";
import { inTransaction } from "../../db/client.js";
import { auditEvents, notifications, outreachPartners, webhookDeliveries, webhookEndpoints } from "../../db/schema.js";
import { applyTransition } from "../../cases/transition-case.js";
import { runNextJob } from "../../jobs/run-next-job.js";
import { webhookJobHandlers } from "./delivery-job.js";
import { emitWebhookEvent } from "./emit-event.js";
import { startTestReceiver, type TestReceiver } from "./test-receiver.js";

const { app, deps } = await testApp();
let receiver: TestReceiver;
beforeAll(async () => {
  receiver = await startTestReceiver();
});
afterAll(() => receiver.close());

/** Jitter pinned to its middle, so the waits are known. */
const handlers = webhookJobHandlers({ vault: deps.vault, rules: { isLoopbackAllowed: true }, random: () => 0.5, timeoutMs: 2_000 });
const later = (seconds: number) => new Date(deps.now().getTime() + seconds * 1000);

/** Runs due webhook jobs (other tests' too, which go to their own receivers) until none is due at `at`. */
async function runDue(at = deps.now()): Promise<void> {
  for (let run = 0; run < 200; run += 1) if ((await runNextJob(deps.db, handlers, () => at)).kind === "idle") return;
}

const deliveriesOf = (webhookId: string) => deps.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, webhookId));
const sentTo = (webhookId: string) => receiver.received.filter((message) => message.headers["pathways-delivery"] !== undefined && deliveryIds.get(webhookId)?.has(String(message.headers["pathways-delivery"])));
const deliveryIds = new Map<string, Set<string>>();
async function noteDeliveries(webhookId: string) {
  deliveryIds.set(webhookId, new Set((await deliveriesOf(webhookId)).map((row) => row.id)));
}

async function administratorOf(organisation: TestOrganisation): Promise<Agent> {
  return signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
}

/** Adds a webhook to a path of its own on the receiver; answers it with the path, for setting its answers. */
async function addWebhook(administrator: Agent, body: Record<string, unknown> = {}) {
  const path = `/hooks/${randomUUID()}`;
  const response = await administrator.request("POST", "/api/integrations/webhooks", { name: "Council system", url: `${receiver.url}${path}`, events: ["referral.received", "case.closed"], partnerId: null, identityFields: [], ...body });
  expect(response.statusCode, response.body).toBe(201);
  return { ...response.json<{ webhook: { id: string; isSharingIdentity: boolean }; signingSecret: string }>(), path };
}

async function referSomeone(organisation: TestOrganisation, person = samplePerson()) {
  const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
  const response = await caseworker.request("POST", "/api/referrals", { siteId: organisation.siteIds[0], sourceCode: "self", person, reasons: ["online_harm"], concern: "Worrying messages from an adult met online.", urgency: "soon", isReferrerConsentGiven: true });
  expect(response.statusCode, response.body).toBe(201);
  return { referral: response.json<{ id: string; reference: string }>(), person };
}

describe("integrations.webhooks", () => {
  it("sends a referral received to the partner once, signed over timestamp.body, with ids and no identity", async () => {
    const organisation = await createOrganisation(deps.db);
    const administrator = await administratorOf(organisation);
    const { webhook, signingSecret } = await addWebhook(administrator);
    expect(signingSecret).toMatch(/^whsec_/);
    const { referral, person } = await referSomeone(organisation);
    await noteDeliveries(webhook.id);
    const [queued] = await deliveriesOf(webhook.id);
    expect(queued).toMatchObject({ status: "pending", attempts: 0, eventType: "referral.received" });
    // Two runners at once: the row lock lets one of them send it.
    await Promise.all([runDue(), runDue()]);
    const [message, ...more] = sentTo(webhook.id);
    expect(more).toEqual([]);
    const signature = String(message!.headers["pathways-signature"]);
    expect(verifySignature(signingSecret, signature, message!.body, Math.floor(deps.now().getTime() / 1000)).ok).toBe(true);
    expect(verifySignature(signingSecret, signature, message!.body.replace("referral", "Referral"), Math.floor(deps.now().getTime() / 1000)).ok).toBe(false);
    const payload = JSON.parse(message!.body) as Record<string, unknown>;
    expect(payload).toEqual({ id: queued!.eventId, type: "referral.received", occurredAt: expect.any(String), organisationId: organisation.id, siteId: organisation.siteIds[0], data: { referralId: referral.id, referralReference: referral.reference } });
    for (const part of [person.givenName, person.familyName, person.dateOfBirth]) expect(message!.body).not.toContain(part);
    const log = await administrator.request("GET", `/api/integrations/webhooks/${webhook.id}/deliveries`);
    expect(log.json().items).toEqual([expect.objectContaining({ status: "delivered", attempts: 1, responseStatus: 200, responseExcerpt: "ok", nextAttemptAt: null })]);
    // Running again sends nothing more.
    await runDue(later(3600));
    expect(sentTo(webhook.id)).toHaveLength(1);
  });

  it("tries again after 500s with growing waits, keeps a short excerpt of the answer, and delivers once", async () => {
    const organisation = await createOrganisation(deps.db);
    const administrator = await administratorOf(organisation);
    const { webhook, path } = await addWebhook(administrator);
    await referSomeone(organisation);
    await noteDeliveries(webhook.id);
    receiver.answers.set(path, [500, 503]);
    await runDue();
    const [first] = await deliveriesOf(webhook.id);
    expect(first).toMatchObject({ status: "pending", attempts: 1, responseStatus: 500, lastError: "The partner answered 500." });
    expect(first!.responseExcerpt!.length).toBeLessThanOrEqual(200);
    expect(first!.responseExcerpt).not.toContain("\u0000");
    // 30 s ceiling, jitter pinned at half of the upper half: 22.5 s.
    expect(first!.nextAttemptAt!.getTime() - first!.lastAttemptAt!.getTime()).toBe(22_500);
    await runDue(later(10));
    expect(sentTo(webhook.id)).toHaveLength(1);
    await runDue(later(23));
    const [second] = await deliveriesOf(webhook.id);
    expect(second).toMatchObject({ status: "pending", attempts: 2, responseStatus: 503 });
    expect(second!.nextAttemptAt!.getTime() - second!.lastAttemptAt!.getTime()).toBe(45_000);
    await runDue(later(23 + 46));
    const [third] = await deliveriesOf(webhook.id);
    expect(third).toMatchObject({ status: "delivered", attempts: 3, responseStatus: 200, lastError: null });
    expect(sentTo(webhook.id)).toHaveLength(3);
    expect(new Set(sentTo(webhook.id).map((message) => message.headers["idempotency-key"])).size).toBe(1);
    const [endpoint] = await deps.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, webhook.id));
    expect(endpoint!.consecutiveFailures).toBe(0);
  });

  it("sends nothing for a change that rolls back", async () => {
    const organisation = await createOrganisation(deps.db);
    const { webhook } = await addWebhook(await administratorOf(organisation));
    await expect(
      inTransaction(deps.db, async (tx) => {
        await emitWebhookEvent(tx, { type: "referral.received", organisationId: organisation.id, siteId: organisation.siteIds[0], data: { referralId: null, referralReference: "R-ROLLED" } }, deps.now());
        throw new Error("the referral failed");
      }),
    ).rejects.toThrow("the referral failed");
    expect(await deliveriesOf(webhook.id)).toEqual([]);
  });

  it("sends the chosen identity only to a partner with an information-sharing agreement in force, and audits it", async () => {
    const organisation = await createOrganisation(deps.db);
    const administrator = await administratorOf(organisation);
    const today = londonDay(deps.now());
    const partner = await createTestPartner(deps, organisation, { name: "City Council" });
    await deps.db.update(outreachPartners).set({ agreements: [{ kind: "information_sharing", reference: "ISA-1", signedOn: "2025-01-01", endsOn: null }] }).where(eq(outreachPartners.id, partner.id));
    const ended = await createTestPartner(deps, organisation, { name: "Old Partner" });
    await deps.db.update(outreachPartners).set({ agreements: [{ kind: "information_sharing", reference: "ISA-0", signedOn: "2020-01-01", endsOn: "2021-01-01" }, { kind: "venue_use", reference: "", signedOn: "2020-01-01", endsOn: null }] }).where(eq(outreachPartners.id, ended.id));
    const sharing = await addWebhook(administrator, { partnerId: partner.id, identityFields: ["givenName", "familyName"] });
    const notSharing = await addWebhook(administrator, { partnerId: ended.id, identityFields: ["givenName", "familyName"] });
    expect(sharing.webhook.isSharingIdentity).toBe(true);
    expect(notSharing.webhook.isSharingIdentity).toBe(false);
    expect(today > "2021-01-01").toBe(true);
    const { referral, person } = await referSomeone(organisation);
    await noteDeliveries(sharing.webhook.id);
    await noteDeliveries(notSharing.webhook.id);
    await runDue();
    const [shared] = sentTo(sharing.webhook.id);
    expect(JSON.parse(shared!.body).person).toEqual({ givenName: person.givenName, familyName: person.familyName });
    expect(shared!.body).not.toContain(person.dateOfBirth);
    const [withheld] = sentTo(notSharing.webhook.id);
    expect(JSON.parse(withheld!.body).person).toBeUndefined();
    expect(withheld!.body).not.toContain(person.familyName);
    // The log never holds what was sent about the person.
    const stored = JSON.stringify(await deps.db.select().from(webhookDeliveries).where(inArray(webhookDeliveries.endpointId, [sharing.webhook.id, notSharing.webhook.id])));
    expect(stored).not.toContain(person.familyName);
    const audits = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "webhook.identity_shared")));
    expect(audits).toEqual([expect.objectContaining({ entityType: "referral", entityId: referral.id, details: expect.objectContaining({ webhookId: sharing.webhook.id, fields: ["givenName", "familyName"] }) })]);
  });

  it("sends a case closure's ids, and nothing about a restricted case", async () => {
    const organisation = await createOrganisation(deps.db);
    const worker = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    const { webhook } = await addWebhook(await administratorOf(organisation));
    for (const isRestricted of [false, true]) {
      const { kase } = await createTestCase(deps, organisation, worker.id, { isRestricted });
      // A new case is in assessment, from which it may close.
      await inTransaction(deps.db, (tx) => applyTransition(tx, { userId: worker.id, organisationId: organisation.id }, kase, { event: { type: "close", reason: "support_completed", outcome: "improved" }, reason: "Finished", version: kase.version }, { vault: deps.vault, now: deps.now(), requestId: "test" }));
    }
    const rows = await deliveriesOf(webhook.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toMatchObject({ type: "case.closed", data: { caseId: expect.any(String), caseReference: expect.any(String) } });
  });

  it("switches an endpoint off after repeated failures and tells administrators; resending by hand needs it on again", async () => {
    const organisation = await createOrganisation(deps.db);
    const administrator = await administratorOf(organisation);
    const { webhook, path } = await addWebhook(administrator);
    await deps.db.update(webhookEndpoints).set({ consecutiveFailures: 14 }).where(eq(webhookEndpoints.id, webhook.id));
    await referSomeone(organisation);
    await noteDeliveries(webhook.id);
    receiver.answers.set(path, [500]);
    await runDue();
    const [endpoint] = await deps.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, webhook.id));
    expect(endpoint).toMatchObject({ isActive: false, disabledReason: "failures", consecutiveFailures: 15 });
    const alerts = await deps.db.select().from(notifications).where(and(eq(notifications.organisationId, organisation.id), eq(notifications.kind, "webhook_disabled")));
    expect(alerts).toHaveLength(1);
    // Its waiting retry finds it off and stops.
    await runDue(later(60));
    const [delivery] = await deliveriesOf(webhook.id);
    expect(delivery).toMatchObject({ status: "failed", attempts: 1 });
    const url = `/api/integrations/webhooks/${webhook.id}/deliveries/${delivery!.id}/redeliver`;
    expect((await administrator.request("POST", url)).statusCode).toBe(409);
    expect((await administrator.request("PATCH", `/api/integrations/webhooks/${webhook.id}`, { isActive: true })).json()).toMatchObject({ isActive: true, disabledReason: null, consecutiveFailures: 0 });
    const resent = await administrator.request("POST", url);
    expect(resent.json()).toMatchObject({ status: "pending" });
    await runDue();
    expect((await deliveriesOf(webhook.id))[0]).toMatchObject({ status: "delivered", attempts: 2 });
    expect(sentTo(webhook.id)).toHaveLength(2);
  });

  it("refuses private, local and plain-http addresses and other bad input, naming the field, and changes nothing", async () => {
    const organisation = await createOrganisation(deps.db);
    const administrator = await administratorOf(organisation);
    const validBody = { name: "Partner", url: "https://partner.example.org/hooks", events: ["case.closed"], partnerId: null, identityFields: [] };
    const before = await organisationSnapshot(deps.db, organisation.id);
    for (const [body, field] of [
      [{ url: "https://10.0.0.8/hooks" }, "body.url"],
      [{ url: "https://169.254.169.254/latest" }, "body.url"],
      [{ url: "https://[fd00::1]/hooks" }, "body.url"],
      [{ url: "http://partner.example.org/hooks" }, "body.url"],
      [{ url: "http://localhost:4200/hooks" }, "body.url"],
      [{ events: [] }, "body.events"],
      [{ events: ["client.created"] }, "body.events.0"],
      [{ identityFields: ["givenName"] }, "body.identityFields"],
      [{ identityFields: ["address"] }, "body.identityFields.0"],
      [{ partnerId: organisation.id }, "body.partnerId"],
    ] as const) {
      const response = await administrator.request("POST", "/api/integrations/webhooks", { ...validBody, ...body });
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.fields.map((f: { path: string }) => f.path), JSON.stringify(body)).toContain(field);
    }
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("refuses at sending time a name that resolves to a private address, and tries no more", async () => {
    const organisation = await createOrganisation(deps.db);
    const { webhook } = await addWebhook(await administratorOf(organisation), { url: "https://rebinding.example.org/hooks" });
    await referSomeone(organisation);
    // One public and one private answer: a name that could rebind to the inside.
    const resolve = async (host: string) => (host === "rebinding.example.org" ? [{ address: "93.184.216.34", family: 4 }, { address: "10.0.0.7", family: 4 }] : []);
    const guarded = webhookJobHandlers({ vault: deps.vault, rules: { isLoopbackAllowed: true }, resolve });
    for (let run = 0; run < 200; run += 1) if ((await runNextJob(deps.db, guarded, deps.now)).kind === "idle") break;
    const [delivery] = await deliveriesOf(webhook.id);
    expect(delivery).toMatchObject({ status: "failed", attempts: 1, responseStatus: null, nextAttemptAt: null, lastError: "Must not be a private, local or reserved address." });
  });
});
