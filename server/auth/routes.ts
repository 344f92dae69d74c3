/** HTTP routes for signing in and out, the second factor, invitations and one's own account. */
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  acceptInvitationBodySchema,
  changePasswordBodySchema,
  confirmEnrolmentBodySchema,
  enrolmentConfirmedSchema,
  enrolmentSchema,
  invitationSchema,
  invitationTokenParamsSchema,
  passwordResetRequestBodySchema,
  passwordResetRequestedSchema,
  passwordResetSchema,
  passwordResetTokenParamsSchema,
  completePasswordResetBodySchema,
  preferencesBodySchema,
  sessionSchema,
  signInBodySchema,
  verifySecondFactorBodySchema,
} from "../../core/api/auth.js";
import { noBodySchema } from "../../core/api/common.js";
import { requireActor } from "../authz/authorize.js";
import { loadActor } from "../http/authenticate.js";
import { AppError } from "../http/errors.js";
import { consumeRateLimit, rateLimits } from "../http/rate-limit.js";
import { errorResponses } from "../http/route-schema.js";
import { acceptInvitation, findInvitation } from "./accept-invitation.js";
import { changePassword, setLanguage } from "./account.js";
import { completePasswordReset, findPasswordReset, requestPasswordReset } from "./password-reset.js";
import { presentSession } from "./present-session.js";
import { confirmEnrolment, startEnrolment, verifySecondFactor } from "./second-factor.js";
import { endSession, sessionCookieName, type NewSession } from "./sessions.js";
import { signIn } from "./sign-in.js";

