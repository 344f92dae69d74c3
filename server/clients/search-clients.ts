/**
 * Finding a client: by reference (exact), or by name and date of birth through the blind indexes.
 * Matches the searcher may not open are still listed, by reference only, so a worker can ask a
 * colleague about the record without learning who it is. The audit records which fields were
 * searched, never the values. A client whose processing is restricted (UK GDPR Art 18) is not
 * found by a search: the duplicate check at intake still lists them, so no second record is made.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { clientMatchSchema, clientSearchQuerySchema } from "../../core/api/clients.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { clients, processingRestrictions } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { blindIndexesOf } from "./identity-store.js";
import { findMatches } from "./match-candidates.js";
import { canSearchClients } from "./policy.js";
import { visibleClientIds } from "./queries.js";
import type { ClientContext } from "./read-client.js";
import { liveClients } from "./scope.js";

type Query = z.infer<typeof clientSearchQuerySchema>;
type Match = z.infer<typeof clientMatchSchema>;

export async function searchClients(tx: Db, actor: Actor, query: Query, context: ClientContext): Promise<Match[]> {
  authorize(canSearchClients(actor));
  let matches: Match[];
  if (query.reference) {
    matches = await byReference(tx, actor, query.reference, context.now);
  } else if (query.givenName || query.familyName) {
    const person = { givenName: query.givenName ?? "", familyName: query.familyName ?? null, dateOfBirth: query.dateOfBirth ?? null };
    matches = await findMatches(tx, actor, blindIndexesOf(context.vault, actor.organisationId, person), { exclude: [], now: context.now });
  } else {
    throw new AppError("validation_failed", "Search by reference, or by name and date of birth.", {
      fields: [{ path: "query.reference", message: "Give a reference or a name." }],
    });
  }
  matches = await withoutProcessingRestricted(tx, matches);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "client.searched",
    entityType: "client",
    requestId: context.requestId,
    // Which fields were used, never what was typed in them.
    details: { fields: Object.keys(query).filter((field) => Boolean(query[field as keyof Query])).sort(), resultCount: matches.length },
  });
  return matches;
}

async function byReference(tx: Db, actor: Actor, reference: string, now: Date): Promise<Match[]> {
  const [client] = await tx
    .select({ id: clients.id, reference: clients.reference })
    .from(clients)
    .where(and(eq(clients.organisationId, actor.organisationId), eq(clients.reference, reference), liveClients()))
    .limit(1);
  if (!client) return [];
  const isInScope = (await visibleClientIds(tx, actor, [client.id], now)).has(client.id);
  return [{ clientId: client.id, reference: client.reference, strength: "strong", reasons: ["same_reference"], isInScope }];
}

async function withoutProcessingRestricted(tx: Db, matches: Match[]): Promise<Match[]> {
  if (matches.length === 0) return matches;
  const restricted = await tx
    .select({ clientId: processingRestrictions.clientId })
    .from(processingRestrictions)
    .where(and(inArray(processingRestrictions.clientId, matches.map((match) => match.clientId)), isNull(processingRestrictions.liftedAt)));
  const hidden = new Set(restricted.map((row) => row.clientId));
  return matches.filter((match) => !hidden.has(match.clientId));
}
