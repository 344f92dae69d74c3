/**
 * The public site's article page (`npm run bench:public-site -- --database=pglite|postgres`): the
 * app built as in production and listening on 127.0.0.1, a fresh database holding an organisation
 * with `--articles=N` live articles (default 300) in English and Urdu, and keep-alive GETs of random
 * articles, in English and in Urdu (right to left, our own font), and of the library filtered by a
 * topic in Urdu. Each is measured beside its limit: the same HTML served from memory by a bare
 * Fastify route on the same server, so the result says what reading and rendering add. Also the
 * transfer size of an article page: its HTML, stylesheet and script (images apart; fonts, fetched
 * once for Urdu and Arabic and kept a year, reported on their own).
 * Targets: p95 under 20 ms one request at a time; under 50 KB per article page.
 * Writes bench/results/<date>-public-site-<database>.{json,md}.
 */
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import Fastify from "fastify";
import pg from "pg";
import { contentTopics } from "../core/content/vocabulary.js";
import { buildApp } from "../server/app.js";
import { loadCommonPasswords } from "../server/auth/passwords.js";
import { loadConfig } from "../server/config.js";
import { connectionOptions, type Database, type Db } from "../server/db/client.js";
import { migrate } from "../server/db/migrate.js";
import * as schema from "../server/db/schema.js";
import { contentItems, contentVersions, organisations, sites, siteSettings, users } from "../server/db/schema.js";
import { demoArticles } from "../server/content/demo-texts.js";
import { plainTextOf, sanitiseBodyHtml } from "../server/content/sanitise-html.js";
import { loadSiteAssets } from "../server/content/site/assets.js";
import { testKeyring } from "../server/vault/test-keyring.js";
import { createVault } from "../server/vault/vault.js";
import { recreatePostgresDatabase } from "./lib/database.js";
import { benchRoot } from "./lib/options.js";
import { measure, round, warmUp, type Measurement } from "./run/harness.js";
import { httpClient } from "./run/http-client.js";

const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, "").split("=") as [string, string]));
const kind = args.get("database") === "postgres" ? "postgres" : "pglite";
const articleCount = Number(args.get("articles") ?? 300);
const iterations = Math.max(1_000, Number(args.get("iterations") ?? 2_000));
const maxSeconds = Number(args.get("max-seconds") ?? 60);
const warmup = 200;
const postgresUrl = args.get("database-url") ?? "postgres://postgres@127.0.0.1:5432/pathways_bench_public_site";
const targetP95Ms = 20;
const budgetBytes = 50 * 1024;

async function openDatabase(): Promise<Database> {
  if (kind === "postgres") {
    await recreatePostgresDatabase(postgresUrl);
    const pool = new pg.Pool({ connectionString: postgresUrl, max: 10, options: connectionOptions });
    return { db: drizzlePg(pool, { schema }) as unknown as Db, kind, close: () => pool.end() };
  }
  const pglite = await PGlite.create();
  return { db: drizzlePglite(pglite, { schema }) as unknown as Db, kind, pglite, close: () => pglite.close() };
}

