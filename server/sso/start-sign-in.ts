/**
 * Starting a single sign-on: the provider is found from the email's domain (or, for an
 * administrator's test, from their organisation), and the attempt — state, nonce and PKCE verifier
 * — is stored for ten minutes under the hash of a random value that only this browser holds, in a
 * cookie. The provider's address for the browser is the answer.
 */
import { createHash, randomBytes } from "node:crypto";
import { lt } from "drizzle-orm";
import { emailDomain } from "../../core/sso/rules.js";
import type { Db } from "../db/client.js";
import { ssoAttempts } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import type { Vault } from "../vault/vault.js";
import { findProvider, providerSettingsOf, redirectUrlOf, unsafeFindProviderForDomain, type ProviderRow } from "./queries.js";
import { authorizationUrl, newAttemptSecrets, ProviderExchangeError } from "./relying-party.js";

export const attemptMinutes = 10;
export const attemptCookieName = "pathways_sso_attempt";

export const sha256 = (value: string): string => createHash("sha256").update(value).digest("hex");

interface StartContext {
  db: Db;
  vault: Vault;
  publicUrl: string;
  now: Date;
}

export type StartInput = { purpose: "sign_in"; email: string } | { purpose: "test"; actor: Actor };

export interface StartedAttempt {
  authorizationUrl: string;
  /** Goes to the browser in a cookie; only its hash is stored. */
  browserToken: string;
}

const noProvider = () => new AppError("not_found", "Single sign-on is not set up for this email address.");

export async function startSignIn(context: StartContext, input: StartInput): Promise<StartedAttempt> {
  const { db, now } = context;
  const domain = input.purpose === "sign_in" ? emailDomain(input.email) : null;
  const provider = input.purpose === "sign_in" ? (domain ? (await unsafeFindProviderForDomain(db, domain))?.provider : undefined) : (await findProvider(db, input.actor.organisationId))?.provider;
  if (!provider) throw noProvider();

  const secrets = newAttemptSecrets();
  const url = await providerUrl(context, provider, secrets, input.purpose === "sign_in" ? input.email : input.actor.email, domain);
  const browserToken = randomBytes(32).toString("base64url");
  // Attempts nobody finished are cleared as new ones start; the index on expiry keeps this cheap.
  await db.delete(ssoAttempts).where(lt(ssoAttempts.expiresAt, now));
  await db.insert(ssoAttempts).values({
    stateHash: sha256(secrets.state),
    browserHash: sha256(browserToken),
    organisationId: provider.organisationId,
    purpose: input.purpose,
    userId: input.purpose === "test" ? input.actor.userId : null,
    nonce: secrets.nonce,
    codeVerifier: secrets.codeVerifier,
    expiresAt: new Date(now.getTime() + attemptMinutes * 60_000),
    createdAt: now,
  });
  return { authorizationUrl: url, browserToken };
}

async function providerUrl(
  context: StartContext,
  provider: ProviderRow,
  secrets: ReturnType<typeof newAttemptSecrets>,
  loginHint: string,
  domain: string | null,
): Promise<string> {
  try {
    const settings = await providerSettingsOf(context.db, context.vault, provider);
    return await authorizationUrl(settings, secrets, { redirectUrl: redirectUrlOf(context.publicUrl), loginHint, domainHint: domain, now: context.now });
  } catch (error) {
    if (!(error instanceof ProviderExchangeError)) throw error;
    throw new AppError("unavailable", `${provider.displayName} could not be reached. Try again in a few minutes.`, { cause: error, internalMessage: error.message });
  }
}
