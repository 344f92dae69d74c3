/** HTTP routes for the register of data-rights requests: the list, logging one, reading one, matching it to a client and its steps. The data protection officer only. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  changeStatusBodySchema,
  clientMatchListSchema,
  clientMatchQuerySchema,
  createRequestBodySchema,
  extendRequestBodySchema,
  identityCheckBodySchema,
  matchRequestBodySchema,
  requestDetailSchema,
  requestListQuerySchema,
  requestListSchema,
  requestParamsSchema,
} from "../../core/api/data-rights.js";
import type { z } from "zod";
import { actorAllowedBy } from "../authz/authorize.js";
import { inTransaction, type Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { errorResponses as errors } from "../http/route-schema.js";
import { findClientMatches } from "./client-matches.js";
import { listRequests } from "./list-requests.js";
import { logRequest } from "./log-request.js";
import { matchRequest } from "./match-request.js";
import { canHandleDataRights, refusalMessage } from "./policy.js";
import { changeStatus, checkIdentity, extendRequest } from "./progress-request.js";
import { readRequest } from "./read-request.js";
import { subjectAccessRoutes } from "./subject-access/routes.js";
import type { DataRightsContext } from "./write-context.js";

export function dataRightsRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["data rights"];
  const { db, vault } = app.deps;
  const context = (requestId: string) => ({ vault, now: app.deps.now(), requestId });
  const officer = actorAllowedBy(canHandleDataRights, refusalMessage);

  route.get(
    "/api/data-rights/requests",
    { schema: { tags, summary: "Data-rights requests, open ones by default, soonest deadline first, with days left and the counts of open, overdue and due-soon requests", querystring: requestListQuerySchema, response: { 200: requestListSchema, ...errors } } },
    async (request) => listRequests(db, officer(request.actor), request.query, app.deps.now()),
  );

  route.post(
    "/api/data-rights/requests",
    { schema: { tags, summary: "Log a data-rights request as received: its kind, who asked (sealed), the day received (so its deadline) and the client if known (audited)", body: createRequestBodySchema, response: { 201: requestDetailSchema, ...errors } } },
    async (request, reply) => {
      const actor = officer(request.actor);
      const detail = await inTransaction(db, async (tx) => readRequest(tx, actor, await logRequest(tx, actor, request.body, context(request.id)), context(request.id)));
      return reply.status(201).send(detail);
    },
  );

  route.get(
    "/api/data-rights/requests/:requestId",
    { schema: { tags, summary: "A data-rights request with who asked, the client, the deadline, its history and releases (audited as a read)", params: requestParamsSchema, response: { 200: requestDetailSchema, ...errors } } },
    async (request) => {
      const actor = officer(request.actor);
      return inTransaction(db, (tx) => readRequest(tx, actor, request.params.requestId, context(request.id)));
    },
  );

  route.get(
    "/api/data-rights/client-matches",
    { schema: { tags, summary: "Clients a request may be about, by reference or by name and date of birth, with their names (audited)", querystring: clientMatchQuerySchema, response: { 200: clientMatchListSchema, ...errors } } },
    async (request) => {
      const actor = officer(request.actor);
      return inTransaction(db, (tx) => findClientMatches(tx, actor, request.query, context(request.id)));
    },
  );

  /** A step on one request: run the use case, then answer the request as it now is. */
  const step = <S extends z.ZodType>(path: string, summary: string, body: S, run: (tx: Db, actor: Actor, requestId: string, input: z.output<S>, context: DataRightsContext) => Promise<void>) =>
    route.post(
      `/api/data-rights/requests/:requestId/${path}`,
      { schema: { tags, summary, params: requestParamsSchema, body, response: { 200: requestDetailSchema, ...errors } } },
      async (request) => {
        const actor = officer(request.actor);
        return inTransaction(db, async (tx) => {
          await run(tx, actor, request.params.requestId, request.body as z.output<S>, context(request.id));
          return readRequest(tx, actor, request.params.requestId, context(request.id));
        });
      },
    );
  step("match", "Match a request to the client it is about; the requester's details move under the client's key (audited)", matchRequestBodySchema, matchRequest);
  step("identity-check", "Record how and when the requester's identity was checked (audited)", identityCheckBodySchema, checkIdentity);
  step("extend", "Extend the deadline by two further months, on a lawful ground, with the day the person was told (audited)", extendRequestBodySchema, extendRequest);
  step("status", "Mark a request in progress, refused (with the reason) or withdrawn (audited)", changeStatusBodySchema, changeStatus);

  subjectAccessRoutes(app);
}

