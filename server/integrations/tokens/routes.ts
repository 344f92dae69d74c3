/**
 * HTTP routes for API tokens: a person's own personal tokens (account page), and service accounts
 * with their tokens (administration). A token's secret is in the creating answer only.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  apiTokenListSchema,
  apiTokenSchema,
  createdTokenSchema,
  createPersonalTokenBodySchema,
  createServiceAccountBodySchema,
  createServiceTokenBodySchema,
  serviceAccountListSchema,
  serviceAccountSchema,
  tokenParamsSchema,
} from "../../../core/api/integrations.js";
import { noBodySchema } from "../../../core/api/common.js";
import { actorAllowedBy, authorize, requireActor } from "../../authz/authorize.js";
import { inTransaction } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { errorResponses } from "../../http/route-schema.js";
import { issueToken } from "./issue-token.js";
import { canCreatePersonalToken, canManageIntegrations, canRevokeToken } from "./policy.js";
import { presentToken } from "./presenter.js";
import { findTokenFor, listPersonalTokens, listServiceTokens } from "./queries.js";
import { revokeToken } from "./revoke-token.js";
import { createServiceAccount, findServiceAccountFor, listServiceAccounts } from "./service-accounts.js";

const administrator = actorAllowedBy(canManageIntegrations, "Only administrators manage integrations.");

export function tokenRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["integrations"];
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });
  const revoke = async (actor: Actor, tokenId: string, kind: "personal" | "service", requestId: string) => {
    const revoked = await inTransaction(app.deps.db, async (tx) => {
      const found = await findTokenFor(tx, actor, tokenId, kind);
      authorize(found.token.revokedAt !== null || canRevokeToken(actor, found.token));
      return { ...found, token: await revokeToken(tx, actor, found.token, context(requestId)) };
    });
    return presentToken(revoked, actor, app.deps.now());
  };

  route.get("/api/integrations/tokens", { schema: { tags, summary: "Your personal API tokens", response: { 200: apiTokenListSchema, ...errorResponses } } }, async (request) => {
    const actor = requireActor(request.actor);
    const rows = await listPersonalTokens(app.deps.db, actor);
    return { items: rows.map((row) => presentToken(row, actor, app.deps.now())) };
  });

  route.post(
    "/api/integrations/tokens",
    { schema: { tags, summary: "Make a personal API token (its secret is shown once)", body: createPersonalTokenBodySchema, response: { 201: createdTokenSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      authorize(canCreatePersonalToken(actor), "Finish signing in with your second factor first.");
      const { row, secret } = await inTransaction(app.deps.db, (tx) =>
        issueToken(tx, actor, { ...request.body, organisationId: actor.organisationId, userId: actor.userId, kind: "personal" }, context(request.id)),
      );
      return reply.status(201).send({ token: presentToken({ token: row, ownerName: actor.displayName }, actor, app.deps.now()), secret });
    },
  );

  route.post(
    "/api/integrations/tokens/:tokenId/revoke",
    { schema: { tags, summary: "Revoke one of your personal API tokens", params: tokenParamsSchema, body: noBodySchema, response: { 200: apiTokenSchema, ...errorResponses } } },
    async (request) => revoke(requireActor(request.actor), request.params.tokenId, "personal", request.id),
  );

  route.get("/api/integrations/service-accounts", { schema: { tags, summary: "The organisation's service accounts", response: { 200: serviceAccountListSchema, ...errorResponses } } }, async (request) => {
    const actor = administrator(request.actor);
    return { items: await listServiceAccounts(app.deps.db, actor) };
  });

  route.post(
    "/api/integrations/service-accounts",
    { schema: { tags, summary: "Set up a service account for an integration, with its roles", body: createServiceAccountBodySchema, response: { 201: serviceAccountSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = administrator(request.actor);
      const account = await inTransaction(app.deps.db, (tx) => createServiceAccount(tx, actor, request.body, context(request.id)));
      return reply.status(201).send(account);
    },
  );

  route.get("/api/integrations/service-tokens", { schema: { tags, summary: "The organisation's service tokens", response: { 200: apiTokenListSchema, ...errorResponses } } }, async (request) => {
    const actor = administrator(request.actor);
    const rows = await listServiceTokens(app.deps.db, actor);
    return { items: rows.map((row) => presentToken(row, actor, app.deps.now())) };
  });

  route.post(
    "/api/integrations/service-tokens",
    { schema: { tags, summary: "Make a token for a service account (its secret is shown once)", body: createServiceTokenBodySchema, response: { 201: createdTokenSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = administrator(request.actor);
      const { serviceAccountId, ...body } = request.body;
      const { row, secret, name } = await inTransaction(app.deps.db, async (tx) => {
        const account = await findServiceAccountFor(tx, actor, serviceAccountId);
        const made = await issueToken(tx, actor, { ...body, organisationId: actor.organisationId, userId: account.id, kind: "service" }, context(request.id));
        return { ...made, name: account.name };
      });
      return reply.status(201).send({ token: presentToken({ token: row, ownerName: name }, actor, app.deps.now()), secret });
    },
  );

  route.post(
    "/api/integrations/service-tokens/:tokenId/revoke",
    { schema: { tags, summary: "Revoke a service token", params: tokenParamsSchema, body: noBodySchema, response: { 200: apiTokenSchema, ...errorResponses } } },
    async (request) => revoke(administrator(request.actor), request.params.tokenId, "service", request.id),
  );
}
