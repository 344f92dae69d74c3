import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createTestReferral } from "../../../test/case-factories.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../../test/http.js";
import { createTestPartner } from "../../../test/outreach-factories.js";
import { londonDay } from "../../../core/london-time.js";
import { addDays } from "../../../core/instruments/reassessment.js";
import { auditEvents, outreachPartners, outreachSessions, referralAttributions, referrals, trainingAttendees, trainingCourses, trainingDeliveries } from "../../db/schema.js";

const { app, deps } = await testApp();

const today = () => londonDay(deps.now());
const partnerBody = (siteId: string, extra: Record<string, unknown> = {}) => ({
  siteId,
  name: `Green Lane Mosque ${Math.random().toString(36).slice(2, 8)}`,
  type: "mosque",
  address: "20 Green Lane, Small Heath",
  postcode: "b9 5dp",
  languages: ["ur", "bn"],
  pathways: ["hosts_sessions", "can_refer"],
  contacts: [{ name: "Imam Yusuf Ali", role: "Imam", email: "imam@greenlane.example", phone: "0121 496 0000", hasConsented: true }],
  agreements: [{ kind: "information_sharing", reference: "ISA-2026-04", signedOn: addDays(today(), -400), endsOn: addDays(today(), 30) }],
  notes: "Friday prayers are busiest; the committee meets on the first Monday.",
  ...extra,
});
const { siteId: _dropped, ...editable } = partnerBody("");
const editBody = (extra: Record<string, unknown> = {}) => ({ ...editable, isActive: true, ...extra });

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const siteId = organisation.siteIds[0];
  const now = deps.now();
  const [worker, caseworker, mentor, otherSiteWorker, manager] = await Promise.all([
    createUser(deps.db, deps.vault, organisation, { role: "outreach_worker" }),
    createUser(deps.db, deps.vault, organisation, { role: "caseworker" }),
    createUser(deps.db, deps.vault, organisation, { role: "mentor" }),
    createUser(deps.db, deps.vault, organisation, { role: "outreach_worker", site: 1 }),
    createUser(deps.db, deps.vault, organisation, { role: "team_manager" }),
  ]);
  return {
    organisation,
    siteId,
    managerUser: manager,
    worker: await signInAs(app, worker, now),
    caseworker: await signInAs(app, caseworker, now),
    mentor: await signInAs(app, mentor, now),
    otherSiteWorker: await signInAs(app, otherSiteWorker, now),
    manager: await signInAs(app, manager, now),
  };
}

const partnersAt = async (siteId: string) => deps.db.select().from(outreachPartners).where(eq(outreachPartners.siteId, siteId));

