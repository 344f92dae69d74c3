import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestReferral, samplePerson } from "../../test/case-factories.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { randomAddress, signInAs } from "../../test/http.js";
import { auditEvents, cases, clientIdentities, clients, notifications, referrals } from "../db/schema.js";
import { issueFormToken } from "./form-token.js";
import { publicOrganisation } from "./public-organisation.js";

const { app, deps } = await testApp();

async function publicForm() {
  // The public pages serve the installation's first organisation; make sure there is one.
  await createOrganisation(deps.db);
  const organisation = await publicOrganisation(deps.db, deps.config);
  const form = (await app.inject({ method: "GET", url: "/api/public/referral-form" })).json();
  expect(form.organisationName).toBe(organisation.name);
  return { organisation, siteId: form.sites[0].id as string };
}

const publicBody = (siteId: string, overrides: Record<string, unknown> = {}) => ({
  siteId,
  sourceCode: "family",
  person: { givenName: "Bilal", familyName: "Hussain", dateOfBirth: "2009-05-01" },
  referrer: { name: "Nasreen Hussain", phone: "07700 900321", relationship: "mother" },
  isPersonAware: false,
  reasons: ["criminal_exploitation_gangs"],
  concern: "My son has new trainers and cash he cannot explain.",
  urgency: "soon",
  preferredLanguage: "ur",
  isConsentGiven: true,
  formToken: issueFormToken(deps.vault, new Date(deps.now().getTime() - 30_000)),
  ...overrides,
});

const submit = (body: unknown) => app.inject({ method: "POST", url: "/api/public/referrals", payload: body as object, remoteAddress: randomAddress() });

describe("referrals.public form", () => {
  it("takes a referral from a family member and gives back a reference that reveals nothing", async () => {
    const { siteId } = await publicForm();
    const response = await submit(publicBody(siteId));
    expect(response.statusCode, response.body).toBe(201);
    const { reference } = response.json();
    expect(reference).toMatch(/^R-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const [stored] = await deps.db.select().from(referrals).where(eq(referrals.reference, reference));
    expect(stored).toMatchObject({ channel: "public_form", status: "received", siteId, isReferrerConsentGiven: true });
    // The name is stored only as ciphertext.
    expect(Buffer.from(stored!.subjectGivenName!).toString("latin1")).not.toContain("Bilal");
  });

  it("refuses a form sent within seconds of loading it, and stores nothing", async () => {
    const { siteId } = await publicForm();
    const before = await deps.db.$count(referrals);
    const response = await submit(publicBody(siteId, { formToken: issueFormToken(deps.vault, deps.now()) }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: "body.formToken", message: "too_fast" }]);
    expect(await deps.db.$count(referrals)).toBe(before);
  });

  it("asks for a way to get in touch, naming the field", async () => {
    const { siteId } = await publicForm();
    const response = await submit(publicBody(siteId, { referrer: { name: "Nasreen Hussain", relationship: "mother" } }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: "body.referrer.phone", message: expect.stringContaining("phone") }]);
  });

  it("answers a bot that fills the hidden field as if accepted, but stores nothing", async () => {
    const { siteId } = await publicForm();
    const response = await submit(publicBody(siteId, { website: "http://spam.example" }));
    expect(response.statusCode).toBe(201);
    expect(await deps.db.select().from(referrals).where(eq(referrals.reference, response.json().reference))).toEqual([]);
  });

  it("tells a family member only that the referral was received, even after a decision", async () => {
    const { siteId, organisation } = await publicForm();
    const { reference } = (await submit(publicBody(siteId))).json();
    const status = () => app.inject({ method: "POST", url: "/api/public/referral-status", payload: { reference, contact: "+44 7700 900321" }, remoteAddress: randomAddress() });
    expect((await status()).json()).toEqual({ status: "received" });
    await deps.db.update(referrals).set({ status: "declined" }).where(and(eq(referrals.reference, reference), eq(referrals.organisationId, organisation.id)));
    expect((await status()).json()).toEqual({ status: "received" });
    const wrongContact = await app.inject({ method: "POST", url: "/api/public/referral-status", payload: { reference, contact: "07700 900000" }, remoteAddress: randomAddress() });
    expect(wrongContact.statusCode).toBe(404);
  });

  it("limits how many referrals one address can send", async () => {
    const { siteId } = await publicForm();
    const address = randomAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      statuses.push((await app.inject({ method: "POST", url: "/api/public/referrals", payload: publicBody(siteId), remoteAddress: address })).statusCode);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(201), 429]);
  });
});

