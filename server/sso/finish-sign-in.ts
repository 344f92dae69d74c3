/**
 * Finishing a single sign-on when the provider sends the browser back. The attempt is taken from
 * the database by the browser's cookie and deleted in the same statement, so it is used once,
 * whichever instance answers; the returned state must be the one this browser was given. The code
 * is exchanged and the ID token verified (relying-party.ts), the identity mapped to an account
 * (map-identity.ts), and then either a session is opened — second factor as the organisation's
 * trust in its provider allows — or, for an administrator's test, the settings are marked tested.
 * Every outcome with a known organisation is audited like a password sign-in.
 */
import { eq } from "drizzle-orm";
import type { SsoRefusal } from "../../core/api/sso.js";
import { requiresSecondFactor } from "../../core/roles.js";
import { secondFactorStateAfterSso } from "../../core/sso/rules.js";
import { recordAudit } from "../audit/record-audit.js";
import { loadGrants } from "../auth/grants.js";
import { createSession, type NewSession } from "../auth/sessions.js";
import { inTransaction, type Db } from "../db/client.js";
import { organisations, ssoAttempts, ssoProviders, users } from "../db/schema.js";
import type { Vault } from "../vault/vault.js";
import { mapIdentity, type UserRow } from "./map-identity.js";
import { findProvider, providerSettingsOf, redirectUrlOf } from "./queries.js";
import { exchangeCode, ProviderExchangeError } from "./relying-party.js";
import { sha256 } from "./start-sign-in.js";

export interface FinishContext {
  db: Db;
  vault: Vault;
  publicUrl: string;
  now: Date;
  requestId: string;
}

export type Purpose = "sign_in" | "test";
export type Finished =
  | { outcome: "signed_in"; session: NewSession }
  | { outcome: "tested" }
  | { outcome: "refused"; refusal: SsoRefusal; purpose: Purpose };

type Attempt = typeof ssoAttempts.$inferSelect;

export async function finishSignIn(context: FinishContext, query: Record<string, string>, browserToken: string | undefined): Promise<Finished> {
  const { db, now } = context;
  if (!browserToken) return { outcome: "refused", refusal: "expired", purpose: "sign_in" };
  const [attempt] = await db.delete(ssoAttempts).where(eq(ssoAttempts.browserHash, sha256(browserToken))).returning();
  // No attempt for this browser: never started here, or already used (a replayed callback).
  if (!attempt) return { outcome: "refused", refusal: "expired", purpose: "sign_in" };
  const purpose = attempt.purpose as Purpose;
  const refuse = (refusal: SsoRefusal, user: UserRow | null = null, details: Record<string, unknown> = {}) =>
    refuseAttempt(context, attempt, { refusal, user, details });

  if (attempt.expiresAt <= now) return refuse("expired");
  if (!query.state || sha256(query.state) !== attempt.stateHash) return refuse("state_mismatch");
  if (query.error) return refuse("provider_error", null, { providerError: query.error.slice(0, 100) });
  const found = await findProvider(db, attempt.organisationId);
  if (!found) return refuse("not_configured");

  let identity;
  try {
    const settings = await providerSettingsOf(db, context.vault, found.provider);
    const callbackUrl = new URL(redirectUrlOf(context.publicUrl));
    for (const [name, value] of Object.entries(query)) callbackUrl.searchParams.set(name, value);
    const secrets = { state: query.state, nonce: attempt.nonce, codeVerifier: attempt.codeVerifier };
    identity = await exchangeCode(settings, secrets, { callbackUrl, now });
  } catch (error) {
    if (!(error instanceof ProviderExchangeError)) throw error;
    return refuse(error.isTokenRejected ? "token_rejected" : "provider_error", null, { check: error.detail });
  }

  return inTransaction(db, async (tx): Promise<Finished> => {
    const mapping = await mapIdentity(tx, attempt.organisationId, found.allowedDomains, identity, now);
    if ("refusal" in mapping) return refuseAttempt({ ...context, db: tx }, attempt, mapping);
    const { user } = mapping;
    const amr = Array.isArray(identity.claims.amr) ? identity.claims.amr.filter((value) => typeof value === "string") : [];
    if (purpose === "test") {
      if (user.id !== attempt.userId) return refuseAttempt({ ...context, db: tx }, attempt, { refusal: "wrong_user", user, details: {} });
      // Settings changed while the test was at the provider: that test proves nothing about them.
      if (found.provider.updatedAt > attempt.createdAt) return refuseAttempt({ ...context, db: tx }, attempt, { refusal: "expired", user, details: {} });
      await tx.update(ssoProviders).set({ testedAt: now, testedAmr: amr }).where(eq(ssoProviders.organisationId, attempt.organisationId));
      await audit(tx, context, attempt, user.id, "sso.provider_tested", { amr, isNewlyBound: mapping.isNewlyBound });
      return { outcome: "tested" };
    }
    const grants = await loadGrants(tx, user.id);
    const mfaState = secondFactorStateAfterSso({
      isProviderMfaTrusted: found.provider.isProviderMfaTrusted,
      amr,
      isEnrolled: user.totpEnabledAt !== null,
      mustHaveSecondFactor: requiresSecondFactor(grants),
    });
    if (mfaState === "complete") await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
    const [organisation] = await tx.select({ sessionMaxHours: organisations.sessionMaxHours }).from(organisations).where(eq(organisations.id, user.organisationId));
    const session = await createSession(tx, { userId: user.id, mfaState, maxHours: organisation?.sessionMaxHours ?? 12, now });
    await audit(tx, context, attempt, user.id, "auth.sso_accepted", { next: mfaState, amr, isNewlyBound: mapping.isNewlyBound });
    return { outcome: "signed_in", session };
  });
}

async function refuseAttempt(
  context: FinishContext,
  attempt: Attempt,
  refused: { refusal: SsoRefusal; user: UserRow | null; details: Record<string, unknown> },
): Promise<Finished> {
  // One insert: in the caller's transaction when there is one, atomic on its own otherwise.
  await audit(context.db, context, attempt, refused.user?.id ?? null, "auth.sso_refused", { reason: refused.refusal, purpose: attempt.purpose, ...refused.details });
  return { outcome: "refused", refusal: refused.refusal, purpose: attempt.purpose as Purpose };
}

function audit(tx: Db, context: FinishContext, attempt: Attempt, userId: string | null, action: string, details: Record<string, unknown>) {
  return recordAudit(tx, {
    organisationId: attempt.organisationId,
    actorUserId: userId,
    action,
    entityType: userId ? "user" : "organisation",
    entityId: userId ?? attempt.organisationId,
    requestId: context.requestId,
    at: context.now,
    details,
  });
}
