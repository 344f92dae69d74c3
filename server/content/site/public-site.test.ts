import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { ContentItem } from "../../../core/api/content.js";
import { siteLanguages } from "../../../core/content/vocabulary.js";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../../test/factories.js";
import { signInAs, type Agent } from "../../../test/http.js";
import { publicOrganisation } from "../../referrals/public-organisation.js";

const { app, deps } = await testApp();

// The public site belongs to the oldest organisation; in a fresh database this one is it.
await createOrganisation(deps.db);
const found = await publicOrganisation(deps.db, deps.config);
const organisation = { id: found.id, name: found.name, siteIds: ["", ""] } as unknown as TestOrganisation;
const editor = () => createUser(deps.db, deps.vault, organisation, { role: "content_editor" }).then((user) => signInAs(app, user, deps.now()));
const [writer, reviewer] = [await editor(), await editor()];

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: "GET", url, headers });

/** Writes and publishes an article in the public organisation; `versions` default to English and Urdu. */
async function published(options: { topics?: string[]; versions?: object[]; slug?: string; by?: Agent } = {}): Promise<ContentItem> {
  const marker = randomUUID().slice(0, 8);
  const created = await writer.request("POST", "/api/content/articles", {
    slug: options.slug ?? `article-${marker}`,
    topics: options.topics ?? ["drugs"],
    versions: options.versions ?? [
      { language: "en", title: `Nitrous oxide ${marker}`, summary: "What it is and why it is risky.", bodyHtml: "<h2>What is it?</h2><p>A gas, sold in small canisters.</p>" },
      { language: "ur", title: `نائٹرس آکسائیڈ ${marker}`, summary: "یہ کیا ہے اور اس کے خطرات۔", bodyHtml: "<p>یہ ایک گیس ہے۔</p>" },
    ],
  });
  expect(created.statusCode, created.body).toBe(201);
  let item = created.json<ContentItem>();
  item = (await writer.request("POST", `/api/content/articles/${item.id}/submit`, { version: item.version })).json<ContentItem>();
  const publish = await reviewer.request("POST", `/api/content/articles/${item.id}/publish`, { version: item.version });
  expect(publish.statusCode, publish.body).toBe(200);
  return publish.json<ContentItem>();
}

