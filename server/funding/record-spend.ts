/**
 * Records money spent in a month on one category, at a site or for the organisation as a whole,
 * optionally charged to a grant. Administrators only. Audited with the category, month, site,
 * grant and amount, never the description.
 */
import type { RecordSpendBody } from "../../core/api/funding.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { spendEntries } from "../db/funding-schema.js";
import type { Actor } from "../http/context.js";
import { canManageFunding } from "./policy.js";
import { checkSpendReferences } from "./spend-checks.js";
import type { FundingWriteContext } from "./write-context.js";

export async function recordSpend(tx: Db, actor: Actor, input: RecordSpendBody, context: FundingWriteContext): Promise<string> {
  authorize(canManageFunding(actor), "Only administrators record the organisation's spend.");
  await checkSpendReferences(tx, actor, input, context.now);
  const [spend] = await tx
    .insert(spendEntries)
    .values({ organisationId: actor.organisationId, ...input, createdBy: actor.userId, createdAt: context.now, updatedAt: context.now })
    .returning({ id: spendEntries.id });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "funding.spend_recorded",
    entityType: "spend_entry",
    entityId: spend!.id,
    siteId: input.siteId,
    requestId: context.requestId,
    at: context.now,
    details: { month: input.month, category: input.category, amountPence: input.amountPence, grantId: input.grantId },
  });
  return spend!.id;
}
