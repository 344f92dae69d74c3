/**
 * Single sign-on through a real OpenID Connect provider on 127.0.0.1: the whole HTTP flow, and each
 * way it must be refused.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test/app.js";
import { testDatabase } from "../../test/db.js";
import { agentFor, randomAddress } from "../../test/http.js";
import { stepAt, totpCode } from "../auth/totp.js";
import { ssoIdentities, users } from "../db/schema.js";
import { redirectUrlOf } from "./queries.js";
import { startTestProvider, type TestProvider } from "./test-provider.js";
import { accountFor, goToProvider, returnToApp, sessionAfter, ssoEvents, ssoWorld, staffMember } from "./test-support.js";

let test: TestApp;
let idp: TestProvider;

beforeAll(async () => {
  // An app of this file's own, whose clock no other file has moved: the provider keeps real time.
  test = await buildTestApp((await testDatabase()).db);
  idp = await startTestProvider([redirectUrlOf(test.deps.config.publicUrl)]);
});
afterAll(async () => {
  await idp.close();
  await test.app.close();
});

const refusedWith = (response: { statusCode: number; headers: Record<string, unknown> }, refusal: string) => {
  expect(response.statusCode).toBe(302);
  expect(response.headers.location).toBe(`/sign-in?sso=${refusal}`);
};

describe("sso.sign-in", () => {
  it("signs an invited caseworker in, binds the provider's subject, and still asks for the app's code", async () => {
    const world = await ssoWorld(test, idp);
    const caseworker = await staffMember(test, world.organisation, world.domain);
    const account = accountFor(caseworker.email);
    const back = await goToProvider(test, idp, caseworker.email, account);
    expect(back.callback.searchParams.get("code")).toBeTruthy();

    const response = await returnToApp(test, back);
    expect(response.statusCode, response.body).toBe(302);
    expect(response.headers.location).toBe("/sign-in");
    const session = await sessionAfter(test, response);
    expect(session).toMatchObject({ mfaState: "pending", user: { id: caseworker.id } });

    const verified = await agentFor(test.app, session!.cookie, session!.csrfToken).request("POST", "/api/auth/second-factor/verify", {
      code: totpCode(caseworker.totpSecret!, stepAt(test.deps.now())),
    });
    expect(verified.json()).toMatchObject({ mfaState: "complete" });

    const [bound] = await test.deps.db.select().from(ssoIdentities).where(eq(ssoIdentities.userId, caseworker.id));
    expect(bound).toMatchObject({ issuer: idp.issuer, subject: account.sub });
    expect(await ssoEvents(test, world.organisation.id)).toContainEqual(
      expect.objectContaining({ action: "auth.sso_accepted", actorUserId: caseworker.id, details: expect.objectContaining({ next: "pending", isNewlyBound: true }) }),
    );

    // Later sign-ins match by issuer and subject: the provider's email may even have changed.
    const again = await returnToApp(test, await goToProvider(test, idp, caseworker.email, { ...account, email: `renamed@${world.domain}` }));
    expect((await sessionAfter(test, again))?.user.id).toBe(caseworker.id);
  });

  it("counts the provider's MFA as the second factor only where the organisation trusts it", async () => {
    const trusting = await ssoWorld(test, idp, { isProviderMfaTrusted: true });
    const member = await staffMember(test, trusting.organisation, trusting.domain);
    const withMfa = await returnToApp(test, await goToProvider(test, idp, member.email, accountFor(member.email, { amr: ["pwd", "mfa"] })));
    expect((await sessionAfter(test, withMfa))?.mfaState).toBe("complete");

    const other = await staffMember(test, trusting.organisation, trusting.domain);
    const passwordOnly = await returnToApp(test, await goToProvider(test, idp, other.email, accountFor(other.email, { amr: ["pwd"] })));
    expect((await sessionAfter(test, passwordOnly))?.mfaState).toBe("pending");

    const wary = await ssoWorld(test, idp, { isProviderMfaTrusted: false });
    const unenrolled = await staffMember(test, wary.organisation, wary.domain, { isEnrolled: false });
    const notTrusted = await returnToApp(test, await goToProvider(test, idp, unenrolled.email, accountFor(unenrolled.email, { amr: ["mfa"] })));
    expect((await sessionAfter(test, notTrusted))?.mfaState).toBe("enrolment_required");
  });

  it("refuses an ID token signed for another application", async () => {
    const world = await ssoWorld(test, idp);
    const member = await staffMember(test, world.organisation, world.domain);
    idp.misbehaviour = "wrong_audience";
    try {
      const response = await returnToApp(test, await goToProvider(test, idp, member.email, accountFor(member.email)));
      refusedWith(response, "token_rejected");
      expect(await sessionAfter(test, response)).toBeNull();
    } finally {
      idp.misbehaviour = "none";
    }
    const [event] = await ssoEvents(test, world.organisation.id);
    expect(event).toMatchObject({ action: "auth.sso_refused", details: { reason: "token_rejected", check: expect.stringContaining("aud") } });
  });

  it("refuses an expired ID token", async () => {
    const world = await ssoWorld(test, idp);
    const member = await staffMember(test, world.organisation, world.domain);
    const back = await goToProvider(test, idp, member.email, accountFor(member.email));
    // The provider's tokens live 60 seconds; three minutes later (the attempt itself lives ten) it is stale.
    test.clock.advanceMinutes(3);
    try {
      refusedWith(await returnToApp(test, back), "token_rejected");
    } finally {
      // The provider keeps real time: the app's clock goes back to it for the tests that follow.
      test.clock.advanceMinutes(-3);
    }
    expect((await ssoEvents(test, world.organisation.id))[0]).toMatchObject({ details: { reason: "token_rejected", check: expect.stringContaining("exp") } });
  });

  it("refuses an ID token replayed from an earlier sign-in (its nonce was another attempt's)", async () => {
    const world = await ssoWorld(test, idp);
    const member = await staffMember(test, world.organisation, world.domain);
    const account = accountFor(member.email);
    expect((await returnToApp(test, await goToProvider(test, idp, member.email, account))).headers.location).toBe("/sign-in");
    idp.misbehaviour = "replay_previous_id_token";
    try {
      const response = await returnToApp(test, await goToProvider(test, idp, member.email, account));
      refusedWith(response, "token_rejected");
    } finally {
      idp.misbehaviour = "none";
    }
    const refused = (await ssoEvents(test, world.organisation.id)).find((event) => event.action === "auth.sso_refused");
    expect(refused?.details).toMatchObject({ reason: "token_rejected", check: expect.stringContaining("nonce") });
  });

  it("uses each attempt once: the same return a second time is refused as expired", async () => {
    const world = await ssoWorld(test, idp);
    const member = await staffMember(test, world.organisation, world.domain);
    const back = await goToProvider(test, idp, member.email, accountFor(member.email));
    expect((await returnToApp(test, back)).headers.location).toBe("/sign-in");
    const replayed = await returnToApp(test, back);
    refusedWith(replayed, "expired");
    expect(await sessionAfter(test, replayed)).toBeNull();
  });

  it("refuses a return whose state is not the one this browser was given", async () => {
    const world = await ssoWorld(test, idp);
    const member = await staffMember(test, world.organisation, world.domain);
    const back = await goToProvider(test, idp, member.email, accountFor(member.email));
    const forged = new URL(back.callback);
    forged.searchParams.set("state", "someone-elses-state");
    refusedWith(await returnToApp(test, back, forged), "state_mismatch");
    // The attempt is spent by the mismatch: the genuine return cannot be used after it either.
    refusedWith(await returnToApp(test, back), "expired");
    expect(await ssoEvents(test, world.organisation.id)).toEqual([expect.objectContaining({ details: expect.objectContaining({ reason: "state_mismatch" }) })]);
  });

  it("refuses a return in a browser that did not start the sign-in", async () => {
    const world = await ssoWorld(test, idp);
    const member = await staffMember(test, world.organisation, world.domain);
    const back = await goToProvider(test, idp, member.email, accountFor(member.email));
    const elsewhere = await test.app.inject({ method: "GET", url: `${back.callback.pathname}${back.callback.search}`, remoteAddress: randomAddress() });
    refusedWith(elsewhere, "expired");
  });

  it("refuses an address outside the allowed domains, one without an account, an unverified one, and a deactivated account", async () => {
    const world = await ssoWorld(test, idp);
    const member = await staffMember(test, world.organisation, world.domain);
    const outsider = await returnToApp(test, await goToProvider(test, idp, member.email, accountFor("someone@elsewhere.test")));
    refusedWith(outsider, "domain_not_allowed");
    const uninvited = await returnToApp(test, await goToProvider(test, idp, member.email, accountFor(`new-starter@${world.domain}`)));
    refusedWith(uninvited, "no_such_user");
    const unverified = await returnToApp(test, await goToProvider(test, idp, member.email, accountFor(member.email, { emailVerified: false })));
    refusedWith(unverified, "email_unverified");

    const leaver = await staffMember(test, world.organisation, world.domain, { isActive: false });
    refusedWith(await returnToApp(test, await goToProvider(test, idp, leaver.email, accountFor(leaver.email))), "deactivated");

    const reasons = (await ssoEvents(test, world.organisation.id)).map((event) => event.details.reason);
    expect(reasons.sort()).toEqual(["deactivated", "domain_not_allowed", "email_unverified", "no_such_user"]);
    const [created] = await test.deps.db.select({ n: users.id }).from(users).where(eq(users.email, `new-starter@${world.domain}`));
    expect(created).toBeUndefined();
  });

  it("tells the sign-in page which provider serves an email's domain, and nothing for other domains", async () => {
    const world = await ssoWorld(test, idp);
    const lookup = (email: string) => test.app.inject({ method: "POST", url: "/api/auth/oidc/lookup", payload: { email }, remoteAddress: randomAddress() });
    expect((await lookup(`anyone@${world.domain}`)).json()).toEqual({ provider: { displayName: "Test Identity", isPasswordSignInEnabled: true } });
    expect((await lookup("anyone@unknown-domain.test")).json()).toEqual({ provider: null });
    const start = await test.app.inject({ method: "POST", url: "/api/auth/oidc/start", payload: { email: "anyone@unknown-domain.test" }, remoteAddress: randomAddress() });
    expect(start.statusCode).toBe(404);
    expect((await lookup("not-an-email")).statusCode).toBe(400);
  });
});
