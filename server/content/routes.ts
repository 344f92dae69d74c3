/**
 * HTTP routes for the public site's content as staff work on it: articles (list, write, the
 * workflow), image uploads, and the organisation's public details. The public pages themselves are
 * server-rendered (site/routes.ts), registered here too; case studies are reached from their case
 * (case-studies/routes.ts).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  contentActionBodySchema,
  contentActionParamsSchema,
  contentIdParamsSchema,
  contentItemSchema,
  contentListQuerySchema,
  contentPageSchema,
  createArticleBodySchema,
  siteSettingsSchema,
  updateContentBodySchema,
  updateSiteSettingsBodySchema,
  uploadedImageSchema,
  uploadImageBodySchema,
} from "../../core/api/content.js";
import { authorize, requireActor } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { errorResponses } from "../http/route-schema.js";
import { articleRules, presentArticle } from "./articles.js";
import { listContent } from "./list-content.js";
import { canReadSiteSettings, isContentEditor } from "./policy.js";
import { findItem } from "./queries.js";
import { createContent, updateContent } from "./save-content.js";
import { readSiteSettings, updateSiteSettings } from "./site-settings.js";
import { transitionContent } from "./transition-content.js";
import { uploadImage } from "./upload-image.js";
import { publicSiteRoutes } from "./site/routes.js";
import { caseStudyRoutes } from "./case-studies/routes.js";

export function contentRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["content"];
  const { db } = app.deps;
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });
  const answer = { 200: contentItemSchema, ...errorResponses };

  route.get(
    "/api/content/articles",
    { schema: { tags, summary: "Articles, newest change first, by status, topic or words in a title (content editors)", querystring: contentListQuerySchema, response: { 200: contentPageSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      authorize(isContentEditor(actor));
      const page = await listContent(db, actor.organisationId, "article", request.query);
      return { ...page, page: request.query.page, pageSize: request.query.pageSize, canCreate: true };
    },
  );

  route.post(
    "/api/content/articles",
    { schema: { tags, summary: "Start an article in one or more languages (content editors; body HTML sanitised; audited)", body: createArticleBodySchema, response: { 201: contentItemSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const item = await inTransaction(db, async (tx) => {
        const created = await createContent(tx, actor, articleRules(actor), request.body, context(request.id));
        return presentArticle(tx, actor, created);
      });
      return reply.status(201).send(item);
    },
  );

  route.get(
    "/api/content/articles/:id",
    { schema: { tags, summary: "An article's working copy in every language, and what the reader may do with it (content editors)", params: contentIdParamsSchema, response: answer } },
    async (request) => {
      const actor = requireActor(request.actor);
      authorize(isContentEditor(actor));
      return presentArticle(db, actor, await findItem(db, actor.organisationId, "article", request.params.id));
    },
  );

  route.put(
    "/api/content/articles/:id",
    { schema: { tags, summary: "Save an article's working copy (content editors; a stale version is refused; audited)", params: contentIdParamsSchema, body: updateContentBodySchema, response: answer } },
    async (request) => {
      const actor = requireActor(request.actor);
      authorize(isContentEditor(actor));
      return inTransaction(db, async (tx) => {
        const item = await findItem(tx, actor.organisationId, "article", request.params.id);
        await updateContent(tx, actor, articleRules(actor), item, request.body, context(request.id));
        return presentArticle(tx, actor, await findItem(tx, actor.organisationId, "article", item.id));
      });
    },
  );

  route.post(
    "/api/content/articles/:id/:action",
    {
      schema: {
        tags,
        summary: "Move an article on: submit for review, return, publish (a reviewer who wrote none of it), archive, restore (audited)",
        params: contentActionParamsSchema,
        body: contentActionBodySchema,
        response: answer,
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      authorize(isContentEditor(actor));
      return inTransaction(db, async (tx) => {
        const item = await findItem(tx, actor.organisationId, "article", request.params.id);
        await transitionContent(tx, actor, articleRules(actor), item, request.params.action, request.body, context(request.id));
        return presentArticle(tx, actor, await findItem(tx, actor.organisationId, "article", item.id));
      });
    },
  );

  route.post(
    "/api/content/images",
    {
      // Base64 of an image of up to 8 MB.
      bodyLimit: 12 * 1024 * 1024,
      schema: { tags, summary: "Upload a picture for an article: resized, re-encoded as WebP, metadata removed (content editors; audited)", body: uploadImageBodySchema, response: { 201: uploadedImageSchema, ...errorResponses } },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const image = await inTransaction(db, (tx) => uploadImage(tx, actor, isContentEditor(actor), request.body.dataBase64, context(request.id)));
      return reply.status(201).send({ ...image, src: `/media/${image.id}.webp` });
    },
  );

  route.get(
    "/api/content/site-settings",
    { schema: { tags, summary: "The organisation's public details: contact and privacy notice (administrators, content editors)", response: { 200: siteSettingsSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      authorize(canReadSiteSettings(actor));
      return readSiteSettings(db, actor.organisationId);
    },
  );

  route.put(
    "/api/content/site-settings",
    { schema: { tags, summary: "Change the organisation's public details (administrators; audited)", body: updateSiteSettingsBodySchema, response: { 200: siteSettingsSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        await updateSiteSettings(tx, actor, request.body, context(request.id));
        return readSiteSettings(tx, actor.organisationId);
      });
    },
  );

  caseStudyRoutes(app);
  publicSiteRoutes(app);
}
