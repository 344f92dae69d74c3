/**
 * HTTP routes for client records: search, the profile, the audited identity reveal, identity and
 * demographic changes, consents, and relationships with the audited reveal of a contact's details.
 * Duplicate checks and merges are registered from their own route files.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  clientMatchListSchema,
  clientParamsSchema,
  clientProfileSchema,
  clientSearchQuerySchema,
  identitySchema,
  recordConsentBodySchema,
  relationshipBodySchema,
  relationshipContactSchema,
  relationshipParamsSchema,
  updateDemographicsBodySchema,
  updateIdentityBodySchema,
} from "../../core/api/clients.js";
import { noBodySchema } from "../../core/api/common.js";
import { requireActor } from "../authz/authorize.js";
import { inTransaction, type Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { errorResponses } from "../http/route-schema.js";
import { addRelationship } from "./add-relationship.js";
import { duplicateRoutes } from "./duplicate-routes.js";
import { mergeRoutes } from "./merge-routes.js";
import { readClient, type ClientContext } from "./read-client.js";
import { recordConsent } from "./record-consent.js";
import { revealClientIdentity } from "./reveal-identity.js";
import { revealRelationshipContact } from "./reveal-relationship-contact.js";
import { searchClients } from "./search-clients.js";
import { updateDemographics } from "./update-demographics.js";
import { updateIdentity } from "./update-identity.js";

type Change<T> = (tx: Db, actor: Actor, clientId: string, input: T, context: ClientContext) => Promise<void>;

export function clientRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["clients"];
  const { db, vault } = app.deps;
  const context = (requestId: string) => ({ vault, now: app.deps.now(), requestId });
  const profile = { 200: clientProfileSchema, ...errorResponses };
  /** A change to the client, then the profile as it now stands, in one transaction. */
  const changeThenRead = <T>(change: Change<T>) => async (request: { actor: Actor | null; id: string; params: { clientId: string }; body: T }) => {
    const actor = requireActor(request.actor);
    return inTransaction(db, async (tx) => {
      await change(tx, actor, request.params.clientId, request.body, context(request.id));
      return readClient(tx, actor, request.params.clientId, context(request.id));
    });
  };

  route.get(
    "/api/clients/search",
    { schema: { tags, summary: "Find a client by reference, or by name and date of birth (audited)", querystring: clientSearchQuerySchema, response: { 200: clientMatchListSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return { items: await inTransaction(db, (tx) => searchClients(tx, actor, request.query, context(request.id))) };
    },
  );

  route.get(
    "/api/clients/:clientId",
    { schema: { tags, summary: "Open a client's profile, without identity (audited); a merged record's id is not found", params: clientParamsSchema, response: profile } },
    async (request) => inTransaction(db, (tx) => readClient(tx, requireActor(request.actor), request.params.clientId, context(request.id))),
  );

  route.post(
    "/api/clients/:clientId/reveal",
    { schema: { tags, summary: "Show who the client is (audited)", params: clientParamsSchema, body: noBodySchema, response: { 200: identitySchema, ...errorResponses } } },
    async (request) => inTransaction(db, (tx) => revealClientIdentity(tx, requireActor(request.actor), request.params.clientId, context(request.id))),
  );

  route.patch(
    "/api/clients/:clientId/identity",
    { schema: { tags, summary: "Correct or complete a client's identity", params: clientParamsSchema, body: updateIdentityBodySchema, response: profile } },
    changeThenRead(updateIdentity),
  );

  route.patch(
    "/api/clients/:clientId/demographics",
    { schema: { tags, summary: "Record a client's demographics", params: clientParamsSchema, body: updateDemographicsBodySchema, response: profile } },
    changeThenRead(updateDemographics),
  );

  route.post(
    "/api/clients/:clientId/consents",
    { schema: { tags, summary: "Record consent given or withdrawn for a purpose", params: clientParamsSchema, body: recordConsentBodySchema, response: profile } },
    changeThenRead(recordConsent),
  );

  route.post(
    "/api/clients/:clientId/relationships",
    { schema: { tags, summary: "Record a family or other link", params: clientParamsSchema, body: relationshipBodySchema, response: profile } },
    changeThenRead(addRelationship),
  );

  route.post(
    "/api/clients/:clientId/relationships/:relationshipId/reveal",
    { schema: { tags, summary: "Show a family member's or contact's name and phone (audited)", params: relationshipParamsSchema, body: noBodySchema, response: { 200: relationshipContactSchema, ...errorResponses } } },
    async (request) => inTransaction(db, (tx) => revealRelationshipContact(tx, requireActor(request.actor), request.params, context(request.id))),
  );

  duplicateRoutes(app);
  mergeRoutes(app);
}
