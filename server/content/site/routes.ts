/**
 * The public site, rendered by this app as plain HTML in six languages: `/<language>/` home, get
 * help, the article library and articles, stories (consented case studies), funding transparency,
 * contact and the privacy notice; `/sitemap.xml`, `/robots.txt`, the stylesheet, script, fonts and
 * images. No sign-in, no cookies set, no client script needed to read. Every page is sent with a
 * strict content security policy (nothing from elsewhere, no inline script or style), an ETag so
 * repeat visits cost a 304, and `no-cache` so a story whose consent is withdrawn is gone on the next
 * request rather than kept in a shared cache.
 */
import { createHash } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { contentTopics, siteLanguages, type SiteLanguage } from "../../../core/content/vocabulary.js";
import type { Db } from "../../db/client.js";
import { sites } from "../../db/schema.js";
import { publicFundingOf } from "../../funding/public-funding.js";
import { loadSiteAssets } from "./assets.js";
import { renderPage, type PageSpec, type SiteContext } from "./layout.js";
import { words } from "./messages/index.js";
import { readImage } from "./media.js";
import { publicDetails, type PublicDetails } from "./public-details.js";
import { articlePage } from "./pages/article.js";
import { contactPage } from "./pages/contact.js";
import { fundingPage } from "./pages/funding.js";
import { getHelpPage } from "./pages/get-help.js";
import { homePage } from "./pages/home.js";
import { libraryPage, libraryPageSize } from "./pages/library.js";
import { notFoundPage } from "./pages/not-found.js";
import { privacyPage } from "./pages/privacy.js";
import { storiesPage } from "./pages/stories.js";
import { liveItemBySlug, liveItems } from "./public-content.js";
import { robotsTxt, sitemapXml } from "./sitemap.js";

/** Nothing from anywhere else, no inline script or style, no forms posting elsewhere, never framed. */
export const publicSiteCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const libraryQuerySchema = z.object({
  topic: z.enum(contentTopics).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});

const slugParams = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) });

/** A plain 404 for an asset or image: never the web app's page, which would answer 200. */
const notFound = (reply: FastifyReply) => reply.status(404).header("cache-control", "no-cache").type("text/plain; charset=utf-8").send("Not found");

function sendHtml(request: FastifyRequest, reply: FastifyReply, page: string, status = 200): FastifyReply {
  const etag = `"${createHash("sha1").update(page).digest("base64url")}"`;
  void reply.header("content-security-policy", publicSiteCsp).header("cache-control", "no-cache").header("etag", etag).header("content-language", request.url.slice(1, 3));
  if (status === 200 && request.headers["if-none-match"] === etag) return reply.status(304).send();
  return reply.status(status).type("text/html; charset=utf-8").send(page);
}