describe("content.public site", () => {
  it("serves every page in every language with the right lang and dir, alternates, metadata and a strict policy", async () => {
    const article = await published();
    const pages = ["/", "/get-help", "/articles", `/articles/${article.slug}`, "/stories", "/funding", "/contact", "/privacy"];
    for (const language of siteLanguages) {
      for (const path of pages) {
        const response = await get(`/${language}${path}`);
        expect(response.statusCode, `${language}${path}`).toBe(200);
        const page = response.body;
        expect(page).toContain(`<html lang="${language}" dir="${language === "ur" || language === "ar" ? "rtl" : "ltr"}">`);
        expect(page).toMatch(/<title>[^<]+<\/title>/);
        expect(page).toMatch(/<meta name="description" content="[^"]+">/);
        expect(page).toMatch(/<meta property="og:title" content="[^"]+">/);
        expect(page).toContain(`hreflang="x-default"`);
        expect(page).not.toMatch(/<script(?![^>]*\bsrc=)/);
        expect(page).not.toMatch(/\sstyle=|\son[a-z]+=/i);
        expect(page).not.toMatch(/https?:\/\/(?!www\.bbc\.co\.uk\/weather|localhost)[^"\s<]*"/);
        expect(response.headers["content-security-policy"]).toContain("script-src 'self'");
        expect(response.headers["content-security-policy"]).not.toContain("unsafe-inline");
        expect(response.headers["set-cookie"]).toBeUndefined();
      }
    }
    const home = (await get("/ur/")).body;
    for (const language of siteLanguages) expect(home).toContain(`<link rel="alternate" hreflang="${language}" href="http://localhost:3000/${language}/">`);
    expect(home).toContain(`href="/ar/" lang="ar" hreflang="ar">العربية</a>`);
  });

  it("shows an article in the reader's language, and an untranslated one in English saying so", async () => {
    const article = await published();
    const [english, urdu] = article.versions;
    const inUrdu = (await get(`/ur/articles/${article.slug}`)).body;
    expect(inUrdu).toContain(`<h1>${urdu?.title}</h1>`);
    expect(inUrdu).toContain(`<link rel="canonical" href="http://localhost:3000/ur/articles/${article.slug}">`);
    const inPunjabi = (await get(`/pa/articles/${article.slug}`)).body;
    expect(inPunjabi).toContain(`<article lang="en" dir="ltr">`);
    expect(inPunjabi).toContain(`<h1>${english?.title}</h1>`);
    expect(inPunjabi).toContain("ਇਹ ਪੰਨਾ ਅਜੇ ਪੰਜਾਬੀ ਵਿੱਚ ਉਪਲਬਧ ਨਹੀਂ ਹੈ।");
    expect(inPunjabi).not.toContain(`hreflang="pa" href="http://localhost:3000/pa/articles`);
    // The language switcher keeps the page.
    expect(inPunjabi).toContain(`<a href="/ur/articles/${article.slug}" lang="ur" hreflang="ur">اردو</a>`);
  });

  it("never lets a script or an event handler written into an article reach the page", async () => {
    const article = await published({
      versions: [{ language: "en", title: `Hepatitis <script>alert("t")</script>`, summary: `"><img src=x onerror=alert(1)>`, bodyHtml: `<p>Liver</p><script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a><svg onload="alert(4)"></svg><p onmouseover="alert(5)">y</p>` }],
    });
    const page = (await get(`/en/articles/${article.slug}`)).body;
    // Attribute values hold escaped text only; with them blanked, no tag may carry a handler or a script address.
    const tags = page.replace(/="[^"]*"/g, '=""');
    expect(tags).not.toMatch(/<script>|<[^>]*\son[a-z]+=|javascript:/i);
    expect(page).toContain("<h1>Hepatitis &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;</h1>");
    expect(page).toContain(`<div class="body"><p>Liver</p>x<p>y</p></div>`);
  });

  it("shows only the published copy: a new draft, a draft article and an archived one stay off the site", async () => {
    const article = await published();
    const revised = await writer.request("PUT", `/api/content/articles/${article.id}`, { version: article.version, slug: article.slug, topics: article.topics, versions: [{ language: "en", title: "Unreviewed title", summary: "s", bodyHtml: "<p>b</p>" }] });
    expect(revised.statusCode, revised.body).toBe(200);
    const page = (await get(`/en/articles/${article.slug}`)).body;
    expect(page).not.toContain("Unreviewed title");
    expect(page).toContain(`<h1>${article.versions[0]?.title}</h1>`);

    const draft = (await writer.request("POST", "/api/content/articles", { topics: [], versions: [{ language: "en", title: `Draft ${randomUUID()}`, summary: "s", bodyHtml: "<p>b</p>" }] })).json<ContentItem>();
    expect((await get(`/en/articles/${draft.slug}`)).statusCode).toBe(404);

    const current = revised.json<ContentItem>();
    await writer.request("POST", `/api/content/articles/${current.id}/archive`, { version: current.version });
    const gone = await get(`/ur/articles/${article.slug}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toContain(`<html lang="ur" dir="rtl">`);
  });

  it("finds articles by topic and by words, in Urdu", async () => {
    const marker = randomUUID().slice(0, 8);
    const article = await published({
      topics: ["sexual_health"],
      versions: [
        { language: "en", title: `Hepatitis ${marker}`, summary: "An introduction.", bodyHtml: "<p>The liver.</p>" },
        { language: "ur", title: `ہیپاٹائٹس ${marker}`, summary: "ایک تعارف۔", bodyHtml: "<p>جگر کی سوزش۔</p>" },
      ],
    });
    const byTopic = (await get("/ur/articles?topic=sexual_health")).body;
    expect(byTopic).toContain(`<a href="/ur/articles/${article.slug}">ہیپاٹائٹس ${marker}</a>`);
    expect(byTopic).toContain(`<option value="sexual_health" selected>جنسی صحت</option>`);
    // Switching language keeps the topic.
    expect(byTopic).toContain(`<a href="/ar/articles?topic=sexual_health" lang="ar" hreflang="ar">العربية</a>`);
    expect((await get(`/ur/articles?topic=alcohol&q=${marker}`)).body).not.toContain(`/ur/articles/${article.slug}`);
    expect((await get(`/ur/articles?q=${encodeURIComponent("جگر کی سوزش")}`)).body).toContain(`/ur/articles/${article.slug}`);
    // Nonsense in the address is ignored, never an error.
    expect((await get("/ur/articles?topic=%3Cscript%3E&page=-4&q=%25%25")).statusCode).toBe(200);
  });

  it("answers a repeat visit with 304 and lists every page and article in the sitemap", async () => {
    const article = await published();
    const first = await get(`/en/articles/${article.slug}`);
    expect((await get(`/en/articles/${article.slug}`, { "if-none-match": String(first.headers.etag) })).statusCode).toBe(304);
    const sitemap = (await get("/sitemap.xml")).body;
    expect(sitemap).toContain(`<loc>http://localhost:3000/ur/articles/${article.slug}</loc>`);
    expect(sitemap).toContain(`<loc>http://localhost:3000/pl/privacy</loc>`);
    expect(sitemap).not.toContain(`/pa/articles/${article.slug}</loc>`);
    const robots = (await get("/robots.txt")).body;
    expect(robots).toContain("Sitemap: http://localhost:3000/sitemap.xml");
    expect(robots).toContain("Disallow: /\n");
  });

  it("serves an image to the public only once an article showing it is published", async () => {
    const picture = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#aa3300" } }).png().toBuffer();
    const uploaded = (await writer.request("POST", "/api/content/images", { dataBase64: picture.toString("base64") })).json<{ src: string }>();
    expect((await get(uploaded.src)).statusCode).toBe(404);
    expect((await writer.request("GET", uploaded.src)).statusCode).toBe(200);
    await published({ versions: [{ language: "en", title: "Leaflet", summary: "Our leaflet.", bodyHtml: `<p>See:</p><img src="${uploaded.src}" alt="The leaflet's cover">` }] });
    const image = await get(uploaded.src);
    expect([image.statusCode, image.headers["content-type"]]).toEqual([200, "image/webp"]);
  });

  it("keeps an article page under 50 KB with its stylesheet and script", async () => {
    const article = await published();
    const page = await get(`/ur/articles/${article.slug}`);
    const css = /href="(\/site\/[^"]+\.css)"/.exec(page.body)?.[1] ?? "";
    const js = /src="(\/site\/[^"]+\.js)"/.exec(page.body)?.[1] ?? "";
    const [style, script] = [await get(css), await get(js)];
    expect([style.statusCode, script.statusCode]).toEqual([200, 200]);
    expect(style.headers["cache-control"]).toContain("immutable");
    expect(page.rawPayload.length + style.rawPayload.length + script.rawPayload.length).toBeLessThan(50 * 1024);
  });
});
