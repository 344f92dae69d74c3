/**
 * A real OpenID Connect provider for tests (npm `oidc-provider`) on 127.0.0.1, in the port range
 * 4100–4199, with the person who signs in chosen by the test (`nextLogin`) instead of a login form.
 * It can be told to misbehave the way a hostile or broken provider would: sign an ID token for
 * another audience, or answer with an ID token it issued for an earlier sign-in (a nonce replay) —
 * re-signed with the provider's own key, so only the relying party's checks stand in the way.
 * `follow` plays the browser between the app's authorisation URL and the app's redirect URI.
 */
import { createPrivateKey, generateKeyPairSync, randomUUID, sign } from "node:crypto";
import type { Server } from "node:http";
import Provider, { type Configuration } from "oidc-provider";

export interface TestAccount {
  sub: string;
  email: string;
  emailVerified?: boolean;
  amr?: string[];
}

export type Misbehaviour = "none" | "wrong_audience" | "replay_previous_id_token";

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestAccount>;
  /** Who signs in at the provider in the next flow. */
  nextLogin: TestAccount | null;
  misbehaviour: Misbehaviour;
  /** Follows redirects from `url` (a fresh browser each time) until one points at `redirectPrefix`; answers that URL. */
  follow(url: string, redirectPrefix: string): Promise<URL>;
  close(): Promise<void>;
}

const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString("base64url");

export async function startTestProvider(redirectUris: string[]): Promise<TestProvider> {
  const privateJwk = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  const kid = randomUUID();
  const signingKey = createPrivateKey({ key: privateJwk, format: "jwk" });
  const clientId = `pathways-${randomUUID().slice(0, 8)}`;
  const clientSecret = randomUUID();
  let previousIdToken: string | null = null;

  const state = { accounts: new Map<string, TestAccount>(), nextLogin: null as TestAccount | null, misbehaviour: "none" as Misbehaviour };
  const configuration: Configuration = {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: redirectUris, token_endpoint_auth_method: "client_secret_post", grant_types: ["authorization_code"], response_types: ["code"] }],
    jwks: { keys: [{ ...privateJwk, kid, alg: "RS256", use: "sig" }] },
    pkce: { required: () => true },
    cookies: { keys: [randomUUID()] },
    conformIdTokenClaims: false,
    // `amr` goes with the openid scope, so every ID token carries the methods the test says were used.
    claims: { openid: ["sub", "amr"], email: ["email", "email_verified"] },
    features: { devInteractions: { enabled: false } },
    ttl: { IdToken: 60, AccessToken: 60, AuthorizationCode: 60, Interaction: 600, Session: 600, Grant: 600 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const account = state.accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ sub, email: account.email, email_verified: account.emailVerified ?? true }) };
    },
    // The test's own client is first-party: no consent screen.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  };

  const { server, issuer } = await listenInRange(configuration, (provider) =>
    provider.use(async (ctx, next) => {
      if (ctx.path.startsWith("/interaction/")) {
        const login = state.nextLogin;
        if (!login) throw new Error("the test named nobody to sign in");
        state.accounts.set(login.sub, login);
        await provider.interactionDetails(ctx.req, ctx.res);
        ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, { login: { accountId: login.sub, ...(login.amr ? { amr: login.amr } : {}) } }));
        return;
      }
      await next();
      if (ctx.path === "/token" && ctx.status === 200 && ctx.body && typeof ctx.body === "object" && "id_token" in ctx.body) {
        const body = ctx.body as { id_token: string };
        const issued = body.id_token;
        if (state.misbehaviour === "wrong_audience") body.id_token = resign(issued, { aud: "another-application" });
        if (state.misbehaviour === "replay_previous_id_token" && previousIdToken) body.id_token = previousIdToken;
        previousIdToken = issued;
      }
    }),
  );

  function resign(token: string, changes: Record<string, unknown>): string {
    const [header, payload] = token.split(".");
    const claims = { ...(JSON.parse(Buffer.from(payload!, "base64url").toString()) as object), ...changes };
    const signingInput = `${header}.${b64(claims)}`;
    return `${signingInput}.${sign("sha256", Buffer.from(signingInput), signingKey).toString("base64url")}`;
  }

  return {
    issuer,
    clientId,
    clientSecret,
    get accounts() {
      return state.accounts;
    },
    get nextLogin() {
      return state.nextLogin;
    },
    set nextLogin(account) {
      state.nextLogin = account;
    },
    get misbehaviour() {
      return state.misbehaviour;
    },
    set misbehaviour(value) {
      state.misbehaviour = value;
    },
    follow: (url, redirectPrefix) => followRedirects(url, redirectPrefix),
    close: () => new Promise((resolve) => server.http.close(() => resolve())),
  };
}

/** Takes the first free port in 4100–4199 on 127.0.0.1. */
async function listenInRange(
  configuration: Configuration,
  setUp: (provider: Provider) => void,
): Promise<{ server: { http: Server; provider: Provider }; issuer: string }> {
  for (let port = 4100 + Math.floor(Math.random() * 50); port < 4200; port += 1) {
    const issuer = `http://127.0.0.1:${port}`;
    const provider = new Provider(issuer, configuration);
    // Koa composes its middleware when it starts listening, so ours goes in first.
    setUp(provider);
    const http = await new Promise<Server | null>((resolve) => {
      const candidate = provider.listen(port, "127.0.0.1");
      candidate.once("listening", () => resolve(candidate));
      candidate.once("error", () => resolve(null));
    });
    if (http) return { server: { http, provider }, issuer };
  }
  throw new Error("no free port in 4100-4199");
}

/** A browser of its own: keeps the provider's cookies and follows redirects by hand. */
async function followRedirects(start: string, redirectPrefix: string): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = start;
  for (let hop = 0; hop < 10; hop += 1) {
    if (url.startsWith(redirectPrefix)) return new URL(url);
    const response = await fetch(url, { redirect: "manual", headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; ") } });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    const location = response.headers.get("location");
    if (!location) throw new Error(`the provider stopped at ${url}: ${response.status} ${await response.text()}`);
    url = new URL(location, url).href;
  }
  throw new Error("too many redirects");
}
