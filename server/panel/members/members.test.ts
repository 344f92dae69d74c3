import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../../test/http.js";
import { auditEvents, panelMembers, roleGrants, users } from "../../db/schema.js";

const { app, deps } = await testApp();

const day = (offset: number) => new Date(deps.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const membership = (extra: Record<string, unknown> = {}) => ({
  memberOrganisation: "West Midlands Police",
  panelRole: "member",
  skills: ["policing", "prevent_and_channel"],
  vetting: { checkedOn: day(-300), expiresOn: day(400) },
  term: { from: day(-10), to: null },
  isActive: true,
  ...extra,
});

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const leadUser = await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead" });
  const managerUser = await createUser(deps.db, deps.vault, organisation, { role: "team_manager" });
  const caseworkerUser = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
  const otherLeadUser = await createUser(deps.db, deps.vault, organisation, { role: "safeguarding_lead", site: 1 });
  const now = deps.now();
  return {
    organisation,
    siteId: organisation.siteIds[0],
    caseworkerUser,
    lead: await signInAs(app, leadUser, now),
    manager: await signInAs(app, managerUser, now),
    caseworker: await signInAs(app, caseworkerUser, now),
    otherLead: await signInAs(app, otherLeadUser, now),
  };
}

const memberCount = async (siteId: string) => (await deps.db.select({ id: panelMembers.id }).from(panelMembers).where(eq(panelMembers.siteId, siteId))).length;

describe("panel.members", () => {
  it("invites an outside member to an account holding only the panel member role, shows the link once, and lists them for the lead and managers", async () => {
    const { lead, manager, siteId } = await setUp();
    const email = `Officer.${Date.now()}@Police.example`;
    const created = await lead.request("POST", "/api/panel/members", { kind: "external", siteId, displayName: "PC Jordan Hale", email, ...membership() });
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json();
    expect(body.invitationUrl).toMatch(/\/invitation\//);
    expect(body.member).toMatchObject({ kind: "external", name: "PC Jordan Hale", email: email.toLowerCase(), accessBlockedBy: null, vettingDueSoon: false, invitationPending: true, version: 1 });
    const grants = await deps.db.select({ role: roleGrants.role, siteId: roleGrants.siteId }).from(roleGrants).where(eq(roleGrants.userId, body.member.userId));
    expect(grants).toEqual([{ role: "panel_member", siteId }]);

    const list = await manager.request("GET", `/api/panel/members?siteId=${siteId}`);
    expect(list.json()).toMatchObject({ items: [{ id: body.member.id }], staffOptions: [], abilities: { manage: false } });
    expect(list.body).not.toContain("invitation/");
    const audits = await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, body.member.id));
    expect(audits.map((event) => event.action)).toEqual(["panel.member_added"]);
  });

  it("refuses a second account with the same email, naming the field, and adds nothing", async () => {
    const { lead, siteId, caseworkerUser } = await setUp();
    const [existing] = await deps.db.select({ email: users.email }).from(users).where(eq(users.id, caseworkerUser.id));
    const refused = await lead.request("POST", "/api/panel/members", { kind: "external", siteId, displayName: "Someone", email: existing!.email, ...membership() });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.fields).toEqual([expect.objectContaining({ path: "body.email" })]);
    expect(await memberCount(siteId)).toBe(0);
  });

  it("seats a member of staff of the site, and refuses staff of another site or a second seat, naming the field", async () => {
    const { lead, siteId, caseworkerUser, organisation } = await setUp();
    const options = (await lead.request("GET", `/api/panel/members?siteId=${siteId}`)).json();
    expect(options.staffOptions.map((option: { userId: string }) => option.userId)).toContain(caseworkerUser.id);
    const body = { kind: "internal", siteId, userId: caseworkerUser.id, ...membership({ memberOrganisation: organisation.name }) };
    const created = await lead.request("POST", "/api/panel/members", body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ invitationUrl: null, member: { kind: "internal", userId: caseworkerUser.id, invitationPending: false } });

    const again = await lead.request("POST", "/api/panel/members", body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields[0].path).toBe("body.userId");
    const elsewhere = await createUser(deps.db, deps.vault, organisation, { role: "caseworker", site: 1 });
    const refused = await lead.request("POST", "/api/panel/members", { ...body, userId: elsewhere.id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.fields[0].path).toBe("body.userId");
    expect(await memberCount(siteId)).toBe(1);
  });

  it("refuses bad membership details naming the field, and anyone but the site's lead", async () => {
    const { lead, manager, caseworker, otherLead, siteId } = await setUp();
    const external = (extra: Record<string, unknown>) => ({ kind: "external", siteId, displayName: "Cllr Amy Price", email: `amy.${Date.now()}@council.example`, ...membership(extra) });
    const backwards = await lead.request("POST", "/api/panel/members", external({ vetting: { checkedOn: day(0), expiresOn: day(-1) } }));
    expect(backwards.statusCode).toBe(400);
    expect(JSON.stringify(backwards.json().error.fields)).toContain("vetting.expiresOn");
    for (const agent of [manager, caseworker, otherLead]) expectCleanRefusal(await agent.request("POST", "/api/panel/members", external({})));
    expect((await caseworker.request("GET", `/api/panel/members?siteId=${siteId}`)).statusCode).toBe(403);
    expect((await app.inject({ method: "GET", url: `/api/panel/members?siteId=${siteId}` })).statusCode).toBe(401);
    expect(await memberCount(siteId)).toBe(0);
  });

  it("changes a member with the version seen, refuses a stale one, and shows expired vetting as blocking access", async () => {
    const { lead, siteId } = await setUp();
    const created = (await lead.request("POST", "/api/panel/members", { kind: "external", siteId, displayName: "Mr Idris Khan", email: `idris.${Date.now()}@school.example`, ...membership() })).json();
    const id = created.member.id;
    const soon = await lead.request("PUT", `/api/panel/members/${id}`, { ...membership({ vetting: { checkedOn: day(-1000), expiresOn: day(30) } }), version: 1 });
    expect(soon.json()).toMatchObject({ accessBlockedBy: null, vettingDueSoon: true, version: 2 });
    const expired = await lead.request("PUT", `/api/panel/members/${id}`, { ...membership({ vetting: { checkedOn: day(-1000), expiresOn: day(-1) } }), version: 2 });
    expect(expired.json()).toMatchObject({ accessBlockedBy: "vetting_expired", version: 3 });

    const stale = await lead.request("PUT", `/api/panel/members/${id}`, { ...membership({ isActive: false }), version: 2 });
    expect(stale.statusCode).toBe(409);
    const [row] = await deps.db.select().from(panelMembers).where(eq(panelMembers.id, id));
    expect(row).toMatchObject({ isActive: true, version: 3 });
    const audits = await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(audits.filter((event) => event.action === "panel.member_updated")).toHaveLength(2);
  });
});
