/**
 * Adds a funder's grant: how much, over which period, for what, with the funder's restrictions,
 * the sites and programmes it supports and whether the public site lists it. Administrators only.
 * The funder, sites and programmes are checked as a contract's are (400 naming the field).
 */
import type { CreateGrantBody } from "../../core/api/funding.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { fundingGrants } from "../db/funding-schema.js";
import type { Actor } from "../http/context.js";
import { checkContractReferences } from "../reporting/contracts/contract-checks.js";
import { canManageFunding } from "./policy.js";
import type { FundingWriteContext } from "./write-context.js";

export async function createGrant(tx: Db, actor: Actor, input: CreateGrantBody, context: FundingWriteContext): Promise<string> {
  authorize(canManageFunding(actor), "Only administrators keep the organisation's grants.");
  await checkContractReferences(tx, actor, input, null);
  const [grant] = await tx
    .insert(fundingGrants)
    .values({ organisationId: actor.organisationId, ...input, createdAt: context.now, updatedAt: context.now })
    .returning({ id: fundingGrants.id });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "funding.grant_added",
    entityType: "grant",
    entityId: grant!.id,
    requestId: context.requestId,
    at: context.now,
    details: { funderId: input.funderId, siteIds: input.siteIds, programmeCodes: input.programmeCodes, startsOn: input.startsOn, endsOn: input.endsOn, isDisclosed: input.isDisclosed, isAmountDisclosed: input.isAmountDisclosed },
  });
  return grant!.id;
}