/** An organisation with `articleCount` live articles in English and Urdu, made from the demo's three. */
async function seed(db: Db): Promise<{ organisationId: string; slugs: string[] }> {
  const [organisation] = await db.insert(organisations).values({ name: "Bench Community Trust" }).returning();
  if (!organisation) throw new Error("no organisation");
  await db.insert(sites).values(["Birmingham", "Manchester", "Luton"].map((name) => ({ organisationId: organisation.id, name })));
  const [editor] = await db.insert(users).values({ organisationId: organisation.id, email: "editor@bench.example.org", displayName: "Bench Editor" }).returning();
  await db.insert(siteSettings).values({ organisationId: organisation.id, publicName: "Bench Community Trust", charityNumber: "1234567", contactEmail: "hello@bench.example.org" });
  const slugs: string[] = [];
  const now = Date.now();
  for (let n = 0; n < articleCount; n++) {
    const text = demoArticles[n % demoArticles.length]!;
    const publishedAt = new Date(now - n * 3_600_000);
    const [item] = await db
      .insert(contentItems)
      .values({ organisationId: organisation.id, kind: "article", slug: `${text.slug}-${n}`, topics: [contentTopics[n % contentTopics.length]!, ...text.topics], status: "published", isLive: true, createdBy: editor!.id, firstPublishedAt: publishedAt, lastPublishedAt: publishedAt })
      .returning({ id: contentItems.id, slug: contentItems.slug });
    slugs.push(item!.slug);
    await db.insert(contentVersions).values(
      text.versions.map((version) => {
        const bodyHtml = sanitiseBodyHtml(version.bodyHtml);
        const title = `${version.title} (${n})`;
        return { itemId: item!.id, organisationId: organisation.id, language: version.language, title, summary: version.summary, bodyHtml, liveTitle: title, liveSummary: version.summary, liveBodyHtml: bodyHtml, liveText: [title, version.summary, plainTextOf(bodyHtml)].join("\n"), livePublishedAt: publishedAt };
      }),
    );
  }
  return { organisationId: organisation.id, slugs };
}

interface Row {
  key: string;
  title: string;
  real: Measurement;
  limit: Measurement;
  ratioP95: number;
  meetsTarget: boolean;
}

