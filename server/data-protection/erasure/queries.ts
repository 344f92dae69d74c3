/**
 * Finding a client for the data protection officer, whose work covers the whole organisation: any
 * of its clients, erased or not (the officer answers for the record of what happened to them). A
 * client of another organisation, or none, is the same 404.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { clients, processingRestrictions } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { notFound } from "../../http/errors.js";

export async function findClientForOfficer(db: Db, actor: Actor, clientId: string, options: { isForUpdate?: boolean } = {}) {
  const query = db
    .select({ id: clients.id, organisationId: clients.organisationId, reference: clients.reference, erasedAt: clients.erasedAt, mergedIntoId: clients.mergedIntoId })
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.organisationId, actor.organisationId)))
    .limit(1);
  const [client] = options.isForUpdate ? await query.for("update") : await query;
  if (!client) throw notFound("Client");
  return client;
}

/** The restriction of processing in force on a client, if any. */
export async function restrictionInForce(db: Db, clientId: string) {
  const [row] = await db
    .select()
    .from(processingRestrictions)
    .where(and(eq(processingRestrictions.clientId, clientId), isNull(processingRestrictions.liftedAt)))
    .limit(1);
  return row ?? null;
}