export function publicSiteRoutes(app: FastifyInstance): void {
  const { db, config } = app.deps;
  const assets = loadSiteAssets();
  const hidden = { schema: { hide: true }, config: { access: "public" as const } };

  async function contextFor(language: SiteLanguage): Promise<{ context: SiteContext; organisation: PublicDetails }> {
    const organisation = await publicDetails(db, config);
    const { settings } = organisation;
    return {
      organisation,
      context: { language, words: words[language], organisationName: settings.publicName || organisation.name, publicUrl: config.publicUrl, assets: { css: assets.css.url, js: assets.js.url }, charityNumber: settings.charityNumber },
    };
  }

  const siteNamesOf = async (database: Db, organisationId: string) =>
    (await database.select({ name: sites.name }).from(sites).where(eq(sites.organisationId, organisationId)).orderBy(asc(sites.name)).limit(100)).map((row) => row.name);

  /** Renders `build`'s page for the language in the path, or the not-found page when it gives none. */
  const page =
    (language: SiteLanguage, build: (context: SiteContext, organisation: PublicDetails, request: FastifyRequest) => Promise<PageSpec | null>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const { context, organisation } = await contextFor(language);
      const spec = (await build(context, organisation, request)) ?? notFoundPage(context, request.url.slice(3).split("?")[0] ?? "");
      return sendHtml(request, reply, renderPage(context, spec), spec.status ?? 200);
    };

  for (const language of siteLanguages) {
    const at = (path: string) => `/${language}${path}`;
    app.get(at("/"), hidden, page(language, async (context, { id: organisationId }) => {
      const [latest, stories] = await Promise.all([
        liveItems(db, organisationId, "article", { page: 1, pageSize: 4 }),
        liveItems(db, organisationId, "case_study", { page: 1, pageSize: 2 }),
      ]);
      return homePage(context, { latest: latest.items, stories: stories.items });
    }));
    app.get(at("/get-help"), hidden, page(language, async (context, { id: organisationId }) => getHelpPage(context, await siteNamesOf(db, organisationId))));
    app.get(at("/articles"), hidden, page(language, async (context, { id: organisationId }, request) => {
      const query = libraryQuerySchema.parse(request.query ?? {});
      const result = await liveItems(db, organisationId, "article", { ...query, pageSize: libraryPageSize });
      return libraryPage(context, query, result);
    }));
    app.get(at("/articles/:slug"), hidden, page(language, async (context, { id: organisationId }, request) => {
      const params = slugParams.safeParse(request.params);
      const item = params.success ? await liveItemBySlug(db, organisationId, "article", params.data.slug) : null;
      return item ? articlePage(context, item, "articles") : null;
    }));
    app.get(at("/stories"), hidden, page(language, async (context, { id: organisationId }) => storiesPage(context, (await liveItems(db, organisationId, "case_study", { page: 1, pageSize: 50 })).items)));
    app.get(at("/stories/:slug"), hidden, page(language, async (context, { id: organisationId }, request) => {
      const params = slugParams.safeParse(request.params);
      const item = params.success ? await liveItemBySlug(db, organisationId, "case_study", params.data.slug) : null;
      return item ? articlePage(context, item, "stories") : null;
    }));
    app.get(at("/funding"), hidden, page(language, async (context, { id: organisationId }) => fundingPage(context, await publicFundingOf(db, { id: organisationId, name: context.organisationName }))));
    app.get(at("/contact"), hidden, page(language, async (context, { id: organisationId, settings }) => contactPage(context, settings, await siteNamesOf(db, organisationId))));
    app.get(at("/privacy"), hidden, page(language, async (context, { settings }) => privacyPage(context, settings)));
  }

  // The address the funding list was first published at: the English page now.
  app.get("/funding", hidden, (_request, reply) => reply.redirect("/en/funding", 301));
  app.get("/site/:hash/site.css", hidden, (_request, reply) =>
    reply.header("cache-control", "public, max-age=31536000, immutable").type("text/css; charset=utf-8").send(assets.css.body),
  );
  app.get("/site/:hash/site.js", hidden, (_request, reply) =>
    reply.header("cache-control", "public, max-age=31536000, immutable").type("text/javascript; charset=utf-8").send(assets.js.body),
  );
  app.get("/site/fonts/:version/:file", hidden, (request, reply) => {
    const font = assets.font((request.params as { file: string }).file);
    if (!font) return notFound(reply);
    return reply.header("cache-control", "public, max-age=31536000, immutable").type("font/woff2").send(font);
  });

  app.get("/media/:file", hidden, async (request, reply) => {
    const id = /^([0-9a-f-]{36})\.webp$/.exec((request.params as { file: string }).file)?.[1];
    const organisation = await publicDetails(db, config);
    const staffOrganisation = request.actor?.session.mfaState === "complete" ? request.actor.organisationId : null;
    const image = id ? await readImage(db, id, organisation.id, staffOrganisation) : null;
    if (!image) return notFound(reply);
    return reply.header("cache-control", staffOrganisation ? "private, no-cache" : "public, no-cache").header("content-security-policy", publicSiteCsp).type("image/webp").send(image);
  });

  app.get("/sitemap.xml", hidden, async (_request, reply) => {
    const organisation = await publicDetails(db, config);
    return reply.header("cache-control", "no-cache").type("application/xml; charset=utf-8").send(await sitemapXml(db, organisation.id, config.publicUrl));
  });
  app.get("/robots.txt", hidden, (_request, reply) => reply.type("text/plain; charset=utf-8").send(robotsTxt(config.publicUrl)));
}
