import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { ContentItem } from "../../../core/api/content.js";
import { testApp } from "../../../test/app.js";
import { createTestCase } from "../../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs, type Agent } from "../../../test/http.js";
import { organisationSnapshot } from "../../../test/snapshot.js";
import { auditEvents, consents, sites } from "../../db/schema.js";
import { publicOrganisation } from "../../referrals/public-organisation.js";

const { app, deps } = await testApp();

// Stories show on the public organisation's site; in a fresh database this one is it.
await createOrganisation(deps.db);
const found = await publicOrganisation(deps.db, deps.config);
const publicOrg = { id: found.id, name: found.name, siteIds: [] as string[] } as unknown as TestOrganisation;

async function team(organisation: TestOrganisation) {
  const as = async (role: "caseworker" | "team_manager" | "safeguarding_lead" | "content_editor" | "mentor") =>
    signInAs(app, await createUser(deps.db, deps.vault, organisation, { role }), deps.now());
  return { caseworker: await as("caseworker"), manager: await as("team_manager"), editor: await as("content_editor"), mentor: await as("mentor") };
}

/** The public organisation with sites of its own, so its stories show on the public site. */
async function publicTeam() {
  const rows = await deps.db.insert(sites).values([{ organisationId: publicOrg.id, name: `Luton ${Math.random()}` }, { organisationId: publicOrg.id, name: `Cardiff ${Math.random()}` }]).returning();
  const organisation: TestOrganisation = { ...publicOrg, siteIds: [rows[0]!.id, rows[1]!.id] };
  return { organisation, ...(await team(organisation)) };
}

async function caseOf(organisation: TestOrganisation, options: { isRestricted?: boolean } = {}) {
  const opener = await createUser(deps.db, deps.vault, organisation, { role: "team_manager", isEnrolled: false });
  return createTestCase(deps, organisation, opener.id, { ...options, identity: { givenName: "Bilal", familyName: `Hussain${Math.floor(Math.random() * 1e6)}`, address: "4 Ladypool Road, Sparkbrook, Birmingham", postcode: "B12 8LA", dateOfBirth: "2006-05-17" } });
}

const consent = (agent: Agent, clientId: string, status: "given" | "withdrawn") =>
  agent.request("POST", `/api/clients/${clientId}/consents`, { purpose: "case_study", status, method: "written" });

const story = (title = "From the streets to college") => ({
  topics: ["gangs_knife_crime"],
  versions: [
    { language: "en", title, summary: "How one young man found another way.", bodyHtml: "<p>When he first came to us he was carrying a knife.</p><img src=\"/media/0b5f3f3e-1d2c-4b8a-9c1e-2a3b4c5d6e7f.webp\" alt=\"\">" },
    { language: "ur", title: "سڑکوں سے کالج تک", summary: "ایک نوجوان نے دوسرا راستہ کیسے پایا۔", bodyHtml: "<p>جب وہ پہلی بار ہمارے پاس آیا۔</p>" },
  ],
});

