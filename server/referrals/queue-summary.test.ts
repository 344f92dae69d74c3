import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestReferral } from "../../test/case-factories.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { referrals } from "../db/schema.js";

const { app, deps } = await testApp();

describe("referrals.queue summary", () => {
  it("counts the referrals waiting at a site, those past their target and the urgent ones, as the queue shows them", async () => {
    const organisation = await createOrganisation(deps.db);
    const manager = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "team_manager" }), deps.now());
    const late = await createTestReferral(deps, organisation);
    const lateAndUrgent = await createTestReferral(deps, organisation, { urgency: "urgent" });
    await createTestReferral(deps, organisation, { urgency: "urgent" });
    await createTestReferral(deps, organisation, { urgency: "routine" });
    const decided = await createTestReferral(deps, organisation, { urgency: "urgent" });
    await createTestReferral(deps, organisation, { site: 1, urgency: "urgent" });
    const pastTarget = new Date(deps.now().getTime() - 60_000);
    await deps.db.update(referrals).set({ triageDueAt: pastTarget }).where(inArray(referrals.id, [late.id, lateAndUrgent.id, decided.id]));
    expect((await manager.request("POST", `/api/referrals/${decided.id}/triage`, { decision: "decline", reason: "Already supported elsewhere." })).statusCode).toBe(200);

    const url = `/api/referrals/summary?siteId=${organisation.siteIds[0]}`;
    const response = await manager.request("GET", url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ waiting: 4, overdue: 2, urgent: 2 });

    // The same numbers the queue gives, page by page.
    const queue = (await manager.request("GET", `/api/referrals?siteId=${organisation.siteIds[0]}&pageSize=100`)).json();
    const items = queue.items as { isOverdue: boolean; urgency: string }[];
    expect({ waiting: queue.total, overdue: items.filter((item) => item.isOverdue).length, urgent: items.filter((item) => item.urgency === "urgent").length }).toEqual(response.json());
  });

  it("leaves out restricted referrals for people who may not see them", async () => {
    const organisation = await createOrganisation(deps.db);
    await createTestReferral(deps, organisation);
    await createTestReferral(deps, organisation, { isRestricted: true, urgency: "urgent" });
    const url = `/api/referrals/summary?siteId=${organisation.siteIds[0]}`;
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const lead = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead" }), deps.now());
    expect((await caseworker.request("GET", url)).json()).toEqual({ waiting: 1, overdue: 0, urgent: 0 });
    expect((await lead.request("GET", url)).json()).toEqual({ waiting: 2, overdue: 0, urgent: 1 });
  });

  it("is for the people who see the site's queue", async () => {
    const organisation = await createOrganisation(deps.db);
    const other = await createOrganisation(deps.db);
    await createTestReferral(deps, organisation);
    const url = `/api/referrals/summary?siteId=${organisation.siteIds[0]}`;
    expect((await app.inject({ method: "GET", url })).statusCode).toBe(401);
    for (const role of ["mentor", "outreach_worker", "administrator", "commissioner"] as const) {
      const agent = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role }), deps.now());
      expect((await agent.request("GET", url)).statusCode, role).toBe(403);
    }
    // A site one does not work at is not one of one's sites at all.
    const elsewhere = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker", site: 1 }), deps.now());
    expect((await elsewhere.request("GET", url)).statusCode).toBe(404);
    const outsider = await signInAs(app, await createUser(deps.db, deps.vault, other, { role: "caseworker" }), deps.now());
    expect((await outsider.request("GET", url)).statusCode).toBe(404);
  });

  it("refuses a missing or malformed site with field errors", async () => {
    const organisation = await createOrganisation(deps.db);
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    for (const query of ["", "?siteId=nope", `?siteId=${organisation.siteIds[0]}&status=received`]) {
      const response = await caseworker.request("GET", `/api/referrals/summary${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.fields?.length, query).toBeGreaterThan(0);
    }
  });
});

describe("referrals.decidedAt", () => {
  it("says when a decided referral was decided, and nothing for one still waiting", async () => {
    const organisation = await createOrganisation(deps.db);
    const manager = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "team_manager" }), deps.now());
    const waiting = await createTestReferral(deps, organisation);
    const signposted = await createTestReferral(deps, organisation);
    await manager.request("POST", `/api/referrals/${signposted.id}/triage`, { decision: "signpost", reason: "Better met by the youth service.", signpostedTo: "Youth service" });
    const [stored] = await deps.db.select({ decidedAt: referrals.decidedAt }).from(referrals).where(eq(referrals.id, signposted.id));

    const decidedTab = (await manager.request("GET", `/api/referrals?siteId=${organisation.siteIds[0]}&status=signposted`)).json();
    expect(decidedTab.items).toMatchObject([{ id: signposted.id, decidedAt: stored!.decidedAt!.toISOString() }]);
    const waitingTab = (await manager.request("GET", `/api/referrals?siteId=${organisation.siteIds[0]}`)).json();
    expect(waitingTab.items).toMatchObject([{ id: waiting.id, decidedAt: null }]);
  });
});
