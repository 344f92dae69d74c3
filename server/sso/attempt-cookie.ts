/**
 * The cookie that ties a single sign-on to the browser that started it. SameSite=Lax, because the
 * provider sends the browser back with a top-level navigation from its own site, which a Strict
 * cookie would not survive; it is sent only to the redirect URI and lives as long as the attempt.
 */
import type { FastifyReply } from "fastify";
import { callbackPath } from "./queries.js";
import { attemptCookieName, attemptMinutes } from "./start-sign-in.js";

export function setAttemptCookie(reply: FastifyReply, browserToken: string, isSecure: boolean): void {
  void reply.setCookie(attemptCookieName, browserToken, {
    path: callbackPath,
    httpOnly: true,
    sameSite: "lax",
    secure: isSecure,
    maxAge: attemptMinutes * 60,
  });
}
