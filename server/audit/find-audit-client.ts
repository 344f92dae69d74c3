/**
 * Finding the client whose audit trail the reviewer wants: by reference, or by name and date of
 * birth through the blind indexes. What is typed travels in the request body, never an address,
 * and only references come back; the search is audited with the fields used, never their values.
 * A reference finds an erased or merged record too, since its audit trail outlives it.
 */
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { auditClientSearchBodySchema } from "../../core/api/audit.js";
import type { Db } from "../db/client.js";
import { clients } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import type { Vault } from "../vault/vault.js";
import { blindIndexesOf } from "../clients/identity-store.js";
import { findMatches } from "../clients/match-candidates.js";
import { recordAudit } from "./record-audit.js";

type Search = z.infer<typeof auditClientSearchBodySchema>;

export async function findAuditClients(tx: Db, actor: Actor, search: Search, context: { vault: Vault; now: Date; requestId: string }) {
  let items: { clientId: string; reference: string }[];
  if ("reference" in search) {
    const found = await tx
      .select({ clientId: clients.id, reference: clients.reference })
      .from(clients)
      .where(and(eq(clients.organisationId, actor.organisationId), eq(clients.reference, search.reference)))
      .limit(1);
    items = found;
  } else {
    const person = { givenName: search.givenName, familyName: search.familyName ?? null, dateOfBirth: search.dateOfBirth ?? null };
    const matches = await findMatches(tx, actor, blindIndexesOf(context.vault, actor.organisationId, person), { exclude: [], now: context.now });
    items = matches.map((match) => ({ clientId: match.clientId, reference: match.reference }));
  }
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "audit.client_searched",
    entityType: "client",
    requestId: context.requestId,
    details: { fields: Object.keys(search).sort(), resultCount: items.length },
  });
  return { items };
}
