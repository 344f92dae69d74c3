import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../../test/http.js";
import { createTestPartner } from "../../../test/outreach-factories.js";
import { organisationSnapshot } from "../../../test/snapshot.js";
import { auditEvents, referralAttributions, referrals } from "../../db/schema.js";
import { logTestSession } from "../dashboard/test-support.js";

const { app, deps } = await testApp();
const daysAgo = (days: number) => new Date(deps.now().getTime() - days * 86_400_000);

const referralBody = (organisation: TestOrganisation, attribution?: Record<string, unknown>) => ({
  siteId: organisation.siteIds[0],
  sourceCode: "faith_leader",
  person: { givenName: "Yusuf" },
  referrer: { name: "Imam Siddiqui", organisation: "Green Lane Mosque" },
  reasons: ["substance_misuse"],
  concern: "Asked after Friday prayers about his cousin's cannabis use.",
  urgency: "routine",
  isReferrerConsentGiven: true,
  ...(attribution ? { attribution } : {}),
});

async function setting() {
  const organisation = await createOrganisation(deps.db);
  const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
  const mosque = await createTestPartner(deps, organisation, { name: "Green Lane Mosque" });
  const college = await createTestPartner(deps, organisation, { name: "Small Heath College", type: "college" });
  const friday = await logTestSession(deps, organisation, { partnerId: mosque.id, startsAt: daysAgo(3), headcount: 140, sessionType: "friday_mosque_presence" });
  return { organisation, caseworker, mosque, college, friday };
}

const attributionOf = async (referralId: string) =>
  (await deps.db.select({ partnerId: referralAttributions.partnerId, outreachSessionId: referralAttributions.outreachSessionId }).from(referralAttributions).where(eq(referralAttributions.referralId, referralId)))[0] ?? null;

const referralCount = (organisationId: string) => deps.db.$count(referrals, eq(referrals.organisationId, organisationId));

