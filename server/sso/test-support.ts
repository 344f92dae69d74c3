/**
 * Setting up single sign-on in tests: an organisation whose administrator has saved the test
 * provider for a domain of its own, staff in that domain, and a sign-in driven through the real
 * provider and back into the app as a browser would.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { expect } from "vitest";
import type { TestApp } from "../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation, type TestUser } from "../../test/factories.js";
import { randomAddress, sessionCookieOf, signInAs, type Agent } from "../../test/http.js";
import type { Role } from "../../core/roles.js";
import { auditEvents, users } from "../db/schema.js";
import { redirectUrlOf } from "./queries.js";
import { attemptCookieName } from "./start-sign-in.js";
import type { TestAccount, TestProvider } from "./test-provider.js";

export interface SsoWorld {
  organisation: TestOrganisation;
  domain: string;
  admin: TestUser;
  adminAgent: Agent;
}

export async function ssoWorld(test: TestApp, idp: TestProvider, options: { isProviderMfaTrusted?: boolean } = {}): Promise<SsoWorld> {
  const { app, deps } = test;
  const organisation = await createOrganisation(deps.db);
  const domain = `sso-${randomUUID().slice(0, 8)}.test`;
  const admin = await staffMember(test, organisation, domain, { role: "administrator" });
  const adminAgent = await signInAs(app, admin, deps.now());
  const saved = await adminAgent.request("PUT", "/api/sign-in-settings/provider", {
    displayName: "Test Identity",
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    allowedDomains: [domain],
    isProviderMfaTrusted: options.isProviderMfaTrusted ?? false,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return { organisation, domain, admin, adminAgent };
}

/** A staff member whose email is in `domain`. */
export async function staffMember(
  test: TestApp,
  organisation: TestOrganisation,
  domain: string,
  options: { role?: Role; isEnrolled?: boolean; isActive?: boolean } = {},
): Promise<TestUser> {
  const user = await createUser(test.deps.db, test.deps.vault, organisation, { role: options.role ?? "caseworker", ...options });
  const email = `staff-${randomUUID().slice(0, 8)}@${domain}`;
  await test.deps.db.update(users).set({ email }).where(eq(users.id, user.id));
  return { ...user, email };
}

export const accountFor = (email: string, extra: Partial<TestAccount> = {}): TestAccount => ({ sub: randomUUID(), email, ...extra });

export interface ProviderReturn {
  callback: URL;
  attemptCookie: string;
  address: string;
}

/** Starts from the sign-in page with `email` and lets `account` sign in at the provider; answers where it sends the browser. */
export async function goToProvider(test: TestApp, idp: TestProvider, email: string, account: TestAccount): Promise<ProviderReturn> {
  const address = randomAddress();
  const start = await test.app.inject({ method: "POST", url: "/api/auth/oidc/start", payload: { email }, remoteAddress: address });
  expect(start.statusCode, start.body).toBe(200);
  const attemptCookie = start.cookies.find((cookie) => cookie.name === attemptCookieName)!.value;
  idp.nextLogin = account;
  const callback = await idp.follow(start.json<{ authorizationUrl: string }>().authorizationUrl, redirectUrlOf(test.deps.config.publicUrl));
  return { callback, attemptCookie, address };
}

/** The browser arriving back at the app's redirect URI. */
export function returnToApp(test: TestApp, back: ProviderReturn, callback: URL = back.callback) {
  return test.app.inject({
    method: "GET",
    url: `${callback.pathname}${callback.search}`,
    headers: { cookie: `${attemptCookieName}=${back.attemptCookie}` },
    remoteAddress: back.address,
  });
}

/** The session the returned browser now holds, as the app would read it. */
export async function sessionAfter(test: TestApp, response: { cookies: { name: string; value: string }[] }) {
  const cookie = sessionCookieOf(response as never);
  if (!cookie) return null;
  const session = await test.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie: `pathways_session=${cookie}` } });
  return { cookie, ...session.json<{ mfaState: string; csrfToken: string; user: { id: string } }>() };
}

export async function ssoEvents(test: TestApp, organisationId: string) {
  return test.deps.db
    .select({ action: auditEvents.action, actorUserId: auditEvents.actorUserId, details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, organisationId), inArray(auditEvents.action, ["auth.sso_accepted", "auth.sso_refused", "sso.provider_tested"])));
}