describe("referrals.triage", () => {
  it("lists the site's queue oldest first with the target time, and flags breaches", async () => {
    const organisation = await createOrganisation(deps.db);
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const first = await createTestReferral(deps, organisation);
    const second = await createTestReferral(deps, organisation, { urgency: "urgent" });
    await createTestReferral(deps, organisation, { site: 1 });
    await deps.db.update(referrals).set({ triageDueAt: new Date(deps.now().getTime() - 60_000) }).where(eq(referrals.id, first.id));
    const queue = (await caseworker.request("GET", `/api/referrals?siteId=${organisation.siteIds[0]}`)).json();
    expect(queue.items.map((r: { id: string }) => r.id)).toEqual([first.id, second.id]);
    expect(queue.items[0]).toMatchObject({ isOverdue: true, urgency: "soon" });
    expect(queue.items[1]).toMatchObject({ isOverdue: false, urgency: "urgent" });
    expect(JSON.stringify(queue)).not.toContain("Ayesha");
  });

  it("alerts the site's managers to an urgent referral", async () => {
    const organisation = await createOrganisation(deps.db);
    const manager = await createUser(deps.db, deps.vault, organisation, { role: "team_manager" });
    const referral = await createTestReferral(deps, organisation, { urgency: "urgent" });
    const alerts = await deps.db.select().from(notifications).where(eq(notifications.userId, manager.id));
    expect(alerts).toMatchObject([{ kind: "urgent_referral", entityId: referral.id }]);
  });

  it("accepts a referral: a client and a case open, identity moves to the client's vault, all audited", async () => {
    const organisation = await createOrganisation(deps.db);
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const referral = await createTestReferral(deps, organisation);
    const response = await caseworker.request("POST", `/api/referrals/${referral.id}/triage`, { decision: "accept", reason: "Clear exploitation risk." });
    expect(response.statusCode, response.body).toBe(200);
    const { caseId, referral: decided } = response.json();
    expect(decided).toMatchObject({ status: "accepted", caseId, decision: { reason: "Clear exploitation risk." } });
    const [kase] = await deps.db.select().from(cases).where(eq(cases.id, caseId));
    expect(kase).toMatchObject({ state: "assessment", siteId: organisation.siteIds[0], ageBandAtOpening: expect.stringMatching(/^1[48]_/) });
    const [identity] = await deps.db.select().from(clientIdentities).where(eq(clientIdentities.clientId, kase!.clientId));
    expect(identity?.givenName).toBeInstanceOf(Uint8Array);
    const [client] = await deps.db.select().from(clients).where(eq(clients.id, kase!.clientId));
    expect(client).toMatchObject({ postcodeDistrict: "B11", preferredLanguage: "ur" });
    const actions = (await deps.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.organisationId, organisation.id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["referral.received", "referral.identity_revealed", "referral.triaged", "case.opened"]));

    const again = await caseworker.request("POST", `/api/referrals/${referral.id}/triage`, { decision: "decline", reason: "Changed my mind." });
    expect(again.statusCode).toBe(403);
  });

  it("signposts with where to, and declines with a reason; neither opens a case", async () => {
    const organisation = await createOrganisation(deps.db);
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const toSignpost = await createTestReferral(deps, organisation);
    const missing = await caseworker.request("POST", `/api/referrals/${toSignpost.id}/triage`, { decision: "signpost", reason: "Better served elsewhere." });
    expect(missing.statusCode).toBe(400);
    const signposted = await caseworker.request("POST", `/api/referrals/${toSignpost.id}/triage`, { decision: "signpost", reason: "Better served elsewhere.", signpostedTo: "Local drug and alcohol service" });
    expect(signposted.json()).toMatchObject({ caseId: null, referral: { status: "signposted", decision: { signpostedTo: "Local drug and alcohol service" } } });
    expect(await deps.db.$count(cases, eq(cases.organisationId, organisation.id))).toBe(0);
  });

  it("keeps Channel and radicalisation referrals to the site's safeguarding leads", async () => {
    const organisation = await createOrganisation(deps.db);
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const lead = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead" }), deps.now());
    const referral = await createTestReferral(deps, organisation, { isRestricted: true });
    expect((await caseworker.request("GET", `/api/referrals/${referral.id}`)).statusCode).toBe(404);
    expect((await lead.request("GET", `/api/referrals/${referral.id}`)).json()).toMatchObject({ isRestricted: true });
    const accepted = (await lead.request("POST", `/api/referrals/${referral.id}/triage`, { decision: "accept", reason: "Channel panel agreed support." })).json();
    expect((await caseworker.request("GET", `/api/cases/${accepted.caseId}`)).statusCode).toBe(404);
    expect((await lead.request("GET", `/api/cases/${accepted.caseId}`)).json()).toMatchObject({ isRestricted: true });
  });

  it("lets a caseworker record a radicalisation referral that only the safeguarding lead can then open, and tells the lead", async () => {
    const organisation = await createOrganisation(deps.db);
    const caseworkerUser = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    const caseworker = await signInAs(app, caseworkerUser, deps.now());
    const managerUser = await createUser(deps.db, deps.vault, organisation, { role: "team_manager" });
    const leadUser = await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead" });
    const lead = await signInAs(app, leadUser, deps.now());
    const recorded = await caseworker.request("POST", "/api/referrals", {
      siteId: organisation.siteIds[0],
      sourceCode: "faith_leader",
      person: { givenName: "Bilal" },
      referrer: { name: "Imam at the local mosque" },
      reasons: ["radicalisation_extremism"],
      concern: "Sharing extremist videos with younger boys after prayers.",
      urgency: "urgent",
      isReferrerConsentGiven: true,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const { id, reference, isRestricted, canOpen } = recorded.json();
    expect({ isRestricted, canOpen }).toEqual({ isRestricted: true, canOpen: false });
    expect(reference).toMatch(/^R-/);
    expect((await caseworker.request("GET", `/api/referrals/${id}`)).statusCode).toBe(404);
    expect((await lead.request("GET", `/api/referrals/${id}`)).json()).toMatchObject({ reference, isRestricted: true });
    const alertsFor = (userId: string) => deps.db.select().from(notifications).where(eq(notifications.userId, userId));
    expect(await alertsFor(leadUser.id)).toMatchObject([{ kind: "restricted_referral", entityId: id }]);
    // The manager cannot open it, so is not told it exists, even though it is urgent.
    expect(await alertsFor(managerUser.id)).toEqual([]);

    const ordinary = await caseworker.request("POST", "/api/referrals", {
      siteId: organisation.siteIds[0],
      sourceCode: "family",
      person: { givenName: "Adam" },
      referrer: { name: "His sister" },
      reasons: ["alcohol"],
      concern: "Drinking every day since losing his job.",
      urgency: "routine",
      isReferrerConsentGiven: true,
    });
    expect(ordinary.json()).toMatchObject({ isRestricted: false, canOpen: true });
  });

  it("shows the referred person's identity only through an audited reveal", async () => {
    const organisation = await createOrganisation(deps.db);
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const person = samplePerson();
    const referral = await createTestReferral(deps, organisation, { person });
    const detail = await caseworker.request("GET", `/api/referrals/${referral.id}`);
    expect(detail.body).not.toContain(person.familyName);
    const revealed = (await caseworker.request("POST", `/api/referrals/${referral.id}/reveal`)).json();
    expect(revealed.person).toMatchObject({ givenName: "Ayesha", familyName: person.familyName, dateOfBirth: "2008-03-14" });
    expect(revealed.referrer).toMatchObject({ name: "Referring Relative" });
    const [event] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, referral.id), eq(auditEvents.action, "referral.identity_revealed")));
    expect(event).toBeDefined();
  });
});
