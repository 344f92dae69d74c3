/**
 * The redaction step: the items the officer may withhold (with their content, so reading them is
 * audited) and saving the officer's choices. Choices replace the earlier ones as a whole; a key that
 * is not an item of this client's record is refused, naming it, and nothing is saved.
 */
import { eq } from "drizzle-orm";
import type { ExportItem, WithholdingsBody } from "../../../core/api/data-rights.js";
import { withholdableItems } from "../../../core/data-rights/export-record.js";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import { subjectAccessWithholdings } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import type { DataRightsContext } from "../write-context.js";
import { collectRecord } from "./collect-record.js";
import { exportItemsOf } from "./export-items.js";
import { exportableRequest, withholdingsOf } from "./prepare-export.js";

export async function listExportItems(tx: Db, actor: Actor, requestId: string, context: DataRightsContext): Promise<ExportItem[]> {
  const request = await exportableRequest(tx, actor, requestId);
  const items = exportItemsOf(await collectRecord(tx, context.vault, request, context.now), await withholdingsOf(tx, request.id));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "data_rights.export_items_read",
    entityType: "data_rights_request",
    entityId: request.id,
    clientId: request.clientId,
    requestId: context.requestId,
    at: context.now,
    details: { items: items.length },
  });
  return items;
}

export async function saveWithholdings(tx: Db, actor: Actor, requestId: string, input: WithholdingsBody, context: DataRightsContext): Promise<void> {
  const request = await exportableRequest(tx, actor, requestId, { isForUpdate: true });
  const known = new Set(withholdableItems(await collectRecord(tx, context.vault, request, context.now)).map((item) => item.itemKey));
  const unknown = input.items.flatMap((item, index) => (known.has(item.itemKey) ? [] : [{ path: `body.items.${index}.itemKey`, message: "Not an item of this record." }]));
  if (unknown.length > 0) throw new AppError("unprocessable", "Some items are not part of this person's record.", { fields: unknown });
  await tx.delete(subjectAccessWithholdings).where(eq(subjectAccessWithholdings.requestId, request.id));
  if (input.items.length > 0) {
    await tx.insert(subjectAccessWithholdings).values(
      input.items.map((item) => ({ organisationId: actor.organisationId, requestId: request.id, itemKey: item.itemKey, reason: item.reason, decidedBy: actor.userId, decidedAt: context.now })),
    );
  }
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "data_rights.withholdings_saved",
    entityType: "data_rights_request",
    entityId: request.id,
    clientId: request.clientId,
    requestId: context.requestId,
    at: context.now,
    details: { withheld: input.items.map((item) => `${item.itemKey}=${item.reason}`) },
  });
}
