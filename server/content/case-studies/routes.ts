/**
 * HTTP routes for case studies: a case's stories (listed and started from the case), one story
 * (read with its identity warnings and the client's consent as it stands; changed; moved through
 * the workflow), the writer's identity check before saving, and the stories a manager has to
 * review. Every route works inside the case scope; reads and writes are audited against the case's
 * client.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { inArray, sql } from "drizzle-orm";
import {
  caseCaseStudiesSchema,
  caseIdParamsSchema,
  caseStudyCheckBodySchema,
  caseStudyCheckSchema,
  contentActionBodySchema,
  contentActionParamsSchema,
  contentIdParamsSchema,
  contentItemSchema,
  contentListQuerySchema,
  contentPageSchema,
  createArticleBodySchema,
  updateContentBodySchema,
} from "../../../core/api/content.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize, requireActor } from "../../authz/authorize.js";
import { caseloadRoles, sitesWhere } from "../../authz/site-roles.js";
import { findCaseFor } from "../../cases/queries.js";
import { visibleCases } from "../../cases/scope.js";
import { hasCurrentConsent } from "../../clients/current-consent.js";
import { inTransaction } from "../../db/client.js";
import { cases, contentItems } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { errorResponses } from "../../http/route-schema.js";
import { listContent } from "../list-content.js";
import { createContent, updateContent } from "../save-content.js";
import { transitionContent } from "../transition-content.js";
import { caseStudyRules, findCaseStudyFor, presentCaseStudy, type LoadedCaseStudy } from "./case-study-rules.js";
import { checkAgainstClient } from "./identity-warnings.js";
import { caseStudyAccess } from "./policy.js";

export function caseStudyRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["case studies"];
  const { db, vault } = app.deps;
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });
  const answer = { 200: contentItemSchema, ...errorResponses };
  const audited = (actor: Actor, loaded: LoadedCaseStudy, requestId: string) =>
    recordAudit(db, { organisationId: actor.organisationId, actorUserId: actor.userId, action: "content.case_study_read", entityType: "case_study", entityId: loaded.item.id, siteId: loaded.kase.siteId, clientId: loaded.kase.clientId, requestId, at: app.deps.now(), details: { caseId: loaded.kase.id } });
  const scopedToCase = (actor: Actor, caseId: string) => sql`${contentItems.caseId} = ${caseId}::uuid and ${contentItems.caseId} in (select ${cases.id} from ${cases} where ${visibleCases(actor, app.deps.now())})`;

  route.get(
    "/api/cases/:caseId/case-studies",
    { schema: { tags, summary: "A case's case studies, whether its client's case-study consent is current, and whether the reader may start one", params: caseIdParamsSchema, response: { 200: caseCaseStudiesSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const { kase, isBreakGlass } = await findCaseFor(db, actor, request.params.caseId, app.deps.now());
      const access = caseStudyAccess(actor, kase, isBreakGlass);
      authorize(access.mayWrite || access.mayReview);
      const [page, isConsented] = await Promise.all([
        listContent(db, actor.organisationId, "case_study", { page: 1, pageSize: 50 }, scopedToCase(actor, kase.id), async (ids) => new Map(ids.map((id) => [id, kase.reference]))),
        hasCurrentConsent(db, kase.clientId, "case_study"),
      ]);
      return { items: page.items, canCreate: access.mayWrite, hasCurrentConsent: isConsented };
    },
  );

  route.post(
    "/api/cases/:caseId/case-studies",
    { schema: { tags, summary: "Start a case study from a case (its caseload workers; sanitised, no images; audited)", params: caseIdParamsSchema, body: createArticleBodySchema, response: { 201: contentItemSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const item = await inTransaction(db, async (tx) => {
        const { kase, isBreakGlass } = await findCaseFor(tx, actor, request.params.caseId, app.deps.now());
        const rules = caseStudyRules(actor, kase, isBreakGlass, vault);
        const created = await createContent(tx, actor, rules, request.body, context(request.id));
        return presentCaseStudy(tx, actor, { item: created, kase, rules }, vault);
      });
      return reply.status(201).send(item);
    },
  );

  route.post(
    "/api/cases/:caseId/case-study-check",
    { schema: { tags, summary: "Check a case study's text against the client's record before saving: the passages that match, never the record", params: caseIdParamsSchema, body: caseStudyCheckBodySchema, response: { 200: caseStudyCheckSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const { kase, isBreakGlass } = await findCaseFor(db, actor, request.params.caseId, app.deps.now());
      const access = caseStudyAccess(actor, kase, isBreakGlass);
      authorize(access.mayWrite || access.mayReview);
      return { warnings: await checkAgainstClient(db, vault, kase.clientId, request.body.versions) };
    },
  );

  route.get(
    "/api/case-studies",
    { schema: { tags, summary: "Case studies on the cases the reader manages, newest change first (team managers and safeguarding leads)", querystring: contentListQuerySchema, response: { 200: contentPageSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const siteIds = sitesWhere(actor, caseloadRoles);
      authorize(siteIds.length > 0);
      const scope = sql`${contentItems.caseId} in (select ${cases.id} from ${cases} where ${visibleCases(actor, app.deps.now(), { includeBreakGlass: false })} and not ${cases.isRestricted})`;
      const page = await listContent(db, actor.organisationId, "case_study", request.query, scope, async (ids) => referencesOf(ids));
      return { ...page, page: request.query.page, pageSize: request.query.pageSize, canCreate: false };
    },
  );

  async function referencesOf(itemIds: string[]): Promise<Map<string, string>> {
    if (itemIds.length === 0) return new Map();
    const rows = await db
      .select({ id: contentItems.id, reference: cases.reference })
      .from(contentItems)
      .innerJoin(cases, sql`${cases.id} = ${contentItems.caseId}`)
      .where(inArray(contentItems.id, itemIds))
      .limit(itemIds.length);
    return new Map(rows.map((row) => [row.id, row.reference]));
  }

  route.get(
    "/api/case-studies/:id",
    { schema: { tags, summary: "A case study's working copy, its identity warnings and its client's consent as it stands (those who see the case; audited)", params: contentIdParamsSchema, response: answer } },
    async (request) => {
      const actor = requireActor(request.actor);
      const loaded = await findCaseStudyFor(db, actor, request.params.id, app.deps.now(), vault);
      authorize(loaded.rules.mayWrite || loaded.rules.mayReview);
      const item = await presentCaseStudy(db, actor, loaded, vault);
      await audited(actor, loaded, request.id);
      return item;
    },
  );

  route.put(
    "/api/case-studies/:id",
    { schema: { tags, summary: "Save a case study's working copy (its case's caseload workers; a stale version is refused; audited)", params: contentIdParamsSchema, body: updateContentBodySchema, response: answer } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        const loaded = await findCaseStudyFor(tx, actor, request.params.id, app.deps.now(), vault);
        await updateContent(tx, actor, loaded.rules, loaded.item, request.body, context(request.id));
        return presentCaseStudy(tx, actor, await findCaseStudyFor(tx, actor, loaded.item.id, app.deps.now(), vault), vault);
      });
    },
  );

  route.post(
    "/api/case-studies/:id/:action",
    {
      schema: {
        tags,
        summary: "Move a case study on; publishing needs the client's current consent, a manager at the case's site who wrote none of it, and every identity warning read (audited)",
        params: contentActionParamsSchema,
        body: contentActionBodySchema,
        response: answer,
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        const loaded = await findCaseStudyFor(tx, actor, request.params.id, app.deps.now(), vault);
        await transitionContent(tx, actor, loaded.rules, loaded.item, request.params.action, request.body, context(request.id));
        return presentCaseStudy(tx, actor, await findCaseStudyFor(tx, actor, loaded.item.id, app.deps.now(), vault), vault);
      });
    },
  );
}
