/**
 * Asking for a report and reading what was released, scoped in one place: administrators reach
 * every release of their organisation; a commissioner reaches its own funder's contracts' returns,
 * and the trends report only when its funder sees national trends; anyone else none (404).
 */
import { and, desc, eq, inArray, isNull, or } from "drizzle-orm";
import type { z } from "zod";
import type { askReturnSchema, askTrendsSchema, releaseSummarySchema } from "../../../core/api/reporting-returns.js";
import { quarterMonths } from "../../../core/reporting/kpi.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { contracts, disclosureReleases, reportRuns } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError, notFound } from "../../http/errors.js";
import { findContractFor, funderOfCommissioner } from "../contracts/queries.js";
import { canManageReporting, isCommissioner } from "../policy.js";
import { startReportRun } from "./build-report.js";

type ReleaseRow = typeof disclosureReleases.$inferSelect;

/** A 400 naming the field of the body at fault. */
const refused = (field: string, message: string) => new AppError("validation_failed", message, { fields: [{ path: `body.${field}`, message }] });

/** The last whole month before `now` (London), as `YYYY-MM`: no report covers a month still under way. */
export function lastCompleteMonth(now: Date): string {
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit" }).format(now).split("-").map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
}

/** Which releases the actor may read: a condition on disclosure_releases, or null for none. */
async function readableReleases(db: Db, actor: Actor) {
  const inOrganisation = eq(disclosureReleases.organisationId, actor.organisationId);
  if (canManageReporting(actor)) return inOrganisation;
  const funder = await funderOfCommissioner(db, actor);
  if (!funder) return null;
  const own = eq(disclosureReleases.funderId, funder.id);
  const trends = funder.seesNationalTrends ? and(eq(disclosureReleases.kind, "home_office_trends"), isNull(disclosureReleases.funderId)) : undefined;
  return and(inOrganisation, trends ? or(own, trends) : own);
}

export async function findReleaseFor(db: Db, actor: Actor, releaseId: string): Promise<ReleaseRow> {
  const readable = await readableReleases(db, actor);
  const [release] = readable ? await db.select().from(disclosureReleases).where(and(eq(disclosureReleases.id, releaseId), readable)).limit(1) : [];
  if (!release) throw notFound("Release");
  return release;
}

export async function listReleasesFor(db: Db, actor: Actor, contractId: string | undefined): Promise<z.infer<typeof releaseSummarySchema>[]> {
  authorize(canManageReporting(actor) || isCommissioner(actor), "Only administrators and commissioners read the release log.");
  const readable = await readableReleases(db, actor);
  if (!readable) return [];
  if (contractId) await findContractFor(db, actor, contractId);
  const rows = await db
    .select({ release: disclosureReleases, contractName: contracts.name })
    .from(disclosureReleases)
    .leftJoin(contracts, eq(contracts.id, disclosureReleases.contractId))
    .where(and(readable, contractId ? eq(disclosureReleases.contractId, contractId) : undefined))
    .orderBy(desc(disclosureReleases.releasedAt))
    .limit(200);
  return rows.map(({ release, contractName }) => summaryOf(release, contractName, canManageReporting(actor)));
}

export function summaryOf(release: Pick<ReleaseRow, "id" | "kind" | "contractId" | "monthFrom" | "monthTo" | "query" | "releasedAt" | "revisesId" | "suppressed">, contractName: string | null, isStaff: boolean): z.infer<typeof releaseSummarySchema> {
  const query = release.query as { quarter?: string; from?: string; to?: string };
  return {
    id: release.id,
    kind: release.kind as "quarterly_return",
    contractId: release.contractId,
    contractName,
    months: { from: release.monthFrom, to: release.monthTo },
    label: query.quarter ?? `${query.from ?? ""} – ${query.to ?? ""}`,
    releasedAt: release.releasedAt.toISOString(),
    isRevision: release.revisesId !== null,
    suppressedCount: isStaff ? release.suppressed.primary + release.suppressed.secondary + release.suppressed.differencing : null,
  };
}

type Asked = { releaseId: string | null; run: typeof reportRuns.$inferSelect | null };

/**
 * A contract's quarterly return: the release already made for that quarter (a return is released
 * once, so everyone reads the same figures), or a run building it. Only quarters that have ended
 * and fall in the contract's period. Administrators may release it again as a revision.
 */