export function authRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["auth"];
  const { db, vault, config, commonPasswords } = app.deps;
  const partial = { access: "partial" as const };
  const publicAccess = { access: "public" as const };

  /** Sets the session cookie and answers with the session the new token opens. */
  async function respondWithSession(reply: FastifyReply, session: NewSession) {
    void reply.setCookie(sessionCookieName, session.token, {
      path: "/",
      httpOnly: true,
      sameSite: "strict",
      secure: config.isSecureCookie,
    });
    const actor = await loadActor(db, session.token, app.deps.now());
    if (!actor) throw new Error("new session could not be loaded");
    return presentSession(db, actor);
  }

  route.get(
    "/api/auth/session",
    { config: partial, schema: { tags, summary: "The current session", response: { 200: sessionSchema, ...errorResponses } } },
    async (request) => presentSession(db, requireActor(request.actor)),
  );

  route.post(
    "/api/auth/sign-in",
    { config: publicAccess, schema: { tags, summary: "Sign in with email and password", body: signInBodySchema, response: { 200: sessionSchema, 423: errorResponses[400], ...errorResponses } } },
    async (request, reply) => {
      await consumeRateLimit(db, rateLimits.signInPerIp, request.ip, app.deps.now());
      if (request.actor) await endSession(db, request.actor.session.tokenHash);
      const session = await signIn(db, { ...request.body, now: app.deps.now(), requestId: request.id });
      return respondWithSession(reply, session);
    },
  );

  route.post(
    "/api/auth/sign-out",
    { config: partial, schema: { tags, summary: "Sign out", body: noBodySchema, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await endSession(db, requireActor(request.actor).session.tokenHash);
      void reply.clearCookie(sessionCookieName, { path: "/" });
      return reply.status(204).send(null);
    },
  );

  route.post(
    "/api/auth/second-factor/verify",
    { config: partial, schema: { tags, summary: "Give the second factor", body: verifySecondFactorBodySchema, response: { 200: sessionSchema, 423: errorResponses[400], ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      if (actor.session.mfaState !== "pending") throw new AppError("conflict", "No code is needed now.");
      await consumeRateLimit(db, rateLimits.secondFactorPerUser, actor.userId, app.deps.now());
      const context = { db, vault, now: app.deps.now(), requestId: request.id };
      return respondWithSession(reply, await verifySecondFactor(context, actor, request.body));
    },
  );

  route.post(
    "/api/auth/second-factor/enrolment",
    { config: partial, schema: { tags, summary: "Start setting up an authenticator app", body: noBodySchema, response: { 200: enrolmentSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      if (actor.session.mfaState === "pending") throw new AppError("second_factor_required", "Please give your current code first.");
      return startEnrolment({ db, vault, now: app.deps.now(), requestId: request.id }, actor);
    },
  );

  route.post(
    "/api/auth/second-factor/enrolment/confirm",
    { config: partial, schema: { tags, summary: "Finish setting up an authenticator app", body: confirmEnrolmentBodySchema, response: { 200: enrolmentConfirmedSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      if (actor.session.mfaState === "pending") throw new AppError("second_factor_required", "Please give your current code first.");
      await consumeRateLimit(db, rateLimits.secondFactorPerUser, actor.userId, app.deps.now());
      const context = { db, vault, now: app.deps.now(), requestId: request.id };
      const { recoveryCodes, session } = await confirmEnrolment(context, actor, request.body.code);
      return { recoveryCodes, session: await respondWithSession(reply, session) };
    },
  );

  route.post(
    "/api/auth/password",
    { schema: { tags, summary: "Change your password", body: changePasswordBodySchema, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      await changePassword(db, actor, { ...request.body, commonPasswords, requestId: request.id });
      return reply.status(204).send(null);
    },
  );

  route.patch(
    "/api/auth/preferences",
    { config: partial, schema: { tags, summary: "Set your language", body: preferencesBodySchema, response: { 200: sessionSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      await setLanguage(db, actor, request.body.language);
      return presentSession(db, { ...actor, language: request.body.language });
    },
  );

  route.post(
    "/api/auth/password-reset-requests",
    { config: publicAccess, schema: { tags, summary: "Ask the organisation's administrators for a password reset link", body: passwordResetRequestBodySchema, response: { 202: passwordResetRequestedSchema, ...errorResponses } } },
    async (request, reply) => {
      await consumeRateLimit(db, rateLimits.passwordResetPerIp, request.ip, app.deps.now());
      await requestPasswordReset(db, request.body.email);
      return reply.status(202).send({ status: "received" as const });
    },
  );

  route.get(
    "/api/auth/password-resets/:token",
    { config: publicAccess, schema: { tags, summary: "Look up a password reset link", params: passwordResetTokenParamsSchema, response: { 200: passwordResetSchema, 410: errorResponses[400], ...errorResponses } } },
    async (request) => {
      await consumeRateLimit(db, rateLimits.invitationPerIp, request.ip, app.deps.now());
      const { user, organisation, link } = await findPasswordReset(db, request.params.token, app.deps.now());
      return { displayName: user.displayName, organisationName: organisation.name, expiresAt: link.expiresAt.toISOString() };
    },
  );

  route.post(
    "/api/auth/password-resets/:token",
    { config: publicAccess, schema: { tags, summary: "Set a new password with a reset link", params: passwordResetTokenParamsSchema, body: completePasswordResetBodySchema, response: { 204: z.null(), 410: errorResponses[400], ...errorResponses } } },
    async (request, reply) => {
      await consumeRateLimit(db, rateLimits.invitationPerIp, request.ip, app.deps.now());
      await completePasswordReset(db, { token: request.params.token, password: request.body.password, commonPasswords, now: app.deps.now(), requestId: request.id });
      return reply.status(204).send(null);
    },
  );

  route.get(
    "/api/auth/invitations/:token",
    { config: publicAccess, schema: { tags, summary: "Look up an invitation", params: invitationTokenParamsSchema, response: { 200: invitationSchema, 410: errorResponses[400], ...errorResponses } } },
    async (request) => {
      await consumeRateLimit(db, rateLimits.invitationPerIp, request.ip, app.deps.now());
      const { user, organisation } = await findInvitation(db, request.params.token, app.deps.now());
      return { email: user.email, displayName: user.displayName, organisationName: organisation.name };
    },
  );

  route.post(
    "/api/auth/invitations/:token/accept",
    { config: publicAccess, schema: { tags, summary: "Accept an invitation and set a password", params: invitationTokenParamsSchema, body: acceptInvitationBodySchema, response: { 200: sessionSchema, 410: errorResponses[400], ...errorResponses } } },
    async (request, reply) => {
      await consumeRateLimit(db, rateLimits.invitationPerIp, request.ip, app.deps.now());
      const input = { token: request.params.token, password: request.body.password, commonPasswords, now: app.deps.now(), requestId: request.id };
      return respondWithSession(reply, await acceptInvitation(db, input));
    },
  );
}
