import { and, asc, eq } from "drizzle-orm";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { ContentItem } from "../../core/api/content.js";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { expectCleanRefusal, signInAs, type Agent } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { auditEvents, contentImages, contentVersions } from "../db/schema.js";

const { app, deps } = await testApp();

async function editor(organisation: TestOrganisation): Promise<Agent> {
  return signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "content_editor" }), deps.now());
}

async function newsroom() {
  const organisation = await createOrganisation(deps.db);
  return { organisation, writer: await editor(organisation), reviewer: await editor(organisation) };
}

const draft = {
  topics: ["drugs"],
  versions: [
    { language: "en", title: "Cannabis and young people", summary: "What it does to a growing brain.", bodyHtml: "<h2>Why it matters</h2><p>Text.</p>" },
    { language: "ur", title: "بھنگ اور نوجوان", summary: "بڑھتے دماغ پر اس کا اثر۔", bodyHtml: "<p>متن۔</p>" },
  ],
};

async function created(writer: Agent, body: object = draft): Promise<ContentItem> {
  const response = await writer.request("POST", "/api/content/articles", body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<ContentItem>();
}

async function act(agent: Agent, item: ContentItem, action: string, extra: object = {}) {
  return agent.request("POST", `/api/content/articles/${item.id}/${action}`, { version: item.version, ...extra });
}

describe("content.articles", () => {
  it("drafts an article in English and Urdu with a slug from its English title, sanitising the body on save", async () => {
    const { writer } = await newsroom();
    const item = await created(writer, { ...draft, versions: [{ ...draft.versions[0], bodyHtml: `<p onclick="steal()">Hi<script>alert(1)</script></p>` }, draft.versions[1]] });
    expect(item).toMatchObject({ slug: "cannabis-and-young-people", status: "draft", isLive: false, topics: ["drugs"], can: { edit: true, submit: true, publish: false } });
    expect(item.versions.map((version) => version.language)).toEqual(["en", "ur"]);
    expect(item.versions[0]?.bodyHtml).toBe("<p>Hi</p>");
    const again = await created(writer);
    expect(again.slug).toBe("cannabis-and-young-people-2");
  });

  it("goes through review to the public site: the writer cannot publish, another editor can, and the live copy is the reviewed one", async () => {
    const { organisation, writer, reviewer } = await newsroom();
    let item = await created(writer);
    const submitted = await act(writer, item, "submit");
    expect(submitted.statusCode, submitted.body).toBe(200);
    item = submitted.json<ContentItem>();
    expect(item.status).toBe("in_review");

    const ownPublish = await act(writer, item, "publish");
    expect(ownPublish.statusCode).toBe(403);
    expect((await reviewer.request("GET", `/api/content/articles/${item.id}`)).json<ContentItem>().can).toMatchObject({ publish: true, return: true, edit: false });

    const published = await act(reviewer, item, "publish");
    expect(published.statusCode, published.body).toBe(200);
    item = published.json<ContentItem>();
    expect(item).toMatchObject({ status: "published", isLive: true, contributors: [] });
    expect(item.versions.every((version) => version.isLive)).toBe(true);

    // A new revision keeps the live copy until it is published in turn.
    const revised = await writer.request("PUT", `/api/content/articles/${item.id}`, { version: item.version, slug: item.slug, topics: item.topics, versions: [{ ...draft.versions[0], title: "Cannabis: a guide for families" }, draft.versions[1]] });
    expect(revised.statusCode, revised.body).toBe(200);
    expect(revised.json<ContentItem>()).toMatchObject({ status: "draft", isLive: true });
    const [live] = await deps.db.select().from(contentVersions).where(and(eq(contentVersions.itemId, item.id), eq(contentVersions.language, "en")));
    expect(live).toMatchObject({ liveTitle: "Cannabis and young people", title: "Cannabis: a guide for families" });

    const events = await deps.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.entityId, item.id)))
      .orderBy(asc(auditEvents.id));
    expect(events.map((event) => event.action)).toEqual(["content.article_created", "content.article_submitted", "content.article_published", "content.article_updated"]);
  });

  it("does not let someone who edited the revision publish it, even if another editor started it", async () => {
    const { organisation, writer, reviewer } = await newsroom();
    let item = await created(writer);
    const edited = await reviewer.request("PUT", `/api/content/articles/${item.id}`, { version: item.version, slug: item.slug, topics: item.topics, versions: draft.versions });
    item = edited.json<ContentItem>();
    item = (await act(writer, item, "submit")).json<ContentItem>();
    expect((await act(reviewer, item, "publish")).statusCode).toBe(403);
    const third = await editor(organisation);
    expect((await act(third, item, "publish")).statusCode).toBe(200);
  });

  it("returns an article to its writer with the reviewer's note, and archives it off the site", async () => {
    const { writer, reviewer } = await newsroom();
    let item = await created(writer);
    item = (await act(writer, item, "submit")).json<ContentItem>();
    const returned = await act(reviewer, item, "return", { note: "Please cite the NHS page." });
    expect(returned.statusCode, returned.body).toBe(200);
    item = returned.json<ContentItem>();
    expect(item).toMatchObject({ status: "draft", reviewNote: "Please cite the NHS page." });
    item = (await act(writer, item, "submit")).json<ContentItem>();
    item = (await act(reviewer, item, "publish")).json<ContentItem>();
    const archived = await act(writer, item, "archive");
    expect(archived.json<ContentItem>()).toMatchObject({ status: "archived", isLive: false });
  });

  it("refuses to publish a language that is not finished, naming it, and changes nothing", async () => {
    const { organisation, writer, reviewer } = await newsroom();
    let item = await created(writer, { ...draft, versions: [draft.versions[0], { language: "ur", title: "بھنگ", summary: "", bodyHtml: "" }] });
    item = (await act(writer, item, "submit")).json<ContentItem>();
    const before = await organisationSnapshot(deps.db, organisation.id);
    const refused = await act(reviewer, item, "publish");
    expectCleanRefusal(refused);
    expect(refused.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["versions.ur.summary", "versions.ur.bodyHtml"]);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("refuses a stale save, a step the workflow does not allow, a taken slug and bad input, in the one error shape", async () => {
    const { writer, reviewer } = await newsroom();
    const item = await created(writer);
    const other = await created(writer, { ...draft, slug: "nitrous-oxide" });
    const save = (body: object) => writer.request("PUT", `/api/content/articles/${item.id}`, { version: item.version, slug: item.slug, topics: [], versions: draft.versions, ...body });
    expect((await save({})).statusCode).toBe(200);
    const stale = await save({});
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, "conflict"]);
    const taken = await writer.request("PUT", `/api/content/articles/${other.id}`, { version: other.version, slug: item.slug, topics: [], versions: draft.versions });
    expect([taken.statusCode, taken.json().error.fields[0].path]).toEqual([409, "body.slug"]);
    expect((await act(reviewer, other, "publish")).json().error.code).toBe("invalid_transition");
    for (const [body, path] of [
      [{ slug: "Not A Slug" }, "body.slug"],
      [{ topics: ["gardening"] }, "body.topics.0"],
      [{ versions: [{ language: "fr", title: "x", summary: "", bodyHtml: "" }] }, "body.versions.0.language"],
      [{ versions: [] }, "body.versions"],
    ] as [object, string][]) {
      const response = await writer.request("PUT", `/api/content/articles/${other.id}`, { version: other.version, slug: "ok-slug", topics: [], versions: draft.versions, ...body });
      expectCleanRefusal(response);
      expect(response.json().error.fields.map((field: { path: string }) => field.path), JSON.stringify(body)).toContain(path);
    }
  });

  it("finds articles by status, topic and words in a title in any language", async () => {
    const { writer } = await newsroom();
    await created(writer);
    await created(writer, { topics: ["sexual_health"], versions: [{ language: "en", title: "Hepatitis: an introduction", summary: "s", bodyHtml: "<p>b</p>" }] });
    const list = async (query: string) => (await writer.request("GET", `/api/content/articles?${query}`)).json<{ items: { title: string }[]; total: number }>();
    expect((await list("topic=sexual_health")).items.map((item) => item.title)).toEqual(["Hepatitis: an introduction"]);
    expect((await list("q=%D8%A8%DA%BE%D9%86%DA%AF")).items.map((item) => item.title)).toEqual(["Cannabis and young people"]);
    expect((await list("q=100%25")).total).toBe(0);
    expect((await list("status=draft")).total).toBe(2);
  });
});