describe("outreach.attribution on a new referral", () => {
  it("records the session a referral came from, takes the session's partner with it, and shows both on the referral", async () => {
    const { organisation, caseworker, mosque, friday } = await setting();
    const recorded = await caseworker.request("POST", "/api/referrals", referralBody(organisation, { outreachSessionId: friday.id }));
    expect(recorded.statusCode, recorded.body).toBe(201);
    const { id } = recorded.json();
    expect(await attributionOf(id)).toEqual({ partnerId: mosque.id, outreachSessionId: friday.id });

    const detail = (await caseworker.request("GET", `/api/referrals/${id}`)).json();
    expect(detail.attribution).toEqual({
      partner: { id: mosque.id, name: "Green Lane Mosque", type: "mosque" },
      outreachSession: { id: friday.id, startsAt: friday.startsAt.toISOString(), sessionType: "friday_mosque_presence", partnerName: "Green Lane Mosque", venue: "" },
    });
    expect(detail.abilities.attribute).toBe(true);
    const events = await deps.db.select({ action: auditEvents.action, details: auditEvents.details }).from(auditEvents).where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "referral.attributed")));
    expect(events).toEqual([{ action: "referral.attributed", details: { partnerId: mosque.id, outreachSessionId: friday.id } }]);
  });

  it("records a partner alone, and no attribution at all for a referral that did not come from outreach", async () => {
    const { organisation, caseworker, college } = await setting();
    const fromCollege = (await caseworker.request("POST", "/api/referrals", referralBody(organisation, { partnerId: college.id }))).json();
    expect(await attributionOf(fromCollege.id)).toEqual({ partnerId: college.id, outreachSessionId: null });
    const plain = (await caseworker.request("POST", "/api/referrals", referralBody(organisation))).json();
    expect(await attributionOf(plain.id)).toBeNull();
    expect((await caseworker.request("GET", `/api/referrals/${plain.id}`)).json().attribution).toBeNull();
    const empty = (await caseworker.request("POST", "/api/referrals", referralBody(organisation, { partnerId: null, outreachSessionId: null }))).json();
    expect(await attributionOf(empty.id)).toBeNull();
  });

  it("refuses another site's or organisation's partner or session, naming the field, and saves nothing", async () => {
    const { organisation, caseworker, mosque } = await setting();
    const elsewhere = await createTestPartner(deps, organisation, { site: 1, name: "Cheetham Hill Mosque" });
    const elsewhereSession = await logTestSession(deps, organisation, { site: 1, partnerId: elsewhere.id, startsAt: daysAgo(2), headcount: 60 });
    const stranger = await createOrganisation(deps.db);
    const strangersPartner = await createTestPartner(deps, stranger);
    const refusals: [Record<string, unknown>, string][] = [
      [{ partnerId: elsewhere.id }, "body.attribution.partnerId"],
      [{ outreachSessionId: elsewhereSession.id }, "body.attribution.outreachSessionId"],
      [{ partnerId: strangersPartner.id }, "body.attribution.partnerId"],
      [{ partnerId: mosque.id, outreachSessionId: elsewhereSession.id }, "body.attribution.outreachSessionId"],
    ];
    for (const [attribution, path] of refusals) {
      const before = await organisationSnapshot(deps.db, organisation.id);
      const response = await caseworker.request("POST", "/api/referrals", referralBody(organisation, attribution));
      expectCleanRefusal(response);
      expect(response.statusCode).toBe(422);
      expect(response.json().error.fields.map((field: { path: string }) => field.path)).toEqual([path]);
      expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
    }
    expect(await referralCount(organisation.id)).toBe(0);
    expect(await deps.db.$count(referralAttributions, eq(referralAttributions.organisationId, organisation.id))).toBe(0);
  });

  it("refuses a session held with a different partner from the one named", async () => {
    const { organisation, caseworker, college, friday } = await setting();
    const response = await caseworker.request("POST", "/api/referrals", referralBody(organisation, { partnerId: college.id, outreachSessionId: friday.id }));
    expect(response.statusCode).toBe(422);
    expect(response.json().error.fields).toEqual([{ path: "body.attribution.outreachSessionId", message: "This session was held with another partner." }]);
    expect(await referralCount(organisation.id)).toBe(0);
  });
});

