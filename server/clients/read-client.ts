/**
 * Opening a client's profile: demographics, age band, consents, the cases the actor may see and
 * family links, with what the actor may do. Audited as a read. No identity leaves here; the age
 * band is worked out from the sealed date of birth, which is not returned.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { ageBandOn } from "../../core/clients/demographics.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { clients, relationships, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import type { Vault } from "../vault/vault.js";
import { consentHistory, currentConsents, type ConsentRow } from "./current-consent.js";
import { readDateOfBirth } from "./identity-store.js";
import { presentClientProfile } from "./presenter.js";
import { findClientFor, visibleCasesOf } from "./queries.js";
import { clientRecordStateOf } from "../data-protection/client-record-state.js";

export interface ClientContext {
  vault: Vault;
  now: Date;
  requestId: string;
}

export async function readClient(tx: Db, actor: Actor, clientId: string, context: ClientContext) {
  const { client, view } = await findClientFor(tx, actor, clientId, context.now);
  const related = alias(clients, "related");
  const links = await tx
    .select({ relationship: relationships, relatedReference: related.reference })
    .from(relationships)
    .leftJoin(related, eq(related.id, relationships.relatedClientId))
    .where(and(eq(relationships.clientId, client.id), isNull(relationships.endedAt)))
    .orderBy(asc(relationships.createdAt), asc(relationships.id))
    .limit(200);
  const current = await currentConsents(tx, client.id);
  const history = await consentHistory(tx, client.id);
  const names = await recorderNames(tx, [...current, ...history]);
  const withName = (row: ConsentRow) => ({ row, recordedByName: row.recordedBy ? (names.get(row.recordedBy) ?? null) : null });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: view.isBreakGlass ? "client.read_break_glass" : "client.read",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    requestId: context.requestId,
  });
  return presentClientProfile(client, actor, view, {
    ageBand: ageBandOn(await readDateOfBirth(tx, context.vault, client.id), londonDay(context.now)),
    consents: current.map(withName),
    consentHistory: history.map(withName),
    cases: await visibleCasesOf(tx, actor, client.id, context.now),
    clientRecord: await clientRecordStateOf(tx, client.id),
    relationships: links.map(({ relationship, relatedReference }) => ({
      id: relationship.id,
      relation: relationship.relation,
      relatedClientId: relationship.relatedClientId,
      relatedReference,
      hasContactDetails: relationship.contactName !== null || relationship.contactPhone !== null,
    })),
  });
}

async function recorderNames(db: Db, rows: ConsentRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((row) => (row.recordedBy ? [row.recordedBy] : [])))];
  if (ids.length === 0) return new Map();
  const found = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(found.map((user) => [user.id, user.name]));
}
