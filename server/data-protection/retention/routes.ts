/**
 * HTTP routes of the retention schedule: the rules (administrators and the data protection
 * officer), the review queue, approving deletion, and the record of deletions with its CSV export
 * (the data protection officer).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  approveDeletionBodySchema,
  retentionDeletionDetailSchema,
  retentionDeletionListSchema,
  retentionDeletionParamsSchema,
  retentionQueueQuerySchema,
  retentionQueueSchema,
  retentionQueueSummarySchema,
  retentionRuleParamsSchema,
  retentionRulesSchema,
  updateRetentionRuleBodySchema,
} from "../../../core/api/retention.js";
import { noBodySchema, pageQuerySchema } from "../../../core/api/common.js";
import { defaultRetentionRule } from "../../../core/data-protection/retention-rules.js";
import { londonDay } from "../../../core/london-time.js";
import { actorAllowedBy } from "../../authz/authorize.js";
import { inTransaction, type Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { errorResponses as errors } from "../../http/route-schema.js";
import { approveDeletion } from "./approve-deletion.js";
import { canConfigureRetention, canReviewRetention } from "./policy.js";
import { deletionsCsv, presentDeletionItem, presentEntry, presentRule } from "./presenter.js";
import { allDeletedItemsOf, deletionsPageOf, findDeletionFor, queuePageOf, queueSummaryOf } from "./queries.js";
import { reviewNow } from "./review-now.js";
import { rulesOf, updateRetentionRule } from "./rules.js";

async function rulesView(db: Db, actor: Actor) {
  const rules = await rulesOf(db, actor.organisationId);
  return { rules: rules.map(presentRule), defaults: defaultRetentionRule, canEdit: canConfigureRetention(actor) };
}

export function retentionRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["data protection"];
  const { db, vault } = app.deps;
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });
  const configurer = actorAllowedBy(canConfigureRetention, "Only administrators and the data protection officer set retention rules.");
  const reviewer = actorAllowedBy(canReviewRetention, "Only the data protection officer reviews records past retention.");

  route.get(
    "/api/data-protection/retention/rules",
    { schema: { tags, summary: "The retention rules by record type, with the defaults (NHS Records Management Code of Practice 2021)", response: { 200: retentionRulesSchema, ...errors } } },
    async (request) => rulesView(db, configurer(request.actor)),
  );

  route.put(
    "/api/data-protection/retention/rules/:recordType",
    { schema: { tags, summary: "Set a record type's retention rule with the version seen; applies from the next review (audited)", params: retentionRuleParamsSchema, body: updateRetentionRuleBodySchema, response: { 200: retentionRulesSchema, ...errors } } },
    async (request) => {
      const actor = configurer(request.actor);
      return inTransaction(db, async (tx) => {
        await updateRetentionRule(tx, actor, request.params.recordType, request.body, context(request.id));
        return rulesView(tx, actor);
      });
    },
  );

  route.get(
    "/api/data-protection/retention/queue",
    { schema: { tags, summary: "Records past retention, due for deletion or held, by reference and rule only, with counts and when the review last ran", querystring: retentionQueueQuerySchema, response: { 200: retentionQueueSchema, ...errors } } },
    async (request) => {
      const actor = reviewer(request.actor);
      const [summary, rows] = await Promise.all([queueSummaryOf(db, actor.organisationId), queuePageOf(db, actor.organisationId, request.query)]);
      return {
        items: rows.map(presentEntry),
        total: summary.counts[request.query.status],
        page: request.query.page,
        pageSize: request.query.pageSize,
        counts: summary.counts,
        lastReviewedAt: summary.lastReviewedAt?.toISOString() ?? null,
      };
    },
  );

  route.post(
    "/api/data-protection/retention/review",
    { schema: { tags, summary: "Check the organisation's records against the rules now, as the daily review does (after changing a rule); answers the new counts (audited)", body: noBodySchema, response: { 200: retentionQueueSummarySchema, ...errors } } },
    async (request) => {
      const actor = reviewer(request.actor);
      const summary = await inTransaction(db, async (tx) => {
        await reviewNow(tx, actor, vault, context(request.id));
        return queueSummaryOf(tx, actor.organisationId);
      });
      return { counts: summary.counts, lastReviewedAt: summary.lastReviewedAt?.toISOString() ?? null };
    },
  );

  route.post(
    "/api/data-protection/retention/deletions",
    { schema: { tags, summary: "Approve deletion of chosen due records: each is erased by destroying its key, and the deletion recorded without content (audited)", body: approveDeletionBodySchema, response: { 201: retentionDeletionDetailSchema, ...errors } } },
    async (request, reply) => {
      const actor = reviewer(request.actor);
      const detail = await inTransaction(db, async (tx) => {
        const deletionId = await approveDeletion(tx, actor, vault, request.body, context(request.id));
        return findDeletionFor(tx, actor, deletionId);
      });
      return reply.status(201).send({ ...detail, approvedAt: detail.approvedAt.toISOString(), items: detail.items.map(presentDeletionItem) });
    },
  );

  route.get(
    "/api/data-protection/retention/deletions",
    { schema: { tags, summary: "The record of deletions under the retention rules, newest first: when, who approved, how many", querystring: pageQuerySchema, response: { 200: retentionDeletionListSchema, ...errors } } },
    async (request) => {
      const actor = reviewer(request.actor);
      const { rows, total } = await deletionsPageOf(db, actor.organisationId, request.query);
      return { items: rows.map((row) => ({ ...row, approvedAt: row.approvedAt.toISOString() })), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  route.get(
    "/api/data-protection/retention/deletions.csv",
    {
      schema: {
        tags,
        summary: "The record of deletions as CSV: one line per record erased, with its reference, the rule applied, when it fell due, and the approval",
        produces: ["text/csv"],
        response: { 200: z.string().meta({ description: "A CSV file (RFC 4180)." }), ...errors },
      },
    },
    async (request, reply) => {
      const actor = reviewer(request.actor);
      const csv = deletionsCsv(await allDeletedItemsOf(db, actor.organisationId));
      const fileName = `retention-deletions-${londonDay(app.deps.now())}.csv`;
      return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="${fileName}"`).send(csv);
    },
  );

  route.get(
    "/api/data-protection/retention/deletions/:deletionId",
    { schema: { tags, summary: "One deletion with each record it erased: reference, rule applied and when it fell due", params: retentionDeletionParamsSchema, response: { 200: retentionDeletionDetailSchema, ...errors } } },
    async (request) => {
      const detail = await findDeletionFor(db, reviewer(request.actor), request.params.deletionId);
      return { ...detail, approvedAt: detail.approvedAt.toISOString(), items: detail.items.map(presentDeletionItem) };
    },
  );
}