describe("outreach.attribution set later", () => {
  it("lets those who triage the referral set, change and remove it, each audited", async () => {
    const { organisation, caseworker, mosque, college, friday } = await setting();
    const { id } = (await caseworker.request("POST", "/api/referrals", referralBody(organisation))).json();
    const manager = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "team_manager" }), deps.now());

    const set = await manager.request("PUT", `/api/referrals/${id}/attribution`, { partnerId: null, outreachSessionId: friday.id });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().attribution.partner).toEqual({ id: mosque.id, name: "Green Lane Mosque", type: "mosque" });
    const changed = await caseworker.request("PUT", `/api/referrals/${id}/attribution`, { partnerId: college.id, outreachSessionId: null });
    expect(changed.json().attribution).toEqual({ partner: { id: college.id, name: "Small Heath College", type: "college" }, outreachSession: null });
    expect(await attributionOf(id)).toEqual({ partnerId: college.id, outreachSessionId: null });
    const removed = await caseworker.request("PUT", `/api/referrals/${id}/attribution`, { partnerId: null, outreachSessionId: null });
    expect(removed.json()).toEqual({ attribution: null });
    expect(await attributionOf(id)).toBeNull();

    const actions = await deps.db.select({ action: auditEvents.action, details: auditEvents.details }).from(auditEvents).where(and(eq(auditEvents.entityId, id), eq(auditEvents.organisationId, organisation.id)));
    expect(actions.map((event) => event.action).filter((action) => action.includes("attribut"))).toEqual(["referral.attributed", "referral.attribution_changed", "referral.attribution_removed"]);
    expect(actions.find((event) => event.action === "referral.attribution_changed")?.details).toEqual({ partnerId: college.id, outreachSessionId: null, before: { partnerId: mosque.id, outreachSessionId: friday.id } });
  });

  it("refuses another site's session (422) and keeps what was recorded", async () => {
    const { organisation, caseworker, friday, mosque } = await setting();
    const { id } = (await caseworker.request("POST", "/api/referrals", referralBody(organisation, { outreachSessionId: friday.id }))).json();
    const elsewhere = await logTestSession(deps, organisation, { site: 1, partnerId: null, startsAt: daysAgo(1), headcount: 30 });
    const before = await organisationSnapshot(deps.db, organisation.id);
    const response = await caseworker.request("PUT", `/api/referrals/${id}/attribution`, { partnerId: null, outreachSessionId: elsewhere.id });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.fields).toEqual([{ path: "body.outreachSessionId", message: "This is not one of this site's outreach sessions." }]);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
    expect(await attributionOf(id)).toEqual({ partnerId: mosque.id, outreachSessionId: friday.id });
  });

  it("tells those who cannot see the referral that it does not exist: an outreach worker, and a caseworker on a restricted one", async () => {
    const { organisation, caseworker, mosque } = await setting();
    const outreachWorker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker" }), deps.now());
    const { id } = (await caseworker.request("POST", "/api/referrals", referralBody(organisation))).json();
    const body = { partnerId: mosque.id, outreachSessionId: null };
    expect((await outreachWorker.request("PUT", `/api/referrals/${id}/attribution`, body)).statusCode).toBe(404);

    const restricted = (await caseworker.request("POST", "/api/referrals", { ...referralBody(organisation), reasons: ["radicalisation_extremism"] })).json();
    expect((await caseworker.request("PUT", `/api/referrals/${restricted.id}/attribution`, body)).statusCode).toBe(404);
    const lead = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead" }), deps.now());
    expect((await lead.request("PUT", `/api/referrals/${restricted.id}/attribution`, body)).statusCode).toBe(200);
    expect(await attributionOf(id)).toBeNull();
  });
});

describe("outreach.attribution recent sessions", () => {
  it("offers the site's sessions of the last 60 days, newest first, a partner's alone when asked, and an older one by id", async () => {
    const { organisation, caseworker, mosque, college, friday } = await setting();
    const atCollege = await logTestSession(deps, organisation, { partnerId: college.id, startsAt: daysAgo(20), headcount: 45, sessionType: "workshop" });
    const old = await logTestSession(deps, organisation, { partnerId: mosque.id, startsAt: daysAgo(75), headcount: 90 });
    await logTestSession(deps, organisation, { site: 1, partnerId: null, startsAt: daysAgo(1), headcount: 20 });
    const site = organisation.siteIds[0];

    const all = (await caseworker.request("GET", `/api/outreach/sessions/recent?siteId=${site}`)).json();
    expect(all.items.map((session: { id: string }) => session.id)).toEqual([friday.id, atCollege.id]);
    expect(all.items[1]).toEqual({ id: atCollege.id, startsAt: atCollege.startsAt.toISOString(), sessionType: "workshop", partnerId: college.id, partnerName: "Small Heath College", venue: "" });
    const mosques = (await caseworker.request("GET", `/api/outreach/sessions/recent?siteId=${site}&partnerId=${mosque.id}`)).json();
    expect(mosques.items.map((session: { id: string }) => session.id)).toEqual([friday.id]);
    const linked = (await caseworker.request("GET", `/api/outreach/sessions/recent?siteId=${site}&partnerId=${mosque.id}&including=${old.id}`)).json();
    expect(linked.items.map((session: { id: string }) => session.id)).toEqual([friday.id, old.id]);
  });

  it("refuses a site where the user does not read outreach (403)", async () => {
    const { organisation, caseworker } = await setting();
    const response = await caseworker.request("GET", `/api/outreach/sessions/recent?siteId=${organisation.siteIds[1]}`);
    expectCleanRefusal(response);
    expect(response.statusCode).toBe(403);
  });
});