const database = await openDatabase();
try {
  await migrate(database);
  const { organisationId, slugs } = await seed(database.db);
  if (kind === "pglite") await database.pglite?.query("analyze");
  const config = loadConfig({ PATHWAYS_DATA_DIR: path.join(os.tmpdir(), "pathways-bench-public-site"), PATHWAYS_PUBLIC_ORGANISATION_ID: organisationId, PATHWAYS_PUBLIC_URL: "http://localhost:3000", LOG_LEVEL: "silent" });
  const app = await buildApp({ db: database.db, config, vault: createVault(testKeyring()), commonPasswords: loadCommonPasswords(), now: () => new Date() }, { logger: false });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const client = httpClient(`http://127.0.0.1:${port}`, 8);

  // The limit: the same bytes from memory, on a bare route of a second Fastify on the same machine.
  const pages = new Map<string, string>();
  const bare = Fastify({ logger: false });
  bare.get("/*", (request, reply) => reply.type("text/html; charset=utf-8").send(pages.get(request.url) ?? ""));
  await bare.listen({ host: "127.0.0.1", port: 0 });
  const bareAddress = bare.server.address();
  const bareClient = httpClient(`http://127.0.0.1:${typeof bareAddress === "object" && bareAddress ? bareAddress.port : 0}`, 8);

  const paths = {
    article_en: (i: number) => `/en/articles/${slugs[(i * 7919) % slugs.length]}`,
    article_ur: (i: number) => `/ur/articles/${slugs[(i * 7919) % slugs.length]}`,
    library_ur: (i: number) => `/ur/articles?topic=${contentTopics[i % contentTopics.length]}`,
  };
  const titles = { article_en: "Article page, English", article_ur: "Article page, Urdu (right to left)", library_ur: "Article library by topic, Urdu" };
  for (const make of Object.values(paths)) {
    for (let i = 0; i < Math.min(slugs.length, 400); i++) {
      const response = await client.get(make(i));
      if (response.status !== 200) throw new Error(`${make(i)} answered ${response.status}`);
      pages.set(make(i), response.body);
    }
  }

  const loadAverageBefore = os.loadavg();
  const rows: (Row & { concurrency: number })[] = [];
  for (const [key, make] of Object.entries(paths) as [keyof typeof paths, (i: number) => string][]) {
    const wrap = (i: number) => i % Math.min(slugs.length, 400);
    const real = async (i: number) => {
      const response = await client.get(make(wrap(i)));
      if (response.status !== 200) throw new Error(`${response.status}`);
    };
    const limit = (i: number) => bareClient.get(make(wrap(i)));
    for (const concurrency of [1, 8]) {
      const settings = { warmup, iterations, maxSeconds, concurrency };
      await warmUp(limit, warmup, maxSeconds / 4);
      await warmUp(real, warmup, maxSeconds / 4);
      const limitRun = await measure(`${key} limit`, limit, settings);
      const realRun = await measure(key, real, settings);
      const ratioP95 = round(realRun.p95Ms / limitRun.p95Ms);
      rows.push({ key, title: titles[key], concurrency, real: realRun, limit: limitRun, ratioP95, meetsTarget: concurrency > 1 || realRun.p95Ms < targetP95Ms });
      console.log(`${titles[key]}, concurrency ${concurrency}: p50/p95/p99 ${realRun.p50Ms}/${realRun.p95Ms}/${realRun.p99Ms} ms, ${realRun.throughputPerSecond}/s; limit p95 ${limitRun.p95Ms} ms (${ratioP95}×)`);
    }
  }

  // Transfer of one article page: what the browser fetches for it, images apart.
  const bytes = async (url: string) => Buffer.byteLength((await client.get(url)).body);
  const sizes = await Promise.all(
    (["en", "ur"] as const).map(async (language) => {
      const page = (await client.get(`/${language}/articles/${slugs[0]}`)).body;
      const css = /href="(\/site\/[^"]+\.css)"/.exec(page)?.[1] ?? "";
      const js = /src="(\/site\/[^"]+\.js)"/.exec(page)?.[1] ?? "";
      const html = Buffer.byteLength(page);
      const [cssBytes, jsBytes] = [await bytes(css), await bytes(js)];
      const total = html + cssBytes + jsBytes;
      return { language, html, css: cssBytes, js: jsBytes, total, meetsBudget: total < budgetBytes };
    }),
  );
  const fontBytes = loadSiteAssets().font("noto-naskh-arabic-arabic-400-normal.woff2")?.length ?? 0;
  const loadAverageAfter = os.loadavg();
  client.close();
  bareClient.close();
  await app.close();
  await bare.close();

  const date = new Date().toISOString().slice(0, 10);
  const report = { date, database: kind, articles: articleCount, iterations, loadAverageBefore, loadAverageAfter, targetP95Ms, budgetBytes, rows, sizes, urduFontBytesOnce: fontBytes };
  const dir = path.join(benchRoot, "results");
  await mkdir(dir, { recursive: true });
  const base = path.join(dir, `${date}-public-site-${kind}`);
  await writeFile(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  const markdown = [
    `# Public site: article page (${kind}, ${articleCount} articles in English and Urdu, ${date})`,
    "",
    `Load average ${loadAverageBefore.map((value) => value.toFixed(1)).join(" ")} before, ${loadAverageAfter.map((value) => value.toFixed(1)).join(" ")} after. Target: p95 under ${targetP95Ms} ms one request at a time.`,
    "",
    "| page | callers | p50 | p95 | p99 | per second | limit p95 | × limit | target |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ...rows.map((row) => `| ${row.title} | ${row.concurrency} | ${row.real.p50Ms} ms | ${row.real.p95Ms} ms | ${row.real.p99Ms} ms | ${row.real.throughputPerSecond} | ${row.limit.p95Ms} ms | ${row.ratioP95} | ${row.concurrency > 1 ? "—" : row.meetsTarget ? "met" : "missed"} |`),
    "",
    `Transfer per article page (budget ${budgetBytes / 1024} KB, images apart):`,
    "",
    "| language | HTML | stylesheet | script | total | budget |",
    "|---|---:|---:|---:|---:|---|",
    ...sizes.map((size) => `| ${size.language} | ${size.html} B | ${size.css} B | ${size.js} B | ${size.total} B | ${size.meetsBudget ? "met" : "missed"} |`),
    "",
    `Urdu and Arabic pages also fetch one font once (${fontBytes} B, kept for a year); English pages use the reader's own fonts.`,
    "",
  ].join("\n");
  await writeFile(`${base}.md`, markdown);
  console.log(`\nWrote ${base}.json and .md`);
  const isMet = rows.every((row) => row.meetsTarget) && sizes.every((size) => size.meetsBudget);
  process.exitCode = isMet ? 0 : 1;
} finally {
  await database.close();
}
