import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { londonDay } from "../../core/referrals/triage-target.js";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { createWorkerProfile } from "../../test/worker-factories.js";
import type { Role } from "../../core/roles.js";
import { caseAssignments, carePlans, cases, users } from "../db/schema.js";
import { createTestSession } from "../sessions/test-support.js";
import { londonMonth, startOfLondonDay } from "../../core/london-time.js";
import { addDays } from "./vetting.js";

const { app, deps } = await testApp();

async function person(organisation: TestOrganisation, role: Role, displayName: string, site: 0 | 1 = 0) {
  const user = await createUser(deps.db, deps.vault, organisation, { role, site });
  await deps.db.update(users).set({ displayName }).where(eq(users.id, user.id));
  return user;
}

async function caseWith(organisation: TestOrganisation, openedBy: string, assigned: { userId: string; role: "key_worker" | "mentor" }, options: { tier?: string; state?: string; nextReviewOn?: string } = {}) {
  const { kase } = await createTestCase(deps, organisation, openedBy);
  await deps.db.insert(caseAssignments).values({ organisationId: organisation.id, caseId: kase.id, userId: assigned.userId, role: assigned.role, assignedAt: deps.now() });
  if (options.tier || options.state) await deps.db.update(cases).set({ tier: options.tier ?? null, state: options.state ?? kase.state }).where(eq(cases.id, kase.id));
  if (options.nextReviewOn) {
    await deps.db.insert(carePlans).values({ organisationId: organisation.id, siteId: kase.siteId, caseId: kase.id, currentVersion: 1, nextReviewOn: options.nextReviewOn, createdBy: openedBy, updatedAt: deps.now() });
  }
  return kase;
}

describe("workers.caseload", () => {
  it("shows each worker's open cases by tier, sessions held this month, overdue reviews, sessions not written up, capacity and vetting", async () => {
    const organisation = await createOrganisation(deps.db);
    const managerUser = await person(organisation, "team_manager", "Sarah Collins");
    const manager = await signInAs(app, managerUser, deps.now());
    const amina = await person(organisation, "caseworker", "Amina Hussain");
    const saira = await person(organisation, "mentor", "Saira Rehman");
    await createWorkerProfile(deps.db, organisation, amina.id, deps.now(), { maxCaseload: 8 });
    const today = londonDay(deps.now());

    const intensive = await caseWith(organisation, managerUser.id, { userId: amina.id, role: "key_worker" }, { tier: "intensive", state: "active", nextReviewOn: addDays(today, -1) });
    await caseWith(organisation, managerUser.id, { userId: amina.id, role: "key_worker" }, { nextReviewOn: addDays(today, 7) });
    await caseWith(organisation, managerUser.id, { userId: amina.id, role: "key_worker" }, { tier: "low_level", state: "closed", nextReviewOn: addDays(today, -30) });
    await caseWith(organisation, managerUser.id, { userId: saira.id, role: "mentor" }, { tier: "low_level", state: "active", nextReviewOn: addDays(today, -3) });

    const monthStart = startOfLondonDay(londonMonth(today).start);
    const minutesAfterMonthStart = (minutes: number) => new Date(monthStart.getTime() + minutes * 60_000);
    await createTestSession(deps, intensive, [amina.id], { startsAt: minutesAfterMonthStart(1), notes: "Went through the plan." });
    await createTestSession(deps, intensive, [amina.id], { startsAt: minutesAfterMonthStart(2), attendance: "did_not_attend" });
    await createTestSession(deps, intensive, [amina.id, saira.id], { startsAt: minutesAfterMonthStart(-1), notes: "Last month." });
    const unwritten = await createTestSession(deps, intensive, [amina.id], { startsAt: new Date(deps.now().getTime() - 72 * 3_600_000) });
    await createTestSession(deps, intensive, [amina.id], { startsAt: new Date(deps.now().getTime() - 24 * 3_600_000) });
    await createTestSession(deps, intensive, [amina.id], { startsAt: new Date(deps.now().getTime() + 24 * 3_600_000), attendance: null });
    const recentThisMonth = new Date(deps.now().getTime() - 24 * 3_600_000) >= monthStart ? 1 : 0;
    const unwrittenThisMonth = unwritten.startsAt >= monthStart ? 1 : 0;

    const response = await manager.request("GET", `/api/sites/${organisation.siteIds[0]}/caseload`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ siteId: organisation.siteIds[0], today, monthStart: londonMonth(today).start });
    const row = (name: string) => body.items.find((item: { displayName: string }) => item.displayName === name);
    expect(row("Amina Hussain")).toEqual({
      userId: amina.id,
      displayName: "Amina Hussain",
      roles: ["caseworker"],
      openByTier: { low_level: 0, intensive: 1, panel_referral: 0, statutory_referral: 0, none: 1 },
      openCases: 2,
      maxCaseload: 8,
      sessionsThisMonth: 2 + unwrittenThisMonth + recentThisMonth,
      overdueReviews: 1,
      sessionsNotWrittenUp: 1,
      vetting: { state: "current", checkedOn: expect.any(String), expiresOn: expect.any(String) },
    });
    // A mentor's overdue review belongs to the case's key worker, not to them.
    expect(row("Saira Rehman")).toMatchObject({ openByTier: { low_level: 1 }, openCases: 1, maxCaseload: 15, sessionsThisMonth: 0, overdueReviews: 0, sessionsNotWrittenUp: 0, vetting: { state: "missing" } });
    expect(row("Sarah Collins")).toMatchObject({ openCases: 0 });
  });

  it("is for the site's managers only", async () => {
    const organisation = await createOrganisation(deps.db);
    const url = `/api/sites/${organisation.siteIds[0]}/caseload`;
    const agent = async (role: Role, site: 0 | 1 = 0) => signInAs(app, await createUser(deps.db, deps.vault, organisation, { role, site }), deps.now());
    expect((await (await agent("safeguarding_lead")).request("GET", url)).statusCode).toBe(200);
    expect((await (await agent("caseworker")).request("GET", url)).statusCode).toBe(403);
    expect((await (await agent("administrator")).request("GET", url)).statusCode).toBe(403);
    expect((await (await agent("team_manager", 1)).request("GET", url)).statusCode).toBe(404);
    expect((await (await agent("team_manager")).request("GET", `/api/sites/${(await createOrganisation(deps.db)).siteIds[0]}/caseload`)).statusCode).toBe(404);
  });
});
