/** HTTP routes for quarterly returns, the trends report, their runs and the release log. */
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  askedReportSchema,
  askReturnSchema,
  askTrendsSchema,
  commissioningSchema,
  releaseListSchema,
  releaseParamsSchema,
  releaseSchema,
  releasedReportSchema,
  releasesQuerySchema,
  reportRunSchema,
  runParamsSchema,
} from "../../../core/api/reporting-returns.js";
import { recordAudit } from "../../audit/record-audit.js";
import { requireActor } from "../../authz/authorize.js";
import { inTransaction } from "../../db/client.js";
import { contracts } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { errorResponses } from "../../http/route-schema.js";
import { canManageReporting } from "../policy.js";
import { readCommissioning } from "./commissioning.js";
import { askForReturn, askForTrends, findReleaseFor, findRunFor, listReleasesFor, summaryOf } from "./releases.js";

const presentRun = (run: { id: string; kind: string; status: string; stepsDone: number; stepsTotal: number; releaseId: string | null; failure: string | null }) => ({
  id: run.id,
  kind: run.kind as "quarterly_return",
  status: run.status as "queued",
  stepsDone: run.stepsDone,
  stepsTotal: run.stepsTotal,
  releaseId: run.releaseId,
  failure: run.failure,
});

export function reportingReturnRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["reporting"];
  const { db } = app.deps;
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });
  const wake = () => app.deps.wakeJobs?.();

  route.post(
    "/api/reporting/returns",
    {
      schema: {
        tags,
        summary: "A contract's quarterly return: the release already made for the quarter, or a run building it (administrators, and the commissioner of the contract's funder)",
        body: askReturnSchema,
        response: { 200: askedReportSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const asked = await inTransaction(db, (tx) => askForReturn(tx, actor, request.body, context(request.id)));
      if (asked.run) wake();
      return { releaseId: asked.releaseId, run: asked.run ? presentRun(asked.run) : null };
    },
  );

  route.get(
    "/api/reporting/commissioning",
    { schema: { tags, summary: "A commissioner's funder, its contracts and the quarters with a return to read (commissioners only)", response: { 200: commissioningSchema, ...errorResponses } } },
    async (request) => readCommissioning(db, requireActor(request.actor), app.deps.now()),
  );

  route.post(
    "/api/reporting/trends",
    {
      schema: {
        tags,
        summary: "The trends report across every site for a run of quarters: the release already made, or a run building it (administrators, and commissioners whose funder has the national view)",
        body: askTrendsSchema,
        response: { 200: askedReportSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const asked = await inTransaction(db, (tx) => askForTrends(tx, actor, request.body, context(request.id)));
      if (asked.run) wake();
      return { releaseId: asked.releaseId, run: asked.run ? presentRun(asked.run) : null };
    },
  );

  route.get(
    "/api/reporting/runs/:runId",
    { schema: { tags, summary: "How far a report run has got, and its release once made", params: runParamsSchema, response: { 200: reportRunSchema, ...errorResponses } } },
    async (request) => presentRun(await findRunFor(db, requireActor(request.actor), request.params.runId)),
  );

  route.get(
    "/api/reporting/releases",
    { schema: { tags, summary: "Releases the user may read, newest first (a commissioner: its funder's)", querystring: releasesQuerySchema, response: { 200: releaseListSchema, ...errorResponses } } },
    async (request) => ({ releases: await listReleasesFor(db, requireActor(request.actor), request.query.contractId) }),
  );

  route.get(
    "/api/reporting/releases/:releaseId",
    { schema: { tags, summary: "A release's figures as published (audited when read)", params: releaseParamsSchema, response: { 200: releaseSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        const release = await findReleaseFor(tx, actor, request.params.releaseId);
        await audited(tx, actor, release.id, "reporting.release_read", request.id);
        const [contract] = release.contractId ? await tx.select({ name: contracts.name }).from(contracts).where(eq(contracts.id, release.contractId)).limit(1) : [];
        return {
          ...summaryOf(release, contract?.name ?? null, canManageReporting(actor)),
          report: releasedReportSchema.parse(release.report),
          pdfSha256: release.pdfSha256,
          csvSha256: release.csvSha256,
        };
      });
    },
  );

  for (const format of ["pdf", "csv"] as const) {
    route.get(
      `/api/reporting/releases/:releaseId/${format}`,
      {
        schema: {
          tags,
          summary: `A release's ${format.toUpperCase()} exactly as it was released (audited when downloaded)`,
          params: releaseParamsSchema,
          produces: [format === "pdf" ? "application/pdf" : "text/csv"],
          response: { 200: z.string().meta({ format: "binary" }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request.actor);
        const release = await inTransaction(db, async (tx) => {
          const found = await findReleaseFor(tx, actor, request.params.releaseId);
          await audited(tx, actor, found.id, `reporting.release_${format}_downloaded`, request.id);
          return found;
        });
        const name = `${release.kind === "quarterly_return" ? "quarterly-return" : "trends-report"}-${release.monthFrom}-to-${release.monthTo}.${format}`;
        if (format === "pdf") {
          return reply.type("application/pdf").header("content-disposition", `attachment; filename="${name}"`).send(Buffer.from(release.pdf ?? new Uint8Array()) as unknown as string);
        }
        return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="${name}"`).send(release.csv ?? "");
      },
    );
  }
}

async function audited(tx: Parameters<typeof recordAudit>[0], actor: Actor, releaseId: string, action: string, requestId: string): Promise<void> {
  await recordAudit(tx, { organisationId: actor.organisationId, actorUserId: actor.userId, action, entityType: "disclosure_release", entityId: releaseId, requestId });
}