describe("content.images", () => {
  it("re-encodes an uploaded photo as WebP no larger than 1600 pixels, with its location and camera metadata gone", async () => {
    const { organisation, writer } = await newsroom();
    const photo = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#336699" } })
      .jpeg()
      .withExif({ IFD0: { Make: "SecretCam", Artist: "Aisha Khan" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 28/1 0/1" } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const response = await writer.request("POST", "/api/content/images", { dataBase64: photo.toString("base64") });
    expect(response.statusCode, response.body).toBe(201);
    const uploaded = response.json<{ id: string; src: string; width: number; height: number }>();
    expect(uploaded).toMatchObject({ src: `/media/${uploaded.id}.webp`, width: 1600, height: 800 });
    const [stored] = await deps.db.select().from(contentImages).where(eq(contentImages.id, uploaded.id));
    const metadata = await sharp(Buffer.from(stored!.bytes)).metadata();
    expect([metadata.format, metadata.exif, metadata.icc, metadata.xmp]).toEqual(["webp", undefined, undefined, undefined]);
    expect(Buffer.from(stored!.bytes).includes(Buffer.from("SecretCam"))).toBe(false);
    const events = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "content.image_uploaded")));
    expect(events).toHaveLength(1);
  });

  it("refuses an SVG, a file that is not an image, and anything but base64, changing nothing", async () => {
    const { organisation, writer } = await newsroom();
    const before = await organisationSnapshot(deps.db, organisation.id);
    const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>`).toString("base64");
    for (const dataBase64 of [svg, Buffer.from("hello, not a picture").toString("base64"), "not base64!"]) {
      const response = await writer.request("POST", "/api/content/images", { dataBase64 });
      expectCleanRefusal(response);
      expect(response.json().error.fields[0].path).toBe("body.dataBase64");
    }
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });
});

describe("content.site-settings", () => {
  it("lets an administrator set the public details, audited by field name", async () => {
    const organisation = await createOrganisation(deps.db);
    const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
    expect((await admin.request("GET", "/api/content/site-settings")).json()).toMatchObject({ contactEmail: "", recordsKeptYears: 6, updatedAt: null });
    const body = { publicName: "Pathways Recovery", contactEmail: "hello@example.org", contactPhone: "0121 496 0000", postalAddress: "1 High Street, Birmingham", charityNumber: "1234567", icoRegistration: "ZA123456", dpoEmail: "dpo@example.org", recordsKeptYears: 7 };
    const saved = await admin.request("PUT", "/api/content/site-settings", body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject(body);
    const [event] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "content.site_settings_updated")));
    expect(event?.details).toEqual({ fields: ["publicName", "contactEmail", "contactPhone", "postalAddress", "charityNumber", "icoRegistration", "dpoEmail", "recordsKeptYears"] });
    const bad = await admin.request("PUT", "/api/content/site-settings", { ...body, contactEmail: "not an email" });
    expectCleanRefusal(bad);
    expect(bad.json().error.fields[0].path).toBe("body.contactEmail");
  });
});
