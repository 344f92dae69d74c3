/**
 * A client's data-protection state for the data protection officer: the holds that apply (placed
 * ones with their reasons), the cases still open, the restriction of processing in force and the
 * erasure if there was one, with what the officer may do now. Reasons are decrypted here, so the
 * read is audited.
 */
import { eq } from "drizzle-orm";
import type { DataProtectionState, HoldView } from "../../../core/api/erasure.js";
import type { RestrictionGround } from "../../../core/data-protection/restriction.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import { namesOf } from "../../content/queries.js";
import type { Db } from "../../db/client.js";
import { clientErasures, retentionHolds } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import type { Vault } from "../../vault/vault.js";
import { keyUnlessErased } from "../key-unless-erased.js";
import { canManageErasure, refusalMessage } from "./policy.js";
import { findClientForOfficer, restrictionInForce } from "./queries.js";
import { holdsOnClient, openCaseReferences } from "./retention-holds.js";

export interface ErasureContext {
  vault: Vault;
  now: Date;
  requestId: string;
}

export async function readDataProtectionState(tx: Db, actor: Actor, clientId: string, context: ErasureContext): Promise<DataProtectionState> {
  authorize(canManageErasure(actor), refusalMessage);
  const client = await findClientForOfficer(tx, actor, clientId);
  const key = await keyUnlessErased(tx, context.vault, client.id);
  const open = (field: string, sealed: Uint8Array | null) => (key && sealed ? context.vault.decrypt(key, field, sealed) : "");
  const holds = await holdsOnClient(tx, actor.organisationId, client.id);
  const placed = new Map((await tx.select().from(retentionHolds).where(eq(retentionHolds.clientId, client.id))).map((row) => [row.id, row]));
  const restriction = await restrictionInForce(tx, client.id);
  const [erasure] = await tx.select().from(clientErasures).where(eq(clientErasures.clientId, client.id)).limit(1);
  const names = await namesOf(tx, actor.organisationId, [...[...placed.values()].map((row) => row.placedBy), ...(restriction ? [restriction.placedBy] : []), ...(erasure?.erasedBy ? [erasure.erasedBy] : [])]);
  const openCases = await openCaseReferences(tx, [client.id]);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "data_protection.state_read",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    requestId: context.requestId,
    at: context.now,
  });
  const isLive = client.erasedAt === null && client.mergedIntoId === null;
  return {
    clientId: client.id,
    reference: client.reference,
    holds: holds.map((hold): HoldView => {
      if (hold.kind === "safeguarding") return hold;
      const row = placed.get(hold.holdId);
      return { ...hold, reason: open("retention_hold.reason", row?.reason ?? null), placedByName: row ? (names.get(row.placedBy) ?? null) : null };
    }),
    openCaseReferences: openCases,
    restriction: restriction
      ? {
          id: restriction.id,
          ground: restriction.ground as RestrictionGround,
          reason: open("processing_restriction.reason", restriction.reason),
          reviewOn: restriction.reviewOn,
          placedAt: restriction.placedAt.toISOString(),
          placedByName: names.get(restriction.placedBy) ?? null,
        }
      : null,
    erasure: erasure
      ? {
          id: erasure.id,
          basis: erasure.basis as "request" | "retention",
          dataRightsRequestId: erasure.requestId,
          erasedAt: erasure.erasedAt.toISOString(),
          erasedByName: erasure.erasedBy ? (names.get(erasure.erasedBy) ?? null) : null,
          tally: erasure.tally,
        }
      : null,
    abilities: {
      erase: isLive && holds.length === 0 && openCases.length === 0,
      placeHold: isLive,
      restrict: isLive && restriction === null,
      liftRestriction: restriction !== null,
    },
  };
}
