/**
 * Removes a spend entry recorded in error. Administrators only. The audit event keeps what the
 * entry counted (month, category, site, grant, amount), so the removal can be traced; never the
 * description.
 */
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { spendEntries } from "../db/funding-schema.js";
import type { Actor } from "../http/context.js";
import { canManageFunding } from "./policy.js";
import { findSpendFor } from "./queries.js";
import type { FundingWriteContext } from "./write-context.js";

export async function removeSpend(tx: Db, actor: Actor, spendId: string, context: FundingWriteContext): Promise<void> {
  authorize(canManageFunding(actor), "Only administrators record the organisation's spend.");
  const spend = await findSpendFor(tx, actor, spendId, { forUpdate: true });
  await tx.delete(spendEntries).where(eq(spendEntries.id, spend.id));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "funding.spend_removed",
    entityType: "spend_entry",
    entityId: spend.id,
    siteId: spend.siteId,
    requestId: context.requestId,
    at: context.now,
    details: { month: spend.month, category: spend.category, amountPence: spend.amountPence, grantId: spend.grantId },
  });
}
