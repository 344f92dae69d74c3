/**
 * HTTP routes of single sign-on on the sign-in page: which provider serves an email address, the
 * start of a sign-in, and the provider's return to the redirect URI, which answers with a redirect
 * into the app (signed in, or to the sign-in page with the reason for a refusal).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ssoCallbackQuerySchema, ssoLookupBodySchema, ssoLookupSchema, ssoRedirectSchema, ssoStartBodySchema } from "../../core/api/sso.js";
import { emailDomain } from "../../core/sso/rules.js";
import { endSession, sessionCookieName } from "../auth/sessions.js";
import { consumeRateLimit, rateLimits } from "../http/rate-limit.js";
import { errorResponses } from "../http/route-schema.js";
import { setAttemptCookie } from "./attempt-cookie.js";
import { finishSignIn } from "./finish-sign-in.js";
import { callbackPath, unsafeFindProviderForDomain } from "./queries.js";
import { attemptCookieName, startSignIn } from "./start-sign-in.js";

export function ssoRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["auth"];
  const { db, vault, config } = app.deps;
  const publicAccess = { access: "public" as const };

  route.post(
    "/api/auth/oidc/lookup",
    { config: publicAccess, schema: { tags, summary: "Which single sign-on serves an email address (by its domain alone)", body: ssoLookupBodySchema, response: { 200: ssoLookupSchema, ...errorResponses } } },
    async (request) => {
      await consumeRateLimit(db, rateLimits.signInPerIp, request.ip, app.deps.now());
      const domain = emailDomain(request.body.email);
      const found = domain ? await unsafeFindProviderForDomain(db, domain) : null;
      return { provider: found && { displayName: found.provider.displayName, isPasswordSignInEnabled: found.isPasswordSignInEnabled } };
    },
  );

  route.post(
    "/api/auth/oidc/start",
    { config: publicAccess, schema: { tags, summary: "Start signing in with the organisation's identity provider", body: ssoStartBodySchema, response: { 200: ssoRedirectSchema, 503: errorResponses[400], ...errorResponses } } },
    async (request, reply) => {
      await consumeRateLimit(db, rateLimits.signInPerIp, request.ip, app.deps.now());
      const started = await startSignIn({ db, vault, publicUrl: config.publicUrl, now: app.deps.now() }, { purpose: "sign_in", email: request.body.email });
      setAttemptCookie(reply, started.browserToken, config.isSecureCookie);
      return { authorizationUrl: started.authorizationUrl };
    },
  );

  route.get(
    callbackPath,
    { config: publicAccess, schema: { tags, summary: "The identity provider's return (the redirect URI)", querystring: ssoCallbackQuerySchema, response: { 302: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await consumeRateLimit(db, rateLimits.signInPerIp, request.ip, app.deps.now());
      const query = Object.fromEntries(Object.entries(request.query).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
      const context = { db, vault, publicUrl: config.publicUrl, now: app.deps.now(), requestId: request.id };
      const finished = await finishSignIn(context, query, request.cookies[attemptCookieName]);
      void reply.clearCookie(attemptCookieName, { path: callbackPath });
      if (finished.outcome === "refused") {
        const page = finished.purpose === "test" ? "/sign-in-settings?test=" : "/sign-in?sso=";
        return reply.redirect(`${page}${finished.refusal}`, 302);
      }
      if (finished.outcome === "tested") return reply.redirect("/sign-in-settings?test=passed", 302);
      if (request.actor) await endSession(db, request.actor.session.tokenHash);
      void reply.setCookie(sessionCookieName, finished.session.token, { path: "/", httpOnly: true, sameSite: "strict", secure: config.isSecureCookie });
      // The app reads the new session and takes the person to their second factor if one is due.
      return reply.redirect("/sign-in", 302);
    },
  );
}
