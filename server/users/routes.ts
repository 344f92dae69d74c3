/** HTTP routes for administering staff accounts: thin handlers over the user use cases. */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  createUserBodySchema,
  invitationIssuedSchema,
  passwordResetIssuedSchema,
  setRolesBodySchema,
  userListQuerySchema,
  userListSchema,
  userParamsSchema,
  userSchema,
} from "../../core/api/admin.js";
import { noBodySchema } from "../../core/api/common.js";
import { authorize, requireActor } from "../authz/authorize.js";
import { inTransaction, type Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { errorResponses } from "../http/route-schema.js";
import { deactivateUser, reactivateUser, resetSecondFactor } from "./change-user-status.js";
import { inviteUser } from "./invite-user.js";
import { issuePasswordReset, reissueInvitation } from "./issue-invitation.js";
import {
  canCreateUser,
  canDeactivateUser,
  canEditUser,
  canListUsers,
  canReactivateUser,
  canIssuePasswordReset,
  canReissueInvitation,
  canResetSecondFactor,
} from "./policy.js";
import { presentUser } from "./presenter.js";
import { findUserFor, grantsOf, listUsersFor, type UserRow } from "./queries.js";
import { setUserRoles } from "./set-user-roles.js";

async function presentOne(db: Db, actor: Actor, userId: string) {
  const user = await findUserFor(db, actor, userId);
  return presentUser(user, (await grantsOf(db, [user.id])).get(user.id) ?? [], actor);
}

export function userRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["users"];
  const { db } = app.deps;

  route.get(
    "/api/users",
    { schema: { tags, summary: "List staff accounts", querystring: userListQuerySchema, response: { 200: userListSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      authorize(canListUsers(actor));
      const { rows, total } = await listUsersFor(db, actor, request.query);
      const grants = await grantsOf(db, rows.map((row) => row.id));
      const items = rows.map((row) => presentUser(row, grants.get(row.id) ?? [], actor));
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  route.post(
    "/api/users",
    { schema: { tags, summary: "Create a staff account and an invitation link", body: createUserBodySchema, response: { 201: invitationIssuedSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      authorize(canCreateUser(actor));
      const context = { publicUrl: app.deps.config.publicUrl, now: app.deps.now(), requestId: request.id };
      const result = await inTransaction(db, async (tx) => {
        const invited = await inviteUser(tx, actor, request.body, context);
        return { ...invited, user: await presentOne(tx, actor, invited.user.id) };
      });
      return reply.status(201).send(result);
    },
  );

  route.get(
    "/api/users/:userId",
    { schema: { tags, summary: "One staff account", params: userParamsSchema, response: { 200: userSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const user = await findUserFor(db, actor, request.params.userId);
      authorize(canListUsers(actor));
      return presentUser(user, (await grantsOf(db, [user.id])).get(user.id) ?? [], actor);
    },
  );

  route.put(
    "/api/users/:userId/roles",
    { schema: { tags, summary: "Replace a user's roles", params: userParamsSchema, body: setRolesBodySchema, response: { 200: userSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        const user = await findUserFor(tx, actor, request.params.userId);
        authorize(canEditUser(actor, user));
        await setUserRoles(tx, actor, user, request.body.grants, request.id);
        return presentOne(tx, actor, user.id);
      });
    },
  );

  /** Registers a POST action on one user: load in scope, check the policy, run the use case. */
  function userAction(
    path: string,
    summary: string,
    allowed: (actor: Actor, user: UserRow) => boolean,
    run: (tx: Db, actor: Actor, user: UserRow, request: FastifyRequest) => Promise<void>,
  ): void {
    route.post(
      `/api/users/:userId/${path}`,
      { schema: { tags, summary, params: userParamsSchema, body: noBodySchema, response: { 200: userSchema, ...errorResponses } } },
      async (request) => {
        const actor = requireActor(request.actor);
        return inTransaction(db, async (tx) => {
          const user = await findUserFor(tx, actor, request.params.userId);
          authorize(allowed(actor, user));
          await run(tx, actor, user, request);
          return presentOne(tx, actor, user.id);
        });
      },
    );
  }

  userAction("deactivate", "Deactivate a user and end their sessions", canDeactivateUser, (tx, actor, user, request) =>
    deactivateUser(tx, actor, user, request.id),
  );
  userAction("reactivate", "Reactivate a user", canReactivateUser, (tx, actor, user, request) =>
    reactivateUser(tx, actor, user, request.id),
  );
  userAction("second-factor/reset", "Remove a user's second factor so they enrol again", canResetSecondFactor, (tx, actor, user, request) =>
    resetSecondFactor(tx, actor, user, request.id),
  );

  route.post(
    "/api/users/:userId/password-reset",
    { schema: { tags, summary: "Issue a password reset link for a colleague who has forgotten theirs", params: userParamsSchema, body: noBodySchema, response: { 201: passwordResetIssuedSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const result = await inTransaction(db, async (tx) => {
        const user = await findUserFor(tx, actor, request.params.userId);
        authorize(canIssuePasswordReset(actor, user));
        const reset = await issuePasswordReset(tx, actor, user, { publicUrl: app.deps.config.publicUrl, now: app.deps.now(), requestId: request.id });
        return { ...reset, user: await presentOne(tx, actor, user.id) };
      });
      return reply.status(201).send(result);
    },
  );

  route.post(
    "/api/users/:userId/invitation",
    { schema: { tags, summary: "Issue a new invitation link", params: userParamsSchema, body: noBodySchema, response: { 201: invitationIssuedSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const result = await inTransaction(db, async (tx) => {
        const user = await findUserFor(tx, actor, request.params.userId);
        authorize(canReissueInvitation(actor, user));
        const invitation = await reissueInvitation(tx, actor, user, {
          publicUrl: app.deps.config.publicUrl,
          now: app.deps.now(),
          requestId: request.id,
        });
        return { ...invitation, user: await presentOne(tx, actor, user.id) };
      });
      return reply.status(201).send(result);
    },
  );
}
