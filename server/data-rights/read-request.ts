/**
 * One request for the data protection officer: who asked (unsealed), the client it concerns with
 * their name, the identity check, the deadline and any extension, its history and its releases,
 * with what may be done next. Opening it reads personal data, so it is audited.
 */
import { asc, desc, eq } from "drizzle-orm";
import type { RequestDetail } from "../../core/api/data-rights.js";
import { londonDay } from "../../core/london-time.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import { readIdentity } from "../clients/identity-store.js";
import { namesOf } from "../content/queries.js";
import type { Db } from "../db/client.js";
import { clients, dataRightsRequestEvents, subjectAccessReleases } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { isVaultError } from "../vault/errors.js";
import { presentSummary } from "./list-requests.js";
import { canHandleDataRights, refusalMessage, requestAbilities } from "./policy.js";
import { findRequestFor } from "./queries.js";
import { readRequester } from "./requester-seal.js";
import type { DataRightsContext } from "./write-context.js";

/** The client's reference and name; "erased" in place of a name whose key is gone. */
async function clientOf(tx: Db, context: DataRightsContext, clientId: string) {
  const [client] = await tx.select({ id: clients.id, reference: clients.reference }).from(clients).where(eq(clients.id, clientId)).limit(1);
  if (!client) return null;
  try {
    const identity = await readIdentity(tx, context.vault, clientId);
    return { ...client, name: [identity.givenName, identity.familyName].filter(Boolean).join(" ") };
  } catch (error) {
    if (isVaultError(error, "key_destroyed")) return { ...client, name: "—" };
    throw error;
  }
}

export async function readRequest(tx: Db, actor: Actor, requestId: string, context: DataRightsContext): Promise<RequestDetail> {
  authorize(canHandleDataRights(actor), refusalMessage);
  const request = await findRequestFor(tx, actor, requestId);
  const events = await tx.select().from(dataRightsRequestEvents).where(eq(dataRightsRequestEvents.requestId, request.id)).orderBy(asc(dataRightsRequestEvents.id)).limit(500);
  const releases = await tx.select().from(subjectAccessReleases).where(eq(subjectAccessReleases.requestId, request.id)).orderBy(desc(subjectAccessReleases.releasedAt)).limit(50);
  const names = await namesOf(tx, actor.organisationId, [
    ...events.flatMap((event) => (event.actorUserId ? [event.actorUserId] : [])),
    ...releases.map((release) => release.releasedBy),
    ...(request.identityCheckedBy ? [request.identityCheckedBy] : []),
  ]);
  const client = request.clientId ? await clientOf(tx, context, request.clientId) : null;
  const requester = await readRequester(tx, context.vault, request);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "data_rights.request_read",
    entityType: "data_rights_request",
    entityId: request.id,
    clientId: request.clientId,
    requestId: context.requestId,
    at: context.now,
  });
  return {
    ...presentSummary(request, client?.reference ?? null, londonDay(context.now)),
    requester,
    client,
    identityCheck:
      request.identityCheckMethod && request.identityCheckedOn
        ? { method: request.identityCheckMethod, checkedOn: request.identityCheckedOn, checkedByName: request.identityCheckedBy ? (names.get(request.identityCheckedBy) ?? null) : null }
        : null,
    originalDueOn: request.dueOn,
    extension:
      request.extensionGround && request.extendedDueOn && request.extensionToldOn
        ? { ground: request.extensionGround, extendedDueOn: request.extendedDueOn, toldOn: request.extensionToldOn }
        : null,
    refusalReason: request.refusalReason,
    history: events.map((event) => ({ kind: event.kind, at: event.at.toISOString(), actorName: event.actorUserId ? (names.get(event.actorUserId) ?? null) : null, details: event.details })),
    releases: releases.map((release) => ({
      id: release.id,
      releasedAt: release.releasedAt.toISOString(),
      releasedByName: names.get(release.releasedBy) ?? null,
      files: release.files,
      withheld: release.withheld,
    })),
    abilities: requestAbilities(actor, request),
  };
}
