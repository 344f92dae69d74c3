/**
 * HTTP routes for the organisation's sign-in settings (administrators): the identity provider,
 * a test sign-in with it, and whether staff may still sign in with a password.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { noBodySchema } from "../../core/api/common.js";
import { passwordSignInBodySchema, signInSettingsSchema, ssoProviderBodySchema, ssoRedirectSchema } from "../../core/api/sso.js";
import { actorAllowedBy } from "../authz/authorize.js";
import { inTransaction, type Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { errorResponses } from "../http/route-schema.js";
import { setAttemptCookie } from "./attempt-cookie.js";
import { isPasswordSignInEnabled, removeProvider, setPasswordSignIn } from "./password-sign-in.js";
import { canManageSignIn } from "./policy.js";
import { presentSignInSettings } from "./presenter.js";
import { findProvider, redirectUrlOf } from "./queries.js";
import { saveProvider } from "./save-provider.js";
import { startSignIn } from "./start-sign-in.js";

export function signInSettingsRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["sign-in settings"];
  const { db, vault, config } = app.deps;
  const administrator = actorAllowedBy(canManageSignIn, "Only administrators keep the sign-in settings.");
  const response = { 200: signInSettingsSchema, ...errorResponses };

  async function present(reader: Db, actor: Actor) {
    const found = await findProvider(reader, actor.organisationId);
    const isEnabled = await isPasswordSignInEnabled(reader, actor.organisationId);
    return presentSignInSettings(found, { isPasswordSignInEnabled: isEnabled, redirectUrl: redirectUrlOf(config.publicUrl) });
  }
  const context = (requestId: string) => ({ vault, now: app.deps.now(), requestId });

  route.get("/api/sign-in-settings", { schema: { tags, summary: "The organisation's sign-in settings", response } }, async (request) =>
    present(db, administrator(request.actor)),
  );

  route.put(
    "/api/sign-in-settings/provider",
    { schema: { tags, summary: "Set up or change single sign-on with an OpenID Connect provider", body: ssoProviderBodySchema, response } },
    async (request) => {
      const actor = administrator(request.actor);
      return inTransaction(db, async (tx) => {
        await saveProvider(tx, actor, request.body, context(request.id));
        return present(tx, actor);
      });
    },
  );

  route.delete(
    "/api/sign-in-settings/provider",
    { schema: { tags, summary: "Remove single sign-on", body: noBodySchema, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const actor = administrator(request.actor);
      await inTransaction(db, (tx) => removeProvider(tx, actor, context(request.id)));
      return reply.status(204).send(null);
    },
  );

  route.put(
    "/api/sign-in-settings/password-sign-in",
    { schema: { tags, summary: "Allow or refuse signing in with a password", body: passwordSignInBodySchema, response } },
    async (request) => {
      const actor = administrator(request.actor);
      return inTransaction(db, async (tx) => {
        await setPasswordSignIn(tx, actor, request.body.isEnabled, context(request.id));
        return present(tx, actor);
      });
    },
  );

  route.post(
    "/api/sign-in-settings/test",
    { schema: { tags, summary: "Start a test sign-in with the provider as yourself", body: noBodySchema, response: { 200: ssoRedirectSchema, 503: errorResponses[400], ...errorResponses } } },
    async (request, reply) => {
      const actor = administrator(request.actor);
      const started = await startSignIn({ db, vault, publicUrl: config.publicUrl, now: app.deps.now() }, { purpose: "test", actor });
      setAttemptCookie(reply, started.browserToken, config.isSecureCookie);
      return { authorizationUrl: started.authorizationUrl };
    },
  );
}