async function written(writer: Agent, caseId: string, body: object = story()): Promise<ContentItem> {
  const response = await writer.request("POST", `/api/cases/${caseId}/case-studies`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<ContentItem>();
}

const act = (agent: Agent, item: ContentItem, action: string, extra: object = {}) => agent.request("POST", `/api/case-studies/${item.id}/${action}`, { version: item.version, ...extra });

describe("content.case studies", () => {
  it("is written from a case by its caseworker, without images, and seen only by those who see the case", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker, editor, mentor } = await team(organisation);
    const { kase } = await caseOf(organisation);
    const item = await written(caseworker, kase.id);
    expect(item).toMatchObject({ kind: "case_study", caseId: kase.id, caseReference: kase.reference, hasCurrentConsent: false, identityWarnings: [], can: { edit: true, publish: false } });
    expect(item.versions[0]?.bodyHtml).toBe("<p>When he first came to us he was carrying a knife.</p>");
    expect((await editor.request("GET", `/api/case-studies/${item.id}`)).statusCode).toBe(404);
    expect((await mentor.request("GET", `/api/case-studies/${item.id}`)).statusCode).toBe(404);
    const elsewhere = await team(await createOrganisation(deps.db));
    expect((await elsewhere.caseworker.request("GET", `/api/case-studies/${item.id}`)).statusCode).toBe(404);
    const reads = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "content.case_study_created")));
    expect(reads[0]).toMatchObject({ clientId: kase.clientId, entityId: item.id });
  });

  it("warns about the client's name, places and date of birth, showing only the writer's own words that matched", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker } = await team(organisation);
    const { kase, person } = await caseOf(organisation);
    const check = await caseworker.request("POST", `/api/cases/${kase.id}/case-study-check`, {
      versions: [{ language: "en", title: `${person.givenName}'s story`, summary: "A young man from Sparkbrook.", bodyHtml: `<p>Born on 17 May 2006, ${person.familyName} grew up off Ladypool Road.</p>` }],
    });
    expect(check.statusCode, check.body).toBe(200);
    const warnings = check.json<{ warnings: { field: string; kind: string; match: string; excerpt: string }[] }>().warnings;
    expect(warnings.map((warning) => [warning.field, warning.kind, warning.match])).toEqual([
      ["title", "name", "Bilal"],
      ["summary", "place", "Sparkbrook"],
      ["body", "date_of_birth", "17 May 2006"],
      ["body", "name", person.familyName],
      ["body", "place", "Ladypool Road"],
    ]);
    // The record itself (the address, the postcode) is never sent.
    expect(check.body).not.toMatch(/B12 8LA|Birmingham|4 Ladypool/);
  });

  it("cannot be published without the client's current consent; with it, a manager who wrote none of it publishes it to the public site", async () => {
    const { organisation, caseworker, manager } = await publicTeam();
    const { kase, client } = await caseOf(organisation);
    let item = await written(caseworker, kase.id);
    item = (await act(caseworker, item, "submit")).json<ContentItem>();
    expect((await act(caseworker, item, "publish")).statusCode).toBe(403);

    const before = await organisationSnapshot(deps.db, organisation.id);
    const refused = await act(manager, item, "publish");
    expectCleanRefusal(refused);
    expect([refused.statusCode, refused.json().error.code]).toEqual([422, "unprocessable"]);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);

    expect((await consent(caseworker, client.id, "given")).statusCode).toBe(200);
    const published = await act(manager, item, "publish");
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json<ContentItem>()).toMatchObject({ status: "published", isLive: true, hasCurrentConsent: true });
    const page = await app.inject({ method: "GET", url: `/en/stories/${item.slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("From the streets to college");
    expect((await app.inject({ method: "GET", url: "/ur/stories" })).body).toContain("سڑکوں سے کالج تک");
  });

  it("asks the reviewer to confirm they read the identity warnings before publishing text that matches the client", async () => {
    const { organisation, caseworker, manager } = await publicTeam();
    const { kase, client } = await caseOf(organisation);
    await consent(caseworker, client.id, "given");
    let item = await written(caseworker, kase.id, story("Bilal's journey"));
    expect(item.identityWarnings?.map((warning) => warning.match)).toEqual(["Bilal"]);
    item = (await act(caseworker, item, "submit")).json<ContentItem>();
    const refused = await act(manager, item, "publish");
    expect(refused.json().error.fields).toEqual([{ path: "body.isIdentityCheckAcknowledged", message: "1 passage(s) match the client's record." }]);
    const published = await act(manager, item, "publish", { isIdentityCheckAcknowledged: true });
    expect(published.statusCode, published.body).toBe(200);
    const [event] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, item.id), eq(auditEvents.action, "content.case_study_published")));
    expect(event?.details).toMatchObject({ isIdentityCheckAcknowledged: true });
  });

  it("comes off the public site the moment the client withdraws consent, and needs consent and review again", async () => {
    const { organisation, caseworker, manager } = await publicTeam();
    const { kase, client } = await caseOf(organisation);
    await consent(caseworker, client.id, "given");
    let item = await written(caseworker, kase.id);
    item = (await act(caseworker, item, "submit")).json<ContentItem>();
    item = (await act(manager, item, "publish")).json<ContentItem>();
    expect((await app.inject({ method: "GET", url: `/en/stories/${item.slug}` })).statusCode).toBe(200);

    expect((await consent(caseworker, client.id, "withdrawn")).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: `/en/stories/${item.slug}` })).statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url: "/en/stories" })).body).not.toContain(item.slug);
    expect((await app.inject({ method: "GET", url: "/sitemap.xml" })).body).not.toContain(item.slug);
    const after = (await manager.request("GET", `/api/case-studies/${item.id}`)).json<ContentItem>();
    expect(after).toMatchObject({ status: "draft", isLive: false, hasCurrentConsent: false });
    const [event] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, item.id), eq(auditEvents.action, "content.case_study_taken_down")));
    expect(event?.details).toMatchObject({ reason: "consent_withdrawn" });
  });

  it("is hidden by the public pages themselves whenever the latest consent is not given, however it was recorded", async () => {
    const { organisation, caseworker, manager } = await publicTeam();
    const { kase, client } = await caseOf(organisation);
    await consent(caseworker, client.id, "given");
    let item = await written(caseworker, kase.id);
    item = (await act(caseworker, item, "submit")).json<ContentItem>();
    item = (await act(manager, item, "publish")).json<ContentItem>();
    // A withdrawal written straight to the table (an import, another code path) still hides it.
    await deps.db.insert(consents).values({ organisationId: organisation.id, clientId: client.id, purpose: "case_study", status: "withdrawn", method: "written", recordedAt: new Date(deps.now().getTime() + 60_000) });
    expect((await app.inject({ method: "GET", url: `/en/stories/${item.slug}` })).statusCode).toBe(404);
  });

  it("is not written from a restricted case, nor by a manager of another site", async () => {
    const organisation = await createOrganisation(deps.db);
    const { caseworker } = await team(organisation);
    const restricted = await caseOf(organisation, { isRestricted: true });
    const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "team_manager", site: 1 }), deps.now());
    const { kase } = await caseOf(organisation);
    expect((await caseworker.request("POST", `/api/cases/${restricted.kase.id}/case-studies`, story())).statusCode).toBe(404);
    expect((await admin.request("POST", `/api/cases/${kase.id}/case-studies`, story())).statusCode).toBe(404);
  });
});
