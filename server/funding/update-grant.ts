/**
 * Changes a grant with the version seen (a stale one is refused, 409). A change that would leave
 * spend already charged to the grant outside its period or sites is refused naming the grant's
 * field, so a grant never quietly pays for what it does not cover. Audited by field name (never
 * the purpose or restrictions themselves).
 */
import { eq } from "drizzle-orm";
import type { UpdateGrantBody } from "../../core/api/funding.js";
import { grantChangeProblems } from "../../core/funding/grants.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { fundingGrants } from "../db/funding-schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { checkContractReferences, invalidFields } from "../reporting/contracts/contract-checks.js";
import { canManageFunding } from "./policy.js";
import { chargedSpendOf, findGrantFor } from "./queries.js";
import type { FundingWriteContext } from "./write-context.js";
import { fieldsChangedFrom } from "../db/fields-changed.js";

export const staleGrant = () => new AppError("conflict", "Someone else changed this grant since you opened it. Reload and try again.");

export async function updateGrant(tx: Db, actor: Actor, grantId: string, input: UpdateGrantBody, context: FundingWriteContext): Promise<void> {
  authorize(canManageFunding(actor), "Only administrators keep the organisation's grants.");
  const grant = await findGrantFor(tx, actor, grantId, { forUpdate: true });
  if (grant.version !== input.version) throw staleGrant();
  await checkContractReferences(tx, actor, input, grant.funderId);
  // An early end stays within the period: a new period that leaves it outside is refused on the field moved.
  if (grant.endedOn !== null && (grant.endedOn < input.startsOn || grant.endedOn > input.endsOn)) {
    const path = grant.endedOn < input.startsOn ? "body.startsOn" : "body.endsOn";
    throw invalidFields([{ path, message: "The grant was ended early within its period: take the early end back first." }]);
  }
  const problems = grantChangeProblems({ ...input, endedOn: grant.endedOn }, await chargedSpendOf(tx, grant.id));
  if (problems.length > 0) throw invalidFields(problems.map((problem) => ({ path: `body.${problem.path}`, message: problem.message })));

  const { version: _version, ...next } = input;
  const changed = fieldsChangedFrom(next, grant);
  if (changed.length === 0) return;
  await tx
    .update(fundingGrants)
    .set({ ...next, updatedAt: context.now, version: grant.version + 1 })
    .where(eq(fundingGrants.id, grant.id));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "funding.grant_updated",
    entityType: "grant",
    entityId: grant.id,
    requestId: context.requestId,
    at: context.now,
    details: { changed, ...(changed.includes("funderId") ? { fromFunderId: grant.funderId, toFunderId: input.funderId } : {}) },
  });
}
