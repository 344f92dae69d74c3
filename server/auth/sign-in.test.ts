import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { agentFor, randomAddress, sessionCookieOf, signInAs } from "../../test/http.js";
import { users } from "../db/schema.js";
import { matchTotp, stepAt, totpCode } from "./totp.js";

/** A code that is certainly wrong right now (any fixed code is right once in a million steps). */
const wrongCode = (secret: string, now: Date): string =>
  ["000000", "111111", "222222", "333333"].find((code) => matchTotp(secret, code, now, null) === null)!;

async function setting() {
  const { app, deps, clock } = await testApp();
  const organisation = await createOrganisation(deps.db);
  return { app, deps, clock, organisation };
}

describe("auth.sign-in", () => {
  it("asks for the second factor after a right password, and only then opens the app", async () => {
    const { app, deps, organisation } = await setting();
    const user = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    const response = await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: user.email, password: user.password } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ mfaState: "pending" });
    const cookie = response.cookies.find((c) => c.name === "pathways_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });

    const partial = agentFor(app, cookie!.value, response.json().csrfToken);
    expect((await partial.request("GET", "/api/sites")).statusCode).toBe(401);

    const verified = await partial.request("POST", "/api/auth/second-factor/verify", { code: totpCode(user.totpSecret!, stepAt(deps.now())) });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ mfaState: "complete" });
    // The token changes when the second factor is given, so the half-signed-in token is now dead.
    expect(sessionCookieOf(verified)).not.toBe(cookie!.value);
    expect((await partial.request("GET", "/api/auth/session")).statusCode).toBe(401);
    const full = agentFor(app, sessionCookieOf(verified)!, verified.json().csrfToken);
    expect((await full.request("GET", "/api/sites")).statusCode).toBe(200);
  });

  it("issues a new session id at sign-in, whatever session cookie the browser already holds", async () => {
    const { app, deps, organisation } = await setting();
    const planter = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker", isEnrolled: false });
    const victim = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    // A session id someone else obtained (their own, or a made-up one) and planted in the browser.
    const plantedSignIn = await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: planter.email, password: planter.password }, remoteAddress: randomAddress() });
    const planted = sessionCookieOf(plantedSignIn)!;
    // With a live session, a request must carry its CSRF token, as the page that loaded it would.
    const tokens: Record<string, string> = { [planted]: plantedSignIn.json().csrfToken };
    for (const cookie of [planted, "made-up-session-id-0123456789"]) {
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        payload: { email: victim.email, password: victim.password },
        headers: { cookie: `pathways_session=${cookie}`, ...(tokens[cookie] ? { "x-csrf-token": tokens[cookie] } : {}) },
        remoteAddress: randomAddress(),
      });
      expect(response.statusCode).toBe(200);
      const issued = sessionCookieOf(response);
      expect(issued).toBeDefined();
      expect(issued).not.toBe(cookie);
    }
    // Signing in ended the session the browser held, so the planted id opens nothing.
    const plantedAfter = await app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie: `pathways_session=${planted}` } });
    expect(plantedAfter.statusCode).toBe(401);
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const { app, deps, organisation } = await setting();
    const user = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    const unknown = await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: `nobody-${user.id}@example.org`, password: "whatever it is" } });
    const wrong = await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: user.email, password: "not the password" } });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it("answers an unknown email exactly as an account, wrong try after wrong try, lock included", async () => {
    const { app, deps, organisation } = await setting();
    const user = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    const tries = async (email: string) => {
      const answers = [];
      for (let i = 0; i < 7; i += 1) {
        const response = await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email, password: `wrong ${i} attempt` }, remoteAddress: randomAddress() });
        answers.push({ status: response.statusCode, body: response.json() });
      }
      return answers;
    };
    const forAccount = await tries(user.email);
    expect(forAccount.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401, 423, 423]);
    expect(await tries(`nobody-${user.email}`)).toEqual(forAccount);
  });

  it("takes as long to refuse an unknown email as a wrong password, locked or not", async () => {
    const { app, deps, organisation } = await setting();
    const user = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    const lockedUser = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    await deps.db.update(users).set({ lockedUntil: new Date(deps.now().getTime() + 3_600_000) }).where(eq(users.id, lockedUser.id));
    const timed = async (email: string) => {
      const started = performance.now();
      await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email, password: "not the password" }, remoteAddress: randomAddress() });
      return performance.now() - started;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const samples = { unknown: [] as number[], wrong: [] as number[], locked: [] as number[] };
    // Interleaved, so a busy machine slows all three alike. The account's wrong-password count is
    // reset each round so it never locks. Every answer costs a password hash (tens of
    // milliseconds); an answer that skipped it would take a small fraction of that.
    for (let round = 0; round < 9; round += 1) {
      await deps.db.update(users).set({ failedSignIns: 0 }).where(eq(users.id, user.id));
      samples.unknown.push(await timed(`unknown-${round}@example.org`));
      samples.wrong.push(await timed(user.email));
      samples.locked.push(await timed(lockedUser.email));
    }
    const reference = median(samples.wrong);
    for (const [path, values] of Object.entries(samples)) {
      const ratio = median(values) / reference;
      expect(ratio, `${path}: ${median(values).toFixed(1)} ms against ${reference.toFixed(1)} ms`).toBeGreaterThan(0.4);
      expect(ratio, `${path}: ${median(values).toFixed(1)} ms against ${reference.toFixed(1)} ms`).toBeLessThan(2.5);
    }
  });

  it("locks the account after five wrong passwords, even for the right one", async () => {
    const { app, deps, organisation } = await setting();
    const user = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    for (let i = 0; i < 5; i += 1) {
      await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: user.email, password: `wrong ${i} attempt` } });
    }
    const locked = await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: user.email, password: user.password } });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe("account_locked");
  });

  it("locks the account after five wrong second-factor codes", async () => {
    const { app, deps, organisation } = await setting();
    const user = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    const response = await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: user.email, password: user.password } });
    const agent = agentFor(app, sessionCookieOf(response)!, response.json().csrfToken);
    for (let i = 0; i < 5; i += 1) {
      expect((await agent.request("POST", "/api/auth/second-factor/verify", { code: wrongCode(user.totpSecret!, deps.now()) })).statusCode).toBe(401);
    }
    const right = await agent.request("POST", "/api/auth/second-factor/verify", { code: totpCode(user.totpSecret!, stepAt(deps.now())) });
    expect(right.statusCode).toBe(423);
  });

  it("makes a role that sees client data enrol a second factor before anything else", async () => {
    const { app, deps, organisation } = await setting();
    const user = await createUser(deps.db, deps.vault, organisation, { role: "mentor", isEnrolled: false });
    const response = await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: user.email, password: user.password } });
    expect(response.json()).toMatchObject({ mfaState: "enrolment_required" });
    const agent = agentFor(app, sessionCookieOf(response)!, response.json().csrfToken);
    expect((await agent.request("GET", "/api/sites")).statusCode).toBe(401);

    const enrolment = await agent.request("POST", "/api/auth/second-factor/enrolment");
    expect(enrolment.statusCode).toBe(200);
    const { secret, qrSvg, otpauthUri } = enrolment.json();
    expect(qrSvg).toContain("<svg");
    expect(otpauthUri).toContain(`secret=${secret}`);

    const refused = await agent.request("POST", "/api/auth/second-factor/enrolment/confirm", { code: wrongCode(secret, deps.now()) });
    expect(refused.statusCode).toBe(401);
    const confirmed = await agent.request("POST", "/api/auth/second-factor/enrolment/confirm", { code: totpCode(secret, stepAt(deps.now())) });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().recoveryCodes).toHaveLength(10);
    expect(confirmed.json().session.mfaState).toBe("complete");
    const [stored] = await deps.db.select().from(users).where(eq(users.id, user.id));
    // The secret is stored encrypted, never as the base32 text.
    expect(Buffer.from(stored!.totpSecret!).toString("latin1")).not.toContain(secret);
  });

  it("lets an outreach worker, who sees no client data, in without a second factor", async () => {
    const { app, deps, organisation } = await setting();
    const user = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker", isEnrolled: false });
    const response = await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: user.email, password: user.password } });
    expect(response.json()).toMatchObject({ mfaState: "complete" });
  });

  it("accepts a recovery code once", async () => {
    const { app, deps, organisation } = await setting();
    const user = await createUser(deps.db, deps.vault, organisation, { role: "mentor", isEnrolled: false });
    const first = await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: user.email, password: user.password } });
    const agent = agentFor(app, sessionCookieOf(first)!, first.json().csrfToken);
    const { secret } = (await agent.request("POST", "/api/auth/second-factor/enrolment")).json();
    const { recoveryCodes } = (await agent.request("POST", "/api/auth/second-factor/enrolment/confirm", { code: totpCode(secret, stepAt(deps.now())) })).json();

    const useRecovery = async () => {
      const signIn = await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: user.email, password: user.password } });
      return agentFor(app, sessionCookieOf(signIn)!, signIn.json().csrfToken).request("POST", "/api/auth/second-factor/verify", { recoveryCode: recoveryCodes[0] });
    };
    expect((await useRecovery()).statusCode).toBe(200);
    expect((await useRecovery()).statusCode).toBe(401);
  });

  it("ends a session that has been idle past the organisation's limit", async () => {
    const { app, deps, clock, organisation } = await setting();
    const user = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    const agent = await signInAs(app, user, deps.now());
    expect((await agent.request("GET", "/api/auth/session")).statusCode).toBe(200);
    clock.advanceMinutes(31);
    expect((await agent.request("GET", "/api/auth/session")).statusCode).toBe(401);
  });

  it("signs out, after which the old cookie opens nothing", async () => {
    const { app, deps, organisation } = await setting();
    const user = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    const agent = await signInAs(app, user, deps.now());
    expect((await agent.request("POST", "/api/auth/sign-out")).statusCode).toBe(204);
    expect((await agent.request("GET", "/api/auth/session")).statusCode).toBe(401);
  });

  it("refuses a state-changing request without the session's CSRF token", async () => {
    const { app, deps, organisation } = await setting();
    const user = await createUser(deps.db, deps.vault, organisation, { role: "administrator" });
    const agent = await signInAs(app, user, deps.now());
    const forged = await app.inject({
      method: "POST",
      url: "/api/sites",
      headers: { cookie: `pathways_session=${agent.cookie}` },
      payload: { name: "Forged" },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe("csrf_failed");
  });
});
