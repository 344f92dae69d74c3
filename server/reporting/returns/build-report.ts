/**
 * Building a report as a job, one step per section, so the page can show how far it has got: each
 * step computes its section's metrics in SQL and commits them to the run before the next step is
 * queued; the last step publishes everything through the disclosure engine, checks it against
 * earlier releases, draws the PDF and CSV and records the release.
 *
 * The run's partial results are true counts and are never shown to anyone: only the release is.
 */
import { eq } from "drizzle-orm";
import type { MetricResult, MetricScope } from "../../../core/reporting/catalogue.js";
import { queriesOf } from "../../../core/reporting/report-blocks.js";
import { inTransaction, type Db } from "../../db/client.js";
import { reportRuns } from "../../db/schema.js";
import { enqueueJob } from "../../jobs/enqueue-job.js";
import type { JobHandlers } from "../../jobs/run-next-job.js";
import { computeMetrics } from "../metrics/compute-metrics.js";
import { kpiQueries, planReport, type ReportPlan, type ReportRequest } from "./report-plan.js";
import { releaseReport } from "./release-report.js";

export const buildReportJob = "reporting.build-report";

/** The steps of a plan: a section of a part each, the contract's KPIs when it has any, then the release. */
export function stepsOf(plan: ReportPlan): { count: number; queriesAt(step: number): { scope: MetricScope; queries: ReturnType<typeof queriesOf> } | null } {
  const sectionSteps = plan.parts.flatMap((part) => part.sections.map((section) => ({ months: part.months, queries: section.blocks.flatMap(queriesOf) })));
  const kpiStep = plan.kpis.length > 0 ? [{ months: plan.months, queries: plan.kpis.flatMap(kpiQueries) }] : [];
  const computing = [...sectionSteps, ...kpiStep];
  return {
    count: computing.length + 1,
    queriesAt: (step) => {
      const found = computing[step];
      return found ? { scope: { organisationId: plan.organisationId, siteIds: plan.siteIds, months: found.months }, queries: found.queries } : null;
    },
  };
}

/** Queues a run of the report; answers its id. The runner is woken by the caller. */
export async function startReportRun(tx: Db, input: { organisationId: string; requestedBy: string; request: ReportRequest }): Promise<typeof reportRuns.$inferSelect> {
  const plan = await planReport(tx, input.organisationId, input.request);
  const [run] = await tx
    .insert(reportRuns)
    .values({ organisationId: input.organisationId, kind: input.request.kind, params: input.request, stepsTotal: stepsOf(plan).count, requestedBy: input.requestedBy })
    .returning();
  await enqueueJob(tx, { name: buildReportJob, payload: { runId: run!.id }, dedupeKey: `${buildReportJob}:${run!.id}:0`, maxAttempts: 3 });
  return run!;
}

/** One step of a run. A step that fails marks the run failed with a short reason; nothing half-made is released. */
async function runStep(tx: Db, runId: string, now: Date, reportsDb: Db | undefined): Promise<void> {
  const [run] = await tx.select().from(reportRuns).where(eq(reportRuns.id, runId)).for("update").limit(1);
  if (!run || run.status === "done" || run.status === "failed") return;
  try {
    await inTransaction(tx, async (stepTx) => {
      const plan = await planReport(stepTx, run.organisationId, run.params as ReportRequest);
      const steps = stepsOf(plan);
      const step = run.stepsDone;
      const asked = steps.queriesAt(step);
      if (asked) {
        // A section's figures are read from the reports replica when there is one; the run's
        // progress, and at the end the release, are written to the primary.
        const results = await computeMetrics(reportsDb ?? stepTx, asked.scope, asked.queries);
        const partial = { ...run.partial, [String(step)]: results };
        await stepTx.update(reportRuns).set({ status: "running", stepsDone: step + 1, partial }).where(eq(reportRuns.id, run.id));
        await enqueueJob(stepTx, { name: buildReportJob, payload: { runId: run.id }, dedupeKey: `${buildReportJob}:${run.id}:${step + 1}`, maxAttempts: 3 });
        return;
      }
      const results = Array.from({ length: steps.count - 1 }, (_, index) => (run.partial[String(index)] ?? []) as MetricResult[]);
      const request = run.params as ReportRequest;
      const revisesId = request.kind === "quarterly_return" ? (request.revisesId ?? null) : null;
      const releaseId = await releaseReport(stepTx, { plan, results, requestedBy: run.requestedBy, request, now, revisesId });
      // The true counts are not kept once the release is made.
      await stepTx.update(reportRuns).set({ status: "done", stepsDone: steps.count, partial: {}, releaseId, finishedAt: now }).where(eq(reportRuns.id, run.id));
    });
  } catch (error) {
    await tx
      .update(reportRuns)
      .set({ status: "failed", partial: {}, failure: "The report could not be built. Please try again; if it fails again, tell your administrator.", finishedAt: now })
      .where(eq(reportRuns.id, run.id));
    // Logged by the runner as this job's failure; the run itself already says it failed.
    console.error("report step failed", { runId: run.id, step: run.stepsDone }, error);
  }
}

/** The report-building job; `reportsDb` is the read replica figures are computed on, if any. */
export function reportingJobHandlers(reportsDb?: Db): JobHandlers {
  return { [buildReportJob]: (tx, payload, context) => runStep(tx, String(payload.runId), context.now, reportsDb) };
}
