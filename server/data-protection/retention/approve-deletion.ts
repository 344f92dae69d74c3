/**
 * The data protection officer approves deletion of records the retention review listed as due.
 * Each is erased by destroying its data key (crypto-shredding), so every encrypted field about it
 * becomes unreadable at once while the pseudonymous rows that counts are made from stay; the
 * approval is recorded with who, when, how many, and each record's reference and rule, never its
 * content. All of it happens in one transaction: one record that cannot be erased leaves every
 * record as it was.
 */
import { and, eq, inArray, ne } from "drizzle-orm";
import type { ApproveDeletionBody } from "../../../core/api/retention.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { retentionDeletionItems, retentionDeletions, retentionReviewEntries } from "../../db/retention-schema.js";
import { cases, referrals } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import type { Actor } from "../../http/context.js";
import type { Vault } from "../../vault/vault.js";
import { canReviewRetention } from "./policy.js";
import { eraseClient } from "../erasure/erase-client.js";
import { holdsOf } from "../erasure/retention-holds.js";

/**
 * A referral that never became a case holds its details under its own key: destroying the key
 * shreds them, and the keyed index of the referrer's contact (for checking the outcome) goes too,
 * since it could match the referrer. What stays is pseudonymous: reference, site, source, reasons, dates.
 */
async function eraseReferral(tx: Db, vault: Vault, referralId: string, context: { organisationId: string; actorUserId: string; now: Date; requestId: string }): Promise<void> {
  const [referral] = await tx
    .update(referrals)
    .set({ referrerContactIndex: null })
    .where(and(eq(referrals.id, referralId), eq(referrals.organisationId, context.organisationId)))
    .returning({ siteId: referrals.siteId });
  if (!referral) throw new AppError("conflict", "A referral on the list no longer exists.");
  await vault.destroySubjectKey(tx, referralId);
  await recordAudit(tx, {
    organisationId: context.organisationId,
    actorUserId: context.actorUserId,
    action: "referral.erased",
    entityType: "referral",
    entityId: referralId,
    siteId: referral.siteId,
    requestId: context.requestId,
    at: context.now,
    details: { basis: "retention" },
  });
}

/**
 * Refuses, naming each entry, when a chosen record is not on the organisation's list (deleted
 * already, dropped by the latest review, or another organisation's: 404) or is held (409).
 */
function refuseUnlisted(entryIds: readonly string[], listed: ReadonlyMap<string, { status: string }>): void {
  const missing = entryIds.flatMap((id, index) => (listed.has(id) ? [] : [{ path: `body.entryIds.${index}`, message: "Not on the list of records due for deletion." }]));
  if (missing.length > 0) throw new AppError("not_found", "Some chosen records are not on the list: they may have been deleted already. Reload the list.", { fields: missing });
  const held = entryIds.flatMap((id, index) => (listed.get(id)?.status === "held" ? [{ path: `body.entryIds.${index}`, message: "This record is held and cannot be deleted." }] : []));
  if (held.length > 0) throw new AppError("conflict", "Some chosen records are held and cannot be deleted.", { fields: held });
}

/** Approves deletion of the chosen due records; answers the id of the record of the deletion. */
export async function approveDeletion(tx: Db, actor: Actor, vault: Vault, input: ApproveDeletionBody, context: { now: Date; requestId: string }): Promise<string> {
  authorize(canReviewRetention(actor), "Only the data protection officer approves deletion.");
  const entries = await tx
    .select()
    .from(retentionReviewEntries)
    .where(and(eq(retentionReviewEntries.organisationId, actor.organisationId), inArray(retentionReviewEntries.id, [...input.entryIds])))
    .for("update");
  refuseUnlisted(input.entryIds, new Map(entries.map((entry) => [entry.id, entry])));

  // The list is a day old at most: a case reopened or a hold placed since then stops the deletion.
  const clientIds = entries.filter((entry) => entry.recordType === "client").map((entry) => entry.recordId);
  if (clientIds.length > 0) {
    const reopened = await tx.selectDistinct({ clientId: cases.clientId }).from(cases).where(and(inArray(cases.clientId, clientIds), ne(cases.state, "closed")));
    const holds = await holdsOf(tx, actor.organisationId, clientIds);
    const stopped = entries.filter((entry) => reopened.some((row) => row.clientId === entry.recordId) || (holds.get(entry.recordId)?.length ?? 0) > 0);
    if (stopped.length > 0) {
      throw new AppError("conflict", `Since the last review, ${stopped.map((entry) => entry.reference).join(", ")} has an open case or a hold. Nothing was deleted; take it off the selection and try again.`);
    }
  }

  const erasing = { organisationId: actor.organisationId, actorUserId: actor.userId, now: context.now, requestId: context.requestId };
  for (const entry of entries) {
    if (entry.recordType === "client") await eraseClient(tx, vault, { ...erasing, clientId: entry.recordId, basis: "retention" });
    else await eraseReferral(tx, vault, entry.recordId, erasing);
  }

  const [deletion] = await tx
    .insert(retentionDeletions)
    .values({ organisationId: actor.organisationId, approvedBy: actor.userId, approvedAt: context.now, recordCount: entries.length })
    .returning({ id: retentionDeletions.id });
  await tx.insert(retentionDeletionItems).values(
    entries.map((entry) => ({ organisationId: actor.organisationId, deletionId: deletion!.id, recordType: entry.recordType, reference: entry.reference, ageGroup: entry.ageGroup, rule: entry.rule, dueOn: entry.dueOn })),
  );
  await tx.delete(retentionReviewEntries).where(and(eq(retentionReviewEntries.organisationId, actor.organisationId), inArray(retentionReviewEntries.id, [...input.entryIds])));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "retention.deletion_approved",
    entityType: "retention_deletion",
    entityId: deletion!.id,
    requestId: context.requestId,
    at: context.now,
    details: { recordCount: entries.length, clients: clientIds.length, referrals: entries.length - clientIds.length },
  });
  return deletion!.id;
}
