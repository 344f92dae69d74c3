/**
 * Talking to the in-process app as a browser would: sign in (password, then TOTP), keep the cookie,
 * and send the CSRF token on state-changing requests.
 */
import { expect } from "vitest";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { stepAt, totpCode } from "../server/auth/totp.js";
import type { TestUser } from "./factories.js";

export interface Agent {
  cookie: string;
  csrfToken: string;
  request(method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export const sessionCookieOf = (response: LightMyRequestResponse): string | undefined =>
  response.cookies.find((c) => c.name === "pathways_session")?.value;

export function agentFor(app: FastifyInstance, cookie: string, csrfToken: string): Agent {
  // Each agent is one person at one address, so per-address limits are not shared across tests.
  const remoteAddress = randomAddress();
  return {
    cookie,
    csrfToken,
    request: (method, url, body) =>
      app.inject({
        method: method as "GET",
        url,
        remoteAddress,
        headers: {
          cookie: `pathways_session=${cookie}`,
          ...(method === "GET" ? {} : { "x-csrf-token": csrfToken }),
        },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}

/** Signs in fully, giving the TOTP code when the user has one. */
export async function signInAs(app: FastifyInstance, user: TestUser, now: Date): Promise<Agent> {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    payload: { email: user.email, password: user.password },
    // Each simulated person signs in from their own address, as they would in real use, so the
    // per-address sign-in limit is not shared by every test in the run.
    remoteAddress: randomAddress(),
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  let cookie = sessionCookieOf(response)!;
  let session = response.json<{ csrfToken: string; mfaState: string }>();
  if (session.mfaState === "pending" && user.totpSecret) {
    const verify = await agentFor(app, cookie, session.csrfToken).request("POST", "/api/auth/second-factor/verify", {
      code: totpCode(user.totpSecret, stepAt(now)),
    });
    if (verify.statusCode !== 200) throw new Error(`second factor failed: ${verify.statusCode} ${verify.body}`);
    cookie = sessionCookieOf(verify)!;
    session = verify.json();
  }
  return agentFor(app, cookie, session.csrfToken);
}

export const randomAddress = (): string =>
  `127.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

/** A refusal in the one error shape: a 4xx with a code and a message, and no internals leaked. */
export function expectCleanRefusal(response: { statusCode: number; body: string }): void {
  expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, response.body).toBeLessThan(500);
  const body = JSON.parse(response.body) as { error: { code: string; message: string } };
  expect(typeof body.error.code).toBe("string");
  expect(typeof body.error.message).toBe("string");
  expect(response.body).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|stack|Drizzle|syntax error at/i);
}
