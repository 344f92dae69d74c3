/**
 * Adds a code to the organisation's catalogue as its first version. A code already in the
 * catalogue is changed instead (a new version), never added twice (409). Audited by code.
 */
import { and, eq } from "drizzle-orm";
import type { CreateCatalogueEntryBody } from "../../core/api/social-value.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { socialValueEntries } from "../db/schema.js";
import { refuseOnUniqueViolation } from "../db/unique-violation.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { canManageSocialValue } from "./policy.js";
import type { SocialValueWriteContext } from "./write-context.js";

export const codeTaken = () =>
  new AppError("conflict", "That code is already in the catalogue: change its entry instead.", { fields: [{ path: "body.code", message: "This code is already in the catalogue." }] });

export async function createEntry(tx: Db, actor: Actor, input: CreateCatalogueEntryBody, context: SocialValueWriteContext): Promise<void> {
  authorize(canManageSocialValue(actor), "Only administrators keep the unit-cost catalogue.");
  const [existing] = await tx.select({ id: socialValueEntries.id }).from(socialValueEntries).where(and(eq(socialValueEntries.organisationId, actor.organisationId), eq(socialValueEntries.code, input.code))).limit(1);
  if (existing) throw codeTaken();
  await tx
    .insert(socialValueEntries)
    .values({ organisationId: actor.organisationId, code: input.code, version: 1, entry: { ...input, version: 1 }, createdBy: actor.userId, createdAt: context.now })
    .catch(refuseOnUniqueViolation("social_value_entries_version_key", codeTaken));
  await recordAudit(tx, { organisationId: actor.organisationId, actorUserId: actor.userId, action: "social_value.entry_added", entityType: "social_value_entry", requestId: context.requestId, at: context.now, details: { code: input.code, version: 1 } });
}
