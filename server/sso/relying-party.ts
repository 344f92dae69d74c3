/**
 * The relying party's side of the OpenID Connect authorisation code flow, over `openid-client`:
 * discovery from the issuer, the authorisation URL (PKCE S256, state, nonce), and the code
 * exchanged for an ID token that is verified in full — signature against the provider's JWKS, `iss`,
 * `aud`, `azp`, `exp`/`iat` with 30 seconds' tolerance, and the nonce of this attempt. The app's
 * clock (`now`) is the one the checks use, so a token is judged by the same time as everything else.
 */
import * as oidc from "openid-client";
import { isLoopback } from "../../core/api/sso.js";

export interface ProviderSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** What a verified ID token says about the person. */
export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  claims: Record<string, unknown>;
}

/** A failure while talking to the provider or checking its answer; `isTokenRejected` if the token failed a check. */
export class ProviderExchangeError extends Error {
  readonly isTokenRejected: boolean;
  readonly detail: string;
  constructor(detail: string, isTokenRejected: boolean, cause: unknown) {
    super(`OpenID Connect exchange failed: ${detail}`, { cause });
    this.name = "ProviderExchangeError";
    this.detail = detail;
    this.isTokenRejected = isTokenRejected;
  }
}

const requestTimeoutSeconds = 10;

/** Discovers the provider and configures the client; plain HTTP is allowed only for a provider on this machine. */
async function configure(settings: ProviderSettings, now: Date): Promise<oidc.Configuration> {
  const issuer = new URL(settings.issuer);
  const skew = Math.round((now.getTime() - Date.now()) / 1000);
  const isLocalHttp = issuer.protocol === "http:" && isLoopback(issuer.hostname);
  const config = await oidc.discovery(
    issuer,
    settings.clientId,
    { [oidc.clockSkew]: skew, [oidc.clockTolerance]: 30 },
    oidc.ClientSecretPost(settings.clientSecret),
    { timeout: requestTimeoutSeconds, ...(isLocalHttp ? { execute: [oidc.allowInsecureRequests] } : {}) },
  );
  // Tokens from the token endpoint could be trusted on TLS alone (OIDC Core 3.1.3.7); checking the
  // signature against the JWKS as well means a compromised channel or proxy cannot forge one.
  oidc.enableNonRepudiationChecks(config);
  return config;
}

/** The values one attempt keeps on the server until the provider sends the browser back. */
export interface AttemptSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export function newAttemptSecrets(): AttemptSecrets {
  return { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
}

/** The provider's authorisation URL for this attempt. */
export async function authorizationUrl(
  settings: ProviderSettings,
  secrets: AttemptSecrets,
  input: { redirectUrl: string; loginHint: string | null; domainHint: string | null; now: Date },
): Promise<string> {
  let config: oidc.Configuration;
  try {
    config = await configure(settings, input.now);
  } catch (error) {
    throw new ProviderExchangeError(describe(error), false, error);
  }
  const parameters: Record<string, string> = {
    redirect_uri: input.redirectUrl,
    response_type: "code",
    scope: "openid email profile",
    state: secrets.state,
    nonce: secrets.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(secrets.codeVerifier),
    code_challenge_method: "S256",
  };
  if (input.loginHint) parameters.login_hint = input.loginHint;
  // Google shows only accounts of this Workspace domain; other providers ignore the parameter.
  if (input.domainHint) parameters.hd = input.domainHint;
  return oidc.buildAuthorizationUrl(config, parameters).href;
}

/** Exchanges the code in the callback URL and verifies the ID token it brings. */
export async function exchangeCode(
  settings: ProviderSettings,
  secrets: AttemptSecrets,
  input: { callbackUrl: URL; now: Date },
): Promise<VerifiedIdentity> {
  try {
    const config = await configure(settings, input.now);
    const tokens = await oidc.authorizationCodeGrant(config, input.callbackUrl, {
      pkceCodeVerifier: secrets.codeVerifier,
      expectedState: secrets.state,
      expectedNonce: secrets.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error("no ID token");
    return {
      issuer: claims.iss,
      subject: claims.sub,
      email: typeof claims.email === "string" ? claims.email.trim().toLowerCase() : null,
      claims: { ...claims },
    };
  } catch (error) {
    throw new ProviderExchangeError(describe(error), isTokenCheck(error), error);
  }
}

const tokenCheckCodes = new Set(["OAUTH_JWT_TIMESTAMP_CHECK_FAILED", "OAUTH_JWT_CLAIM_COMPARISON_FAILED", "OAUTH_KEY_SELECTION_FAILED"]);

/** A check of the ID token failed (claims, time, key or signature), as opposed to the provider failing to answer. */
function isTokenCheck(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = "code" in error && typeof error.code === "string" ? error.code : "";
  return tokenCheckCodes.has(code) || describe(error).includes("JWT signature verification failed");
}

/**
 * The library's error code and messages, its own and its cause's (which names the claim that
 * failed, e.g. `unexpected JWT "aud" (audience) claim value`): never a token or a secret.
 */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return "unknown failure";
  const code = "code" in error && typeof error.code === "string" ? `${error.code}: ` : "";
  const cause = error.cause instanceof Error && error.cause.message !== error.message ? ` (${error.cause.message})` : "";
  return `${code}${error.message}${cause}`.slice(0, 300);
}
