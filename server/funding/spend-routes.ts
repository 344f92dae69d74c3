/**
 * HTTP routes for spend: a page of entries over a run of months, recording, correcting and removing
 * one, and the summary by category and month for a period and a site choice. Administrators only.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { noBodySchema } from "../../core/api/common.js";
import { correctSpendBodySchema, recordSpendBodySchema, spendListQuerySchema, spendListSchema, spendParamsSchema, spendSchema, spendSummaryQuerySchema, spendSummarySchema } from "../../core/api/funding.js";
import { summariseSpend } from "../../core/funding/spend-summary.js";
import { actorAllowedBy } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { errorResponses as errors } from "../http/route-schema.js";
import { correctSpend } from "./correct-spend.js";
import { canManageFunding } from "./policy.js";
import { presentSpend } from "./presenter.js";
import { findSpendFor } from "./queries.js";
import { recordSpend } from "./record-spend.js";
import { removeSpend } from "./remove-spend.js";
import { spendCellsOf, spendMonths, spendPageOf, spendSiteCondition } from "./spend-queries.js";

export function spendRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["funding"];
  const { db } = app.deps;
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });
  const manager = actorAllowedBy(canManageFunding, "Only administrators record the organisation's spend.");

  route.get(
    "/api/funding/spend",
    { schema: { tags, summary: "A page of spend entries over whole months (by default the last twelve), newest first, with their total", querystring: spendListQuerySchema, response: { 200: spendListSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      const { page, pageSize, category, grantId } = request.query;
      const months = spendMonths(request.query, app.deps.now());
      const site = await spendSiteCondition(db, actor.organisationId, request.query.site);
      const found = await spendPageOf(db, actor.organisationId, { months, site, category, grantId, page, pageSize });
      return { items: found.items.map(presentSpend), total: found.total, page, pageSize, months, totalPence: found.totalPence };
    },
  );

  route.get(
    "/api/funding/spend-summary",
    { schema: { tags, summary: "Spend over whole months for a site choice, by category and by month", querystring: spendSummaryQuerySchema, response: { 200: spendSummarySchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      const months = spendMonths(request.query, app.deps.now());
      const site = await spendSiteCondition(db, actor.organisationId, request.query.site);
      return { months, site: request.query.site, ...summariseSpend(await spendCellsOf(db, actor.organisationId, months, site), months) };
    },
  );

  route.post(
    "/api/funding/spend",
    { schema: { tags, summary: "Record spend in a month on a category, at a site or organisation-wide, optionally charged to a grant (audited)", body: recordSpendBodySchema, response: { 201: spendSchema, ...errors } } },
    async (request, reply) => {
      const actor = manager(request.actor);
      const created = await inTransaction(db, async (tx) => presentSpend(await findSpendFor(tx, actor, await recordSpend(tx, actor, request.body, context(request.id)))));
      return reply.status(201).send(created);
    },
  );

  route.put(
    "/api/funding/spend/:spendId",
    { schema: { tags, summary: "Correct a spend entry with the version seen (audited)", params: spendParamsSchema, body: correctSpendBodySchema, response: { 200: spendSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await correctSpend(tx, actor, request.params.spendId, request.body, context(request.id));
        return presentSpend(await findSpendFor(tx, actor, request.params.spendId));
      });
    },
  );

  route.delete(
    "/api/funding/spend/:spendId",
    { schema: { tags, summary: "Remove a spend entry recorded in error (audited)", params: spendParamsSchema, body: noBodySchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      const actor = manager(request.actor);
      await inTransaction(db, (tx) => removeSpend(tx, actor, request.params.spendId, context(request.id)));
      return reply.status(204).send(null);
    },
  );
}
