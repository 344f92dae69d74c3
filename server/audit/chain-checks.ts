/**
 * Verifying an organisation's audit chain on demand and every night, keeping each result as the
 * verification history, and alerting the data protection officers (in the app and by email) when
 * the chain is broken, naming the first event that does not match. The nightly job is one row per
 * night in the job queue, so with several instances it runs once.
 */
import { desc, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { auditChainChecks, users } from "../db/schema.js";
import { sumOverOrganisations, type OrganisationChoice } from "../jobs/each-organisation.js";
import type { JobContext, JobHandlers } from "../jobs/run-next-job.js";
import { notifyReviewers } from "./notify-reviewers.js";
import { recordAudit } from "./record-audit.js";
import { sealOrganisationChain } from "./seal-chain.js";
import { verifyChain, type ChainReport } from "./verify-chain.js";

export interface CheckRequest {
  trigger: "nightly" | "on_demand";
  requestedBy: { userId: string; requestId: string } | null;
  now: Date;
}

/** Seals what is waiting, verifies, records the result and alerts on a break; answers the report. */
export async function checkChain(tx: Db, organisationId: string, request: CheckRequest): Promise<ChainReport & { verifiedAt: string }> {
  await sealOrganisationChain(tx, organisationId);
  const report = await verifyChain(tx, organisationId, request.now);
  const [check] = await tx
    .insert(auditChainChecks)
    .values({
      organisationId,
      checkedAt: request.now,
      trigger: request.trigger,
      requestedBy: request.requestedBy?.userId ?? null,
      isIntact: report.isIntact,
      checkedEvents: report.checkedEvents,
      firstBrokenSeq: report.firstBrokenSeq,
      problem: report.problem,
    })
    .returning({ id: auditChainChecks.id });
  if (request.requestedBy) {
    await recordAudit(tx, {
      organisationId,
      actorUserId: request.requestedBy.userId,
      action: "audit.chain_verified",
      entityType: "audit_check",
      entityId: check!.id,
      requestId: request.requestedBy.requestId,
      details: { isIntact: report.isIntact, checkedEvents: report.checkedEvents, firstBrokenSeq: report.firstBrokenSeq },
    });
  }
  if (!report.isIntact) {
    await notifyReviewers(tx, {
      organisationId,
      kind: "audit_chain_broken",
      entityType: "audit_check",
      entityId: check!.id,
      details: { reference: report.firstBrokenSeq === null ? "" : String(report.firstBrokenSeq) },
    });
  }
  return { ...report, verifiedAt: request.now.toISOString() };
}

/** The latest checks, newest first, with who asked for each. */
export async function chainCheckHistory(db: Db, organisationId: string, limit = 30) {
  const rows = await db
    .select({ check: auditChainChecks, requestedByName: users.displayName })
    .from(auditChainChecks)
    .leftJoin(users, eq(users.id, auditChainChecks.requestedBy))
    .where(eq(auditChainChecks.organisationId, organisationId))
    .orderBy(desc(auditChainChecks.checkedAt), desc(auditChainChecks.id))
    .limit(limit);
  return rows.map(({ check, requestedByName }) => ({
    id: check.id,
    checkedAt: check.checkedAt.toISOString(),
    trigger: check.trigger === "nightly" ? ("nightly" as const) : ("on_demand" as const),
    requestedByName,
    isIntact: check.isIntact,
    checkedEvents: check.checkedEvents,
    firstBrokenSeq: check.firstBrokenSeq,
    problem: check.problem,
  }));
}

/** Verifies every organisation's chain (or those chosen); answers how many were found broken. */
export async function verifyChainsNightly(tx: Db, now: Date, choice: OrganisationChoice = {}): Promise<number> {
  return sumOverOrganisations(tx, choice, async (organisationId) => ((await checkChain(tx, organisationId, { trigger: "nightly", requestedBy: null, now })).isIntact ? 0 : 1));
}

export const chainCheckJobName = "audit.verify-chains";

export const chainCheckHandlers = {
  [chainCheckJobName]: async (tx: Db, _payload: unknown, { now }: JobContext) => {
    await verifyChainsNightly(tx, now);
  },
} satisfies JobHandlers;

/** Once a day; slots are aligned to UTC midnight, so it runs in the small hours in London. */
export const chainCheckSchedules = [{ name: chainCheckJobName, everySeconds: 24 * 60 * 60 }] as const;
