/**
 * Finding the client a request is about: by reference, or by name (and date of birth) through the
 * blind indexes, across the organisation — the data protection officer answers for every site.
 * Each match shows its name and date of birth so the officer can be sure it is the right person;
 * the search is audited with the fields searched and the records shown, never the values.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { clientMatchListSchema, clientMatchQuerySchema } from "../../core/api/data-rights.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import { blindIndexesOf, readIdentity } from "../clients/identity-store.js";
import { findMatches } from "../clients/match-candidates.js";
import { liveClients } from "../clients/scope.js";
import type { Db } from "../db/client.js";
import { clients } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { canHandleDataRights, refusalMessage } from "./policy.js";
import type { DataRightsContext } from "./write-context.js";

type Query = z.output<typeof clientMatchQuerySchema>;

async function candidateIds(tx: Db, actor: Actor, query: Query, context: DataRightsContext): Promise<string[]> {
  if (query.reference) {
    const rows = await tx
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.organisationId, actor.organisationId), eq(clients.reference, query.reference.toUpperCase()), liveClients()))
      .limit(1);
    return rows.map((row) => row.id);
  }
  if (query.givenName) {
    const person = { givenName: query.givenName, familyName: query.familyName ?? null, dateOfBirth: query.dateOfBirth ?? null };
    const matches = await findMatches(tx, actor, blindIndexesOf(context.vault, actor.organisationId, person), { exclude: [], now: context.now });
    return matches.map((match) => match.clientId);
  }
  throw new AppError("validation_failed", "Search by reference, or by given name.", { fields: [{ path: "query.reference", message: "Give a reference or a given name." }] });
}

export async function findClientMatches(tx: Db, actor: Actor, query: Query, context: DataRightsContext): Promise<z.infer<typeof clientMatchListSchema>> {
  authorize(canHandleDataRights(actor), refusalMessage);
  const ids = (await candidateIds(tx, actor, query, context)).slice(0, 10);
  const rows = ids.length ? await tx.select({ id: clients.id, reference: clients.reference }).from(clients).where(and(eq(clients.organisationId, actor.organisationId), inArray(clients.id, ids))) : [];
  const references = new Map(rows.map((row) => [row.id, row.reference]));
  const items = [];
  for (const id of ids) {
    const identity = await readIdentity(tx, context.vault, id);
    items.push({ id, reference: references.get(id) ?? "", name: [identity.givenName, identity.familyName].filter(Boolean).join(" "), dateOfBirth: identity.dateOfBirth });
  }
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "data_rights.client_search",
    entityType: "client",
    requestId: context.requestId,
    at: context.now,
    details: { fields: Object.keys(query).filter((field) => query[field as keyof Query]), shownClientIds: ids },
  });
  return { items };
}
