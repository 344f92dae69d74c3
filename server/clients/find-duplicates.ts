/**
 * Duplicate checks on demand: other live clients likely to be the same person as a client (from
 * the client's stored blind-index keys, no decryption needed), or as the person a referral is
 * about (for triage, from the referral's sealed details). Both are audited.
 */
import type { z } from "zod";
import type { clientMatchSchema } from "../../core/api/clients.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { findReferralFor } from "../referrals/queries.js";
import { blindIndexesOf } from "./identity-store.js";
import { findMatches, storedKeysOf } from "./match-candidates.js";
import { canCheckDuplicates, canCheckReferralDuplicates } from "./policy.js";
import { findClientFor } from "./queries.js";
import type { ClientContext } from "./read-client.js";
import { openReferralPerson } from "./referral-person.js";

type Match = z.infer<typeof clientMatchSchema>;

export async function clientDuplicates(tx: Db, actor: Actor, clientId: string, context: ClientContext): Promise<Match[]> {
  const { client, view } = await findClientFor(tx, actor, clientId, context.now);
  authorize(canCheckDuplicates(actor, view));
  const matches = await findMatches(tx, actor, await storedKeysOf(tx, client.id), { exclude: [client.id], now: context.now });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "client.duplicate_check",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    requestId: context.requestId,
    details: { resultCount: matches.length },
  });
  return matches;
}

export async function referralDuplicates(tx: Db, actor: Actor, referralId: string, context: ClientContext): Promise<Match[]> {
  const { referral } = await findReferralFor(tx, actor, referralId);
  authorize(canCheckReferralDuplicates(actor, referral));
  const person = await openReferralPerson(tx, context.vault, referral);
  // A referral already linked to a client would otherwise find that client first.
  const exclude = referral.clientId ? [referral.clientId] : [];
  const matches = await findMatches(tx, actor, blindIndexesOf(context.vault, actor.organisationId, person), { exclude, now: context.now });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "referral.duplicate_check",
    entityType: "referral",
    entityId: referral.id,
    siteId: referral.siteId,
    clientId: referral.clientId,
    requestId: context.requestId,
    details: { resultCount: matches.length },
  });
  return matches;
}
