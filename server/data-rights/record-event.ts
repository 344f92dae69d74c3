/**
 * Writes a step in a request's history and its audit event, in the caller's transaction. Every
 * change to a request goes through here, including those made by the erasure and restriction
 * handlers, so the request's page and the audit trail tell the same story. Details are codes, days
 * and ids: never what anyone wrote.
 */
import type { DataRightsEventKind } from "../../core/data-rights/vocabulary.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { dataRightsRequestEvents } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import type { RequestRow } from "./queries.js";

export async function recordRequestEvent(
  tx: Db,
  actor: Actor,
  request: Pick<RequestRow, "id" | "organisationId" | "clientId" | "kind">,
  kind: DataRightsEventKind,
  context: { now: Date; requestId: string },
  details: Record<string, string | number | boolean | null> = {},
): Promise<void> {
  await tx.insert(dataRightsRequestEvents).values({ organisationId: request.organisationId, requestId: request.id, at: context.now, actorUserId: actor.userId, kind, details });
  await recordAudit(tx, {
    organisationId: request.organisationId,
    actorUserId: actor.userId,
    action: `data_rights.${kind}`,
    entityType: "data_rights_request",
    entityId: request.id,
    clientId: request.clientId,
    requestId: context.requestId,
    at: context.now,
    details: { kind: request.kind, ...details },
  });
}
