import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { londonDay } from "../../../core/london-time.js";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs, type Agent } from "../../../test/http.js";
import { createTestPartner } from "../../../test/outreach-factories.js";
import { pdfText } from "../../../test/pdf-text.js";
import { auditEvents } from "../../db/schema.js";
import { deliverTestTraining, logTestSession } from "./test-support.js";

const { app, deps } = await testApp();
const daysAgo = (days: number) => new Date(deps.now().getTime() - days * 86_400_000);

async function refer(caseworker: Agent, organisation: TestOrganisation, partnerId: string, reasons = ["substance_misuse"]) {
  const response = await caseworker.request("POST", "/api/referrals", {
    siteId: organisation.siteIds[0],
    sourceCode: "faith_leader",
    person: { givenName: "Hamza" },
    referrer: { name: "Committee member" },
    reasons,
    concern: "Worried about him after the session.",
    urgency: "routine",
    isReferrerConsentGiven: true,
    attribution: { partnerId },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

const referralLabels = ["Referralsreceivedfromyou", "Takenonforsupport", "Helpedtoanotherservice", "Nottakenon", "Waitingforadecision", "Wentontoreceivesupport"];

/** Each referral figure as printed (spaces removed, as the words are drawn one by one). */
function referralFigures(text: string): Record<string, string> {
  const compact = text.replace(/\s+/g, "");
  return Object.fromEntries(referralLabels.map((label) => [label, new RegExp(`${label}:(fewerthan8|[0-9,]+)`).exec(compact)?.[1] ?? "missing"]));
}

async function setting() {
  const organisation = await createOrganisation(deps.db);
  const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
  const workerUser = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker" });
  const worker = await signInAs(app, workerUser, deps.now());
  return { organisation, caseworker, worker, workerUser };
}

describe("outreach.partner summary PDF", () => {
  it("prints a partner's sessions, people reached and trained, and hides a small number of referrals", async () => {
    const { organisation, caseworker, worker, workerUser } = await setting();
    const mosque = await createTestPartner(deps, organisation, { name: "Green Lane Mosque" });
    await logTestSession(deps, organisation, { partnerId: mosque.id, startsAt: daysAgo(7), headcount: 120 });
    await logTestSession(deps, organisation, { partnerId: mosque.id, startsAt: daysAgo(14), headcount: 80 });
    await logTestSession(deps, organisation, { partnerId: null, startsAt: daysAgo(2), headcount: 500 });
    await deliverTestTraining(deps, organisation, { partnerId: mosque.id, deliveredOn: londonDay(daysAgo(20)), trainerId: workerUser.id, attendees: 4 });
    const first = await refer(caseworker, organisation, mosque.id);
    await refer(caseworker, organisation, mosque.id);
    await refer(caseworker, organisation, mosque.id);
    const manager = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "team_manager" }), deps.now());
    const { caseId } = (await manager.request("POST", `/api/referrals/${first}/triage`, { decision: "accept", reason: "Consents to support." })).json();
    await manager.request("POST", `/api/cases/${caseId}/transitions`, { event: { type: "begin_support", tier: "low_level" }, reason: "Assessed.", version: 1 });

    const response = await worker.request("GET", `/api/outreach/partners/${mosque.id}/summary.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const text = pdfText(response.rawPayload);
    const compact = text.replace(/\s+/g, "");
    expect(compact).toContain("Workingtogether:GreenLaneMosque");
    expect(compact).toContain("Sessionsheldwithyou:2");
    expect(compact).toContain("Peoplereachedatthesesessions:200");
    expect(compact).toContain("Peopletrained:4");
    // Three referrals, one taken on who began support, two waiting: every figure from 1 to 7 is hidden.
    expect(referralFigures(text)).toEqual({
      Referralsreceivedfromyou: "fewerthan8",
      Takenonforsupport: "fewerthan8",
      Helpedtoanotherservice: "0",
      Nottakenon: "0",
      Waitingforadecision: "fewerthan8",
      Wentontoreceivesupport: "fewerthan8",
    });
    expect(compact).not.toMatch(/%ofreferrals/);
    expect(text).not.toContain("Hamza");

    const [event] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "outreach.partner_summary_printed")));
    expect(event).toMatchObject({ actorUserId: workerUser.id, entityType: "outreach_partner", entityId: mosque.id, siteId: organisation.siteIds[0] });
    expect(event?.details).toEqual({ from: expect.stringMatching(/^\d{4}-\d{2}-01$/), to: londonDay(deps.now()) });
  });

  it("rounds larger numbers of referrals to the nearest 5, and never counts restricted ones", async () => {
    const { organisation, caseworker, worker } = await setting();
    const college = await createTestPartner(deps, organisation, { name: "Small Heath College", type: "college" });
    for (let index = 0; index < 9; index += 1) await refer(caseworker, organisation, college.id);
    // Four more about radicalisation: had they been counted, 13 would print as 15.
    for (let index = 0; index < 4; index += 1) await refer(caseworker, organisation, college.id, ["radicalisation_extremism"]);
    const response = await worker.request("GET", `/api/outreach/partners/${college.id}/summary.pdf`);
    expect(response.statusCode).toBe(200);
    expect(referralFigures(pdfText(response.rawPayload))).toEqual({
      Referralsreceivedfromyou: "10",
      Takenonforsupport: "0",
      Helpedtoanotherservice: "0",
      Nottakenon: "0",
      Waitingforadecision: "10",
      Wentontoreceivesupport: "0",
    });
  });

  it("is for those who work the partner's site's outreach: others at the site are refused, other sites and organisations are told it does not exist", async () => {
    const { organisation, caseworker, worker } = await setting();
    const mosque = await createTestPartner(deps, organisation);
    const elsewhere = await createTestPartner(deps, organisation, { site: 1 });
    const stranger = await createTestPartner(deps, await createOrganisation(deps.db));
    const refused = await caseworker.request("GET", `/api/outreach/partners/${mosque.id}/summary.pdf`);
    expectCleanRefusal(refused);
    expect(refused.statusCode).toBe(403);
    expect((await worker.request("GET", `/api/outreach/partners/${elsewhere.id}/summary.pdf`)).statusCode).toBe(404);
    expect((await worker.request("GET", `/api/outreach/partners/${stranger.id}/summary.pdf`)).statusCode).toBe(404);
    const printed = await deps.db.$count(auditEvents, and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "outreach.partner_summary_printed")));
    expect(printed).toBe(0);
  });
});
