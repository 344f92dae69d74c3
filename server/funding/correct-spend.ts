/**
 * Corrects a spend entry with the version seen (a stale one is refused, 409), checked as a new
 * entry is. Audited by field name, with the amount before and after when it changed.
 */
import { eq } from "drizzle-orm";
import type { CorrectSpendBody } from "../../core/api/funding.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { spendEntries } from "../db/funding-schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { canManageFunding } from "./policy.js";
import { findSpendFor } from "./queries.js";
import { checkSpendReferences } from "./spend-checks.js";
import type { FundingWriteContext } from "./write-context.js";
import { fieldsChangedFrom } from "../db/fields-changed.js";

export async function correctSpend(tx: Db, actor: Actor, spendId: string, input: CorrectSpendBody, context: FundingWriteContext): Promise<void> {
  authorize(canManageFunding(actor), "Only administrators record the organisation's spend.");
  const spend = await findSpendFor(tx, actor, spendId, { forUpdate: true });
  if (spend.version !== input.version) throw new AppError("conflict", "Someone else changed this spend since you opened it. Reload and try again.");
  await checkSpendReferences(tx, actor, input, context.now);
  const { version: _version, ...next } = input;
  const changed = fieldsChangedFrom(next, spend);
  if (changed.length === 0) return;
  await tx
    .update(spendEntries)
    .set({ ...next, updatedAt: context.now, version: spend.version + 1 })
    .where(eq(spendEntries.id, spend.id));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "funding.spend_corrected",
    entityType: "spend_entry",
    entityId: spend.id,
    siteId: input.siteId,
    requestId: context.requestId,
    at: context.now,
    details: { changed, ...(changed.includes("amountPence") ? { fromPence: spend.amountPence, toPence: input.amountPence } : {}) },
  });
}