describe("outreach.partners", () => {
  it("adds a partner with its contacts and agreements, shows the agreement's state today, and audits the addition without names", async () => {
    const { worker, siteId } = await setUp();
    const body = partnerBody(siteId);
    const created = await worker.request("POST", "/api/outreach/partners", body);
    expect(created.statusCode, created.body).toBe(201);
    const partner = created.json();
    expect(partner).toMatchObject({
      name: body.name,
      type: "mosque",
      postcode: "B9 5DP",
      languages: ["ur", "bn"],
      pathways: ["hosts_sessions", "can_refer"],
      contacts: [{ name: "Imam Yusuf Ali", hasConsented: true }],
      agreements: [{ kind: "information_sharing", state: "ending_soon" }],
      sharingAgreement: "ending_soon",
      canShareInformation: true,
      lastSessionAt: null,
      isActive: true,
      version: 1,
      abilities: { edit: true },
    });
    const audits = await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, partner.id));
    expect(audits.map((event) => event.action)).toEqual(["outreach.partner_added"]);
    expect(JSON.stringify(audits[0]!.details)).not.toContain("Yusuf");
  });

  it("lists the site's partners, searched by name and filtered by type and pathway, leaving out inactive ones unless asked", async () => {
    const { worker, caseworker, siteId, organisation } = await setUp();
    const mosque = await createTestPartner(deps, organisation, { name: "Al-Noor Mosque", type: "mosque" });
    const school = await createTestPartner(deps, organisation, { name: "Small Heath School", type: "school" });
    await deps.db.update(outreachPartners).set({ pathways: ["trained_staff"] }).where(eq(outreachPartners.id, school.id));
    const closed = await createTestPartner(deps, organisation, { name: "Old Youth Club", type: "youth_service", isActive: false });
    await createTestPartner(deps, organisation, { name: "Manchester Central Mosque", site: 1 });
    const names = async (query: string) => {
      const response = await caseworker.request("GET", `/api/outreach/partners?siteId=${siteId}${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json().items.map((item: { name: string }) => item.name);
    };
    expect(await names("")).toEqual(["Al-Noor Mosque", "Small Heath School"]);
    expect(await names("&includeInactive=true")).toEqual(["Al-Noor Mosque", "Small Heath School", "Old Youth Club"]);
    expect(await names("&q=heath")).toEqual(["Small Heath School"]);
    expect(await names("&q=%25")).toEqual([]);
    expect(await names("&type=mosque")).toEqual(["Al-Noor Mosque"]);
    expect(await names("&pathway=trained_staff")).toEqual(["Small Heath School"]);
    expect(await names("&pathway=can_refer&includeInactive=true")).toEqual(["Al-Noor Mosque", closed.name]);
    const list = (await caseworker.request("GET", `/api/outreach/partners?siteId=${siteId}`)).json();
    expect(list.abilities).toEqual({ create: false });
    expect((await worker.request("GET", `/api/outreach/partners?siteId=${siteId}`)).json().abilities).toEqual({ create: true });
    expect(list.items[0]).toMatchObject({ id: mosque.id, sharingAgreement: "none", canShareInformation: false });
    const bad = await worker.request("GET", `/api/outreach/partners?siteId=${siteId}&type=bakery`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toContain("type");
  });

  it("changes a partner with the version seen, deactivates and reactivates it, and refuses a stale version without changing it", async () => {
    const { worker, manager, siteId } = await setUp();
    const created = (await worker.request("POST", "/api/outreach/partners", partnerBody(siteId))).json();
    const url = `/api/outreach/partners/${created.id}`;
    const edited = await manager.request("PUT", url, editBody({ name: created.name, pathways: ["hosts_sessions"], agreements: [], version: 1 }));
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ pathways: ["hosts_sessions"], agreements: [], sharingAgreement: "none", version: 2 });
    const deactivated = await worker.request("PUT", url, editBody({ name: created.name, pathways: ["hosts_sessions"], agreements: [], isActive: false, version: 2 }));
    expect(deactivated.json()).toMatchObject({ isActive: false, version: 3 });

    const stale = await worker.request("PUT", url, editBody({ name: "Another name", version: 2 }));
    expect(stale.statusCode).toBe(409);
    expectCleanRefusal(stale);
    const [row] = await deps.db.select().from(outreachPartners).where(eq(outreachPartners.id, created.id));
    expect(row).toMatchObject({ name: created.name, isActive: false, version: 3 });

    const reactivated = await worker.request("PUT", url, editBody({ name: created.name, pathways: ["hosts_sessions"], agreements: [], isActive: true, version: 3 }));
    expect(reactivated.json()).toMatchObject({ isActive: true, version: 4 });
    const audits = await deps.db.select({ action: auditEvents.action, details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.entityId, created.id));
    expect(audits.map((event) => event.action).sort()).toEqual(["outreach.partner_added", "outreach.partner_deactivated", "outreach.partner_reactivated", "outreach.partner_updated"]);
    expect(audits.find((event) => event.action === "outreach.partner_updated")!.details).toEqual({ changed: ["pathways", "agreements"] });
  });

  it("refuses bad input naming each field, a contact held without consent, an agreement ending before it began, and a second partner of the same name", async () => {
    const { worker, siteId } = await setUp();
    const bad = await worker.request(
      "POST",
      "/api/outreach/partners",
      partnerBody(siteId, {
        name: "",
        type: "bakery",
        postcode: "not a postcode",
        languages: ["ur", "ur"],
        contacts: [{ name: "Mr Khan", role: "", email: "not-an-email", phone: "", hasConsented: false }],
        agreements: [{ kind: "information_sharing", reference: "", signedOn: "2026-05-01", endsOn: "2026-04-01" }],
      }),
    );
    expect(bad.statusCode).toBe(400);
    expectCleanRefusal(bad);
    const paths = bad.json().error.fields.map((field: { path: string }) => field.path);
    for (const path of ["body.name", "body.type", "body.postcode", "body.languages", "body.contacts.0.email", "body.contacts.0.hasConsented", "body.agreements.0.endsOn"]) expect(paths).toContain(path);

    const body = partnerBody(siteId);
    expect((await worker.request("POST", "/api/outreach/partners", body)).statusCode).toBe(201);
    const again = await worker.request("POST", "/api/outreach/partners", { ...body, name: body.name.toUpperCase() });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toEqual([expect.objectContaining({ path: "body.name" })]);
    expect(await partnersAt(siteId)).toHaveLength(1);
  });

  it("keeps one partner of a name per site when two people add it at the same moment", async () => {
    const { worker, manager, siteId } = await setUp();
    const body = partnerBody(siteId);
    const answers = await Promise.all([worker.request("POST", "/api/outreach/partners", body), manager.request("POST", "/api/outreach/partners", { ...body, name: body.name.toLowerCase() })]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    const refused = answers.find((answer) => answer.statusCode === 409)!;
    expectCleanRefusal(refused);
    expect(refused.json().error.fields).toEqual([expect.objectContaining({ path: "body.name" })]);
    expect(await partnersAt(siteId)).toHaveLength(1);
  });

  it("lets the site's caseworkers read but not write, and tells everyone else a partner of another site does not exist", async () => {
    const { worker, caseworker, mentor, otherSiteWorker, siteId, organisation } = await setUp();
    const partner = await createTestPartner(deps, organisation);
    const url = `/api/outreach/partners/${partner.id}`;
    expect((await caseworker.request("GET", url)).json().partner.abilities).toEqual({ edit: false });
    const refused = await caseworker.request("PUT", url, editBody({ version: 1 }));
    expect(refused.statusCode).toBe(403);
    expect((await caseworker.request("POST", "/api/outreach/partners", partnerBody(siteId))).statusCode).toBe(403);
    for (const agent of [mentor, otherSiteWorker]) {
      expect((await agent.request("GET", url)).statusCode).toBe(404);
      expect((await agent.request("PUT", url, editBody({ version: 1 }))).statusCode).toBe(404);
    }
    expect((await otherSiteWorker.request("POST", "/api/outreach/partners", partnerBody(siteId))).statusCode).toBe(403);
    expect((await mentor.request("GET", `/api/outreach/partners?siteId=${siteId}`)).statusCode).toBe(403);
    const elsewhere = await createTestPartner(deps, await createOrganisation(deps.db));
    expect((await worker.request("GET", `/api/outreach/partners/${elsewhere.id}`)).statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url })).statusCode).toBe(401);
    const [row] = await deps.db.select().from(outreachPartners).where(eq(outreachPartners.id, partner.id));
    expect(row!.version).toBe(1);
    expect(await partnersAt(siteId)).toHaveLength(1);
  });

  it("shows a partner's history in counts: sessions and people reached, training and people trained, referrals by outcome and how many engaged, restricted ones only to the safeguarding lead", async () => {
    const { worker, manager, managerUser, siteId, organisation } = await setUp();
    const partner = await createTestPartner(deps, organisation);
    const other = await createTestPartner(deps, organisation);
    const now = deps.now();
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);
    const session = (partnerId: string, daysAgo: number, headcount: number) => ({
      organisationId: organisation.id,
      siteId,
      partnerId,
      sessionType: "friday_mosque_presence",
      startsAt: at(daysAgo),
      durationMinutes: 60,
      headcountTotal: headcount,
      headcount: { total: headcount },
      createdBy: managerUser.id,
      updatedAt: now,
    });
    await deps.db.insert(outreachSessions).values([...Array.from({ length: 12 }, (_, index) => session(partner.id, index * 7 + 1, 10 + index)), session(other.id, 2, 500)]);
    const [course] = await deps.db.insert(trainingCourses).values({ organisationId: organisation.id, title: "Cross-vulnerabilities for imams", createdBy: managerUser.id, updatedAt: now }).returning();
    const [delivery] = await deps.db
      .insert(trainingDeliveries)
      .values({ organisationId: organisation.id, siteId, courseId: course!.id, partnerId: partner.id, deliveredOn: londonDay(at(20)), trainerId: managerUser.id, createdBy: managerUser.id, updatedAt: now })
      .returning();
    await deps.db.insert(trainingAttendees).values(
      ["Imam Ali", "Ustadh Karim", "Sister Amina"].map((name, index) => ({
        organisationId: organisation.id,
        deliveryId: delivery!.id,
        name,
        consentRecordedAt: now,
        consentRecordedBy: managerUser.id,
        certificateNumber: `PW-TR-TEST-${delivery!.id.slice(0, 8)}-${index}`,
      })),
    );

    // Five referrals from the partner (one left in triage, one signposted, one declined, two accepted of which one began support) and one from another partner.
    const fromPartner = await Promise.all(Array.from({ length: 5 }, () => createTestReferral(deps, organisation)));
    const fromOther = await createTestReferral(deps, organisation);
    await deps.db.insert(referralAttributions).values([...fromPartner.map((referral) => ({ referralId: referral.id, organisationId: organisation.id, partnerId: partner.id })), { referralId: fromOther.id, organisationId: organisation.id, partnerId: other.id }]);
    const [, signposted, declined, engaged, acceptedOnly] = fromPartner;
    const triage = async (referralId: string, decision: string) => {
      const response = await manager.request("POST", `/api/referrals/${referralId}/triage`, { decision, reason: "Triage for the test.", ...(decision === "signpost" ? { signpostedTo: "GP" } : {}) });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().caseId as string | null;
    };
    await triage(signposted!.id, "signpost");
    await triage(declined!.id, "decline");
    const engagedCase = await triage(engaged!.id, "accept");
    await triage(acceptedOnly!.id, "accept");
    const begun = await manager.request("POST", `/api/cases/${engagedCase}/transitions`, { event: { type: "begin_support", tier: "low_level" }, reason: "Assessment done.", version: 1 });
    expect(begun.statusCode, begun.body).toBe(200);

    // A restricted referral from the partner is counted for the site's safeguarding lead alone.
    const restricted = await createTestReferral(deps, organisation, { isRestricted: true });
    await deps.db.insert(referralAttributions).values({ referralId: restricted.id, organisationId: organisation.id, partnerId: partner.id });
    const lead = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead" }), deps.now());
    const leadsView = (await lead.request("GET", `/api/outreach/partners/${partner.id}`)).json();
    expect(leadsView.history.referrals).toEqual({ includesRestricted: true, total: 6, received: 2, accepted: 2, signposted: 1, declined: 1, engaged: 1 });

    const page = await worker.request("GET", `/api/outreach/partners/${partner.id}`);
    expect(page.statusCode, page.body).toBe(200);
    const { history, partner: shown } = page.json();
    expect(history.sessions).toMatchObject({ count: 12, peopleReached: 12 * 10 + 66 });
    expect(history.sessions.recent).toHaveLength(10);
    expect(history.sessions.recent[0]).toMatchObject({ headcount: 10, sessionType: "friday_mosque_presence", startsAt: at(1).toISOString() });
    expect(shown.lastSessionAt).toBe(at(1).toISOString());
    expect(history.training).toEqual({ deliveries: 1, peopleTrained: 3, lastDeliveredOn: londonDay(at(20)) });
    expect(history.referrals).toEqual({ includesRestricted: false, total: 5, received: 1, accepted: 2, signposted: 1, declined: 1, engaged: 1 });
    const references = await deps.db.select({ reference: referrals.reference }).from(referrals).where(and(eq(referrals.organisationId, organisation.id)));
    for (const { reference } of references) expect(page.body).not.toContain(reference);
    expect(page.body).not.toContain("Ustadh Karim");
  });
});
