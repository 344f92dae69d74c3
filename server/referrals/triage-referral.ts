/**
 * The triage decision on a referral: accept (link to a client — new, or an existing one the worker
 * confirmed as the same person — and open a case), signpost elsewhere, or decline; each with a
 * reason. The referral is claimed with a conditional update, so two workers cannot both decide it.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { triageBodySchema } from "../../core/api/referrals.js";
import { ageBandOn } from "../../core/clients/demographics.js";
import { decide } from "../../core/referrals/referral-status.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { recordAudit } from "../audit/record-audit.js";
import { holdsAt } from "../authz/site-roles.js";
import { authorize } from "../authz/authorize.js";
import { openCase } from "../cases/open-case.js";
import { createClient } from "../clients/create-client.js";
import { readIdentity } from "../clients/identity-store.js";
import type { Db } from "../db/client.js";
import { clients, consents, referrals } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import type { Vault } from "../vault/vault.js";
import { canTriage } from "./policy.js";
import { findReferralFor } from "./queries.js";
import { revealReferralIdentity } from "./read-referral.js";

type TriageInput = z.infer<typeof triageBodySchema>;

export async function triageReferral(
  tx: Db,
  actor: Actor,
  referralId: string,
  input: TriageInput,
  context: { vault: Vault; now: Date; requestId: string },
): Promise<{ caseId: string | null }> {
  const { referral, source } = await findReferralFor(tx, actor, referralId);
  authorize(canTriage(actor, referral), referral.status === "received" ? undefined : "This referral has already been decided.");
  const decision = decide(referral.status as "received", input.decision);
  if (!decision.ok) throw new AppError("invalid_transition", decision.reason);
  if (input.decision === "signpost" && !input.signpostedTo) {
    throw new AppError("validation_failed", "Say where the person was signposted to.", {
      fields: [{ path: "body.signpostedTo", message: "Required when signposting." }],
    });
  }
  const referralKey = await context.vault.loadSubjectKey(tx, referral.id);
  const claimed = await tx
    .update(referrals)
    .set({
      status: decision.next,
      decidedAt: context.now,
      decidedBy: actor.userId,
      decisionReason: context.vault.encrypt(referralKey, "decision_reason", input.reason),
      signpostedTo: input.decision === "signpost" ? (input.signpostedTo ?? null) : null,
    })
    .where(and(eq(referrals.id, referral.id), eq(referrals.status, "received")))
    .returning({ id: referrals.id });
  if (claimed.length === 0) throw new AppError("conflict", "Someone else has just decided this referral.");

  let caseId: string | null = null;
  if (input.decision === "accept") {
    const { person } = await revealReferralIdentity(tx, actor, referral.id, context);
    const linked = input.existingClientId
      ? await linkExisting(tx, actor, input.existingClientId, context.vault)
      : await createClient(tx, context, {
          organisationId: actor.organisationId,
          identity: { ...person, otherNames: [], address: null, nhsNumber: null },
          preferredLanguage: referral.preferredLanguage,
          isInterpreterNeeded: referral.isInterpreterNeeded,
          preferredWorkerGender: referral.preferredWorkerGender,
        });
    const dateOfBirth = (await readIdentity(tx, context.vault, linked.client.id)).dateOfBirth;
    await tx.update(referrals).set({ clientId: linked.client.id }).where(eq(referrals.id, referral.id));
    if (source.code === "self" && referral.isReferrerConsentGiven) {
      // A self-referral through the form carries the person's own consent to be contacted and supported.
      await tx.insert(consents).values({
        organisationId: actor.organisationId,
        clientId: linked.client.id,
        purpose: "service",
        status: "given",
        method: referral.channel === "public_form" ? "online_form" : "verbal",
        recordedBy: actor.userId,
        recordedAt: context.now,
      });
    }
    const kase = await openCase(tx, { ...context, clientKey: linked.key }, {
      organisationId: actor.organisationId,
      siteId: referral.siteId,
      clientId: linked.client.id,
      referral: { id: referral.id, receivedAt: referral.receivedAt, reference: referral.reference },
      isRestricted: referral.isRestricted,
      ageBand: ageBandOn(dateOfBirth, londonDay(context.now)),
      reason: input.reason,
      openedBy: actor.userId,
      keyWorkerId: holdsAt(actor, ["caseworker"], referral.siteId) ? actor.userId : null,
    });
    caseId = kase.id;
  }
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "referral.triaged",
    entityType: "referral",
    entityId: referral.id,
    siteId: referral.siteId,
    requestId: context.requestId,
    details: { decision: input.decision, caseId, isExistingClient: input.existingClientId !== undefined },
  });
  return { caseId };
}

/** An existing client the worker confirmed is the same person: it must be live and in this organisation. */
async function linkExisting(tx: Db, actor: Actor, clientId: string, vault: Vault) {
  const [client] = await tx
    .select()
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.organisationId, actor.organisationId), isNull(clients.mergedIntoId), isNull(clients.erasedAt)))
    .limit(1);
  if (!client) {
    throw new AppError("validation_failed", "That client record cannot be used.", {
      fields: [{ path: "body.existingClientId", message: "No such client." }],
    });
  }
  return { client, key: await vault.loadSubjectKey(tx, client.id) };
}
