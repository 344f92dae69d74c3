/** HTTP routes for the support vocabulary: read it (anyone working with client records), and an administrator's changes. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  addVocabularyEntryBodySchema,
  relabelVocabularyEntryBodySchema,
  supportVocabularySchema,
  vocabularyEntryParamsSchema,
  vocabularyListParamsSchema,
  vocabularyListPaths,
} from "../../core/api/support-vocabulary.js";
import { noBodySchema } from "../../core/api/common.js";
import { authorize, requireActor } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { errorResponses } from "../http/route-schema.js";
import { addVocabularyEntry, relabelVocabularyEntry, setVocabularyEntryRetired } from "./change-vocabulary.js";
import { canReadVocabulary } from "./policy.js";
import { readSupportVocabulary } from "./vocabulary.js";

export function supportVocabularyRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["support vocabulary"];
  const { db } = app.deps;
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });
  const answer = { 200: supportVocabularySchema, ...errorResponses };

  route.get(
    "/api/support-vocabulary",
    { schema: { tags, summary: "The organisation's intervention types and closure outcomes, with its own changes (retired ones marked)", response: answer } },
    async (request) => {
      const actor = requireActor(request.actor);
      authorize(canReadVocabulary(actor));
      return readSupportVocabulary(db, actor.organisationId);
    },
  );

  route.post(
    "/api/support-vocabulary/:list",
    { schema: { tags, summary: "Add an intervention type or closure outcome (administrators; audited)", params: vocabularyListParamsSchema, body: addVocabularyEntryBodySchema, response: { 201: supportVocabularySchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const list = vocabularyListPaths[request.params.list];
      const vocabulary = await inTransaction(db, async (tx) => {
        await addVocabularyEntry(tx, actor, list, request.body, context(request.id));
        return readSupportVocabulary(tx, actor.organisationId);
      });
      return reply.status(201).send(vocabulary);
    },
  );

  route.put(
    "/api/support-vocabulary/:list/:code/label",
    { schema: { tags, summary: "Give an entry the organisation's own label (administrators; audited)", params: vocabularyEntryParamsSchema, body: relabelVocabularyEntryBodySchema, response: answer } },
    async (request) => {
      const actor = requireActor(request.actor);
      const list = vocabularyListPaths[request.params.list];
      return inTransaction(db, async (tx) => {
        await relabelVocabularyEntry(tx, actor, list, request.params.code, request.body.label, context(request.id));
        return readSupportVocabulary(tx, actor.organisationId);
      });
    },
  );

  route.delete(
    "/api/support-vocabulary/:list/:code/label",
    { schema: { tags, summary: "Give a built-in entry back its own label, in each reader's language (administrators; audited)", params: vocabularyEntryParamsSchema, body: noBodySchema, response: answer } },
    async (request) => {
      const actor = requireActor(request.actor);
      const list = vocabularyListPaths[request.params.list];
      return inTransaction(db, async (tx) => {
        await relabelVocabularyEntry(tx, actor, list, request.params.code, null, context(request.id));
        return readSupportVocabulary(tx, actor.organisationId);
      });
    },
  );

  for (const [path, isRetired] of [["retire", true], ["unretire", false]] as const) {
    route.post(
      `/api/support-vocabulary/:list/:code/${path}`,
      {
        schema: {
          tags,
          summary: isRetired ? "Retire an entry: no longer offered for new records, still shown on old ones (administrators; audited)" : "Offer a retired entry again (administrators; audited)",
          params: vocabularyEntryParamsSchema,
          body: noBodySchema,
          response: answer,
        },
      },
      async (request) => {
        const actor = requireActor(request.actor);
        const list = vocabularyListPaths[request.params.list];
        return inTransaction(db, async (tx) => {
          await setVocabularyEntryRetired(tx, actor, list, request.params.code, isRetired, context(request.id));
          return readSupportVocabulary(tx, actor.organisationId);
        });
      },
    );
  }
}
