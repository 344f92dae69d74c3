import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase, createTestReferral } from "../../test/case-factories.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { users } from "../db/schema.js";

const { app, deps } = await testApp();
const reason = "Police report an immediate risk to the young person tonight.";

async function setting() {
  const organisation = await createOrganisation(deps.db);
  const user = (role: "team_manager" | "safeguarding_lead" | "caseworker", site: 0 | 1 = 0) =>
    createUser(deps.db, deps.vault, organisation, { role, site });
  const managerHere = await user("team_manager");
  const leadThere = { ...(await user("safeguarding_lead", 1)), displayName: "Farzana Lead" };
  await deps.db.update(users).set({ displayName: leadThere.displayName }).where(eq(users.id, leadThere.id));
  const { kase } = await createTestCase(deps, organisation, managerHere.id, { site: 0 });
  return { organisation, user, managerHere, leadThere, kase };
}

describe("notifications", () => {
  it("tells a site's manager who used emergency access to which case, until they mark it read", async () => {
    const { managerHere, leadThere, kase } = await setting();
    const lead = await signInAs(app, leadThere, deps.now());
    expect((await lead.request("POST", `/api/cases/${kase.id}/break-glass`, { reason })).statusCode).toBe(201);

    const manager = await signInAs(app, managerHere, deps.now());
    expect((await manager.request("GET", "/api/notifications/summary")).json()).toEqual({ unread: 1 });
    const list = (await manager.request("GET", "/api/notifications")).json();
    expect(list).toMatchObject({ total: 1, unread: 1 });
    expect(list.items[0]).toMatchObject({
      kind: "break_glass",
      readAt: null,
      entity: { type: "case", id: kase.id, reference: kase.reference },
      actorName: leadThere.displayName,
    });
    expect(list.items[0].siteName).toEqual(expect.any(String));
    // The reason typed for emergency access may describe the person; the alert does not carry it.
    expect(JSON.stringify(list)).not.toContain("immediate risk");

    const marked = await manager.request("POST", "/api/notifications/read", { ids: [list.items[0].id] });
    expect(marked.json()).toEqual({ unread: 0 });
    expect((await manager.request("GET", "/api/notifications?unreadOnly=true")).json()).toMatchObject({ items: [], total: 0, unread: 0 });
    expect((await manager.request("GET", "/api/notifications")).json().items[0].readAt).not.toBeNull();
  });

  it("alerts managers and safeguarding leads of the site to an urgent referral, not caseworkers or other sites", async () => {
    const { organisation, user, managerHere, leadThere } = await setting();
    const caseworkerHere = await user("caseworker");
    const referral = await createTestReferral(deps, organisation, { urgency: "urgent" });
    const items = async (who: Parameters<typeof signInAs>[1]) =>
      (await (await signInAs(app, who, deps.now())).request("GET", "/api/notifications")).json().items;
    expect(await items(managerHere)).toMatchObject([{ kind: "urgent_referral", entity: { type: "referral", id: referral.id, reference: referral.reference }, actorName: null }]);
    expect(await items(caseworkerHere)).toEqual([]);
    expect(await items(leadThere)).toEqual([]);
  });

  it("never shows or marks another person's alerts, whatever ids are sent", async () => {
    const { user, managerHere, leadThere, kase } = await setting();
    await (await signInAs(app, leadThere, deps.now())).request("POST", `/api/cases/${kase.id}/break-glass`, { reason });
    const manager = await signInAs(app, managerHere, deps.now());
    const [alert] = (await manager.request("GET", "/api/notifications")).json().items;

    const colleague = await signInAs(app, await user("team_manager"), deps.now());
    expect((await colleague.request("GET", "/api/notifications")).json().items.map((item: { id: string }) => item.id)).not.toContain(alert.id);
    expect((await colleague.request("POST", "/api/notifications/read", { ids: [alert.id] })).statusCode).toBe(200);
    expect((await manager.request("GET", "/api/notifications/summary")).json()).toEqual({ unread: 1 });
  });

  it("marks all of one's alerts read when asked to, and refuses malformed requests", async () => {
    const { organisation, managerHere } = await setting();
    await createTestReferral(deps, organisation, { urgency: "urgent" });
    await createTestReferral(deps, organisation, { urgency: "urgent" });
    const manager = await signInAs(app, managerHere, deps.now());
    expect((await manager.request("GET", "/api/notifications/summary")).json()).toEqual({ unread: 2 });
    for (const body of [{ ids: ["not-an-id"] }, { ids: [] }, { ids: "all" }, {}, { all: false }, { everything: true }]) {
      const refused = await manager.request("POST", "/api/notifications/read", body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await manager.request("GET", "/api/notifications/summary")).json()).toEqual({ unread: 2 });
    expect((await manager.request("POST", "/api/notifications/read", { all: true })).json()).toEqual({ unread: 0 });
  });
});