export async function askForReturn(tx: Db, actor: Actor, asked: z.infer<typeof askReturnSchema>, context: { now: Date; requestId: string }): Promise<Asked> {
  const contract = await findContractFor(tx, actor, asked.contractId);
  const months = quarterMonths(asked.quarter);
  if (months.to > lastCompleteMonth(context.now)) throw refused("quarter", "That quarter has not ended yet: a return covers a whole quarter.");
  if (months.to < contract.startsOn.slice(0, 7) || months.from > contract.endsOn.slice(0, 7)) throw refused("quarter", "That quarter is outside the contract's period.");
  if (asked.isRevision) authorize(canManageReporting(actor), "Only administrators release a return again.");
  const [released] = await tx
    .select({ id: disclosureReleases.id })
    .from(disclosureReleases)
    .where(and(eq(disclosureReleases.contractId, contract.id), eq(disclosureReleases.monthFrom, months.from), eq(disclosureReleases.monthTo, months.to), eq(disclosureReleases.kind, "quarterly_return")))
    .orderBy(desc(disclosureReleases.releasedAt))
    .limit(1);
  if (released && !asked.isRevision) return { releaseId: released.id, run: null };
  const running = await runningRun(tx, actor.organisationId, "quarterly_return", (params) => params.contractId === contract.id && params.quarter === asked.quarter);
  if (running) return { releaseId: null, run: running };
  const run = await startReportRun(tx, { organisationId: actor.organisationId, requestedBy: actor.userId, request: { kind: "quarterly_return", contractId: contract.id, quarter: asked.quarter, ...(released ? { revisesId: released.id } : {}) } });
  await recordAudit(tx, { organisationId: actor.organisationId, actorUserId: actor.userId, action: "reporting.return_requested", entityType: "contract", entityId: contract.id, requestId: context.requestId, details: { quarter: asked.quarter, isRevision: released !== undefined } });
  return { releaseId: null, run };
}

/** The Home Office trends report across every site: administrators, and commissioners whose funder sees national trends. */
export async function askForTrends(tx: Db, actor: Actor, asked: z.infer<typeof askTrendsSchema>, context: { now: Date; requestId: string }): Promise<Asked> {
  if (!canManageReporting(actor)) {
    const funder = isCommissioner(actor) ? await funderOfCommissioner(tx, actor) : null;
    authorize(funder?.seesNationalTrends === true, "Only funders with the national view read the trends report.");
  }
  if (quarterMonths(asked.to).to > lastCompleteMonth(context.now)) throw refused("to", "The last quarter has not ended yet.");
  const quarters = quarterCount(asked.from, asked.to);
  if (quarters > 12) throw refused("from", "A trends report covers at most twelve quarters.");
  const [released] = await tx
    .select({ id: disclosureReleases.id })
    .from(disclosureReleases)
    .where(and(eq(disclosureReleases.organisationId, actor.organisationId), eq(disclosureReleases.kind, "home_office_trends"), eq(disclosureReleases.monthFrom, quarterMonths(asked.from).from), eq(disclosureReleases.monthTo, quarterMonths(asked.to).to)))
    .orderBy(desc(disclosureReleases.releasedAt))
    .limit(1);
  if (released) return { releaseId: released.id, run: null };
  const running = await runningRun(tx, actor.organisationId, "home_office_trends", (params) => params.from === asked.from && params.to === asked.to);
  if (running) return { releaseId: null, run: running };
  const run = await startReportRun(tx, { organisationId: actor.organisationId, requestedBy: actor.userId, request: { kind: "home_office_trends", from: asked.from, to: asked.to } });
  await recordAudit(tx, { organisationId: actor.organisationId, actorUserId: actor.userId, action: "reporting.trends_requested", entityType: "organisation", entityId: actor.organisationId, requestId: context.requestId, details: { from: asked.from, to: asked.to } });
  return { releaseId: null, run };
}

function quarterCount(from: string, to: string): number {
  const index = (quarter: string) => Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1;
  return index(to) - index(from) + 1;
}

/** A run of the same report already being built, so asking twice does not build it twice. */
async function runningRun(tx: Db, organisationId: string, kind: string, isSame: (params: Record<string, unknown>) => boolean) {
  const runs = await tx
    .select()
    .from(reportRuns)
    .where(and(eq(reportRuns.organisationId, organisationId), eq(reportRuns.kind, kind), inArray(reportRuns.status, ["queued", "running"])))
    .limit(50);
  return runs.find((run) => isSame(run.params)) ?? null;
}

/** A run the actor asked for, or any of the organisation's for administrators. */
export async function findRunFor(db: Db, actor: Actor, runId: string) {
  const [run] = await db.select().from(reportRuns).where(and(eq(reportRuns.id, runId), eq(reportRuns.organisationId, actor.organisationId))).limit(1);
  if (!run || (!canManageReporting(actor) && run.requestedBy !== actor.userId)) throw notFound("Report run");
  return run;
}
