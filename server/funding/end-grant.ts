/**
 * Ends a grant early on a day within its period, or takes an early end back (null), with the
 * version seen (409 when stale). Spend charged to the grant after the month it ends in is refused
 * naming `endedOn`: move it to another grant first. Audited with the day.
 */
import { eq } from "drizzle-orm";
import type { EndGrantBody } from "../../core/api/funding.js";
import { grantChangeProblems } from "../../core/funding/grants.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { fundingGrants } from "../db/funding-schema.js";
import type { Actor } from "../http/context.js";
import { invalidFields } from "../reporting/contracts/contract-checks.js";
import { canManageFunding } from "./policy.js";
import { chargedSpendOf, findGrantFor } from "./queries.js";
import { staleGrant } from "./update-grant.js";
import type { FundingWriteContext } from "./write-context.js";

export async function endGrant(tx: Db, actor: Actor, grantId: string, input: EndGrantBody, context: FundingWriteContext): Promise<void> {
  authorize(canManageFunding(actor), "Only administrators keep the organisation's grants.");
  const grant = await findGrantFor(tx, actor, grantId, { forUpdate: true });
  if (grant.version !== input.version) throw staleGrant();
  if (input.endedOn !== null && (input.endedOn < grant.startsOn || input.endedOn > grant.endsOn)) {
    throw invalidFields([{ path: "body.endedOn", message: "End the grant on a day within its period." }]);
  }
  if (input.endedOn === grant.endedOn) return;
  const problems = grantChangeProblems({ ...grant, endedOn: input.endedOn }, await chargedSpendOf(tx, grant.id));
  if (problems.length > 0) throw invalidFields(problems.map((problem) => ({ path: "body.endedOn", message: problem.message })));
  await tx.update(fundingGrants).set({ endedOn: input.endedOn, updatedAt: context.now, version: grant.version + 1 }).where(eq(fundingGrants.id, grant.id));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: input.endedOn === null ? "funding.grant_reopened" : "funding.grant_ended",
    entityType: "grant",
    entityId: grant.id,
    requestId: context.requestId,
    at: context.now,
    details: { endedOn: input.endedOn, wasEndedOn: grant.endedOn },
  });
}
