/**
 * HTTP routes for outcome mappings: every outcome of the organisation's vocabulary with how it is
 * valued (its lines, assumptions and the reason for each), and changing one (a new version).
 * Administrators only; every change audited.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import { mappingListSchema, mappingParamsSchema, updateMappingBodySchema } from "../../core/api/social-value.js";
import { actorAllowedBy } from "../authz/authorize.js";
import { inTransaction, type Db } from "../db/client.js";
import { errorResponses as errors } from "../http/route-schema.js";
import { readClosureOutcomes } from "../support/vocabulary.js";
import { ensureSocialValueDefaults } from "./defaults.js";
import { canManageSocialValue } from "./policy.js";
import { currentEntries, currentMappings } from "./queries.js";
import { updateMapping } from "./update-mapping.js";

/** Each outcome (built-in first, then the organisation's own) with its current mapping. */
async function mappingList(tx: Db, organisationId: string): Promise<z.infer<typeof mappingListSchema>> {
  const [outcomes, mappings, entries] = await Promise.all([readClosureOutcomes(tx, organisationId), currentMappings(tx, organisationId), currentEntries(tx, organisationId)]);
  const byCode = new Map(mappings.map((row) => [row.outcomeCode, row]));
  return {
    outcomes: outcomes.map((outcome) => {
      const row = byCode.get(outcome.code);
      return {
        outcomeCode: outcome.code,
        label: outcome.label,
        isBuiltIn: outcome.isBuiltIn,
        isRetired: outcome.isRetired,
        mapping: row ? { outcomeCode: row.outcomeCode, version: row.version, lines: row.lines } : null,
        createdAt: row ? row.createdAt.toISOString() : null,
        createdByName: row?.createdByName ?? null,
      };
    }),
    entries: entries.map((row) => row.entry),
  };
}

export function mappingRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["social value"];
  const { db } = app.deps;
  const manager = actorAllowedBy(canManageSocialValue, "Only administrators keep how outcomes are valued.");

  route.get(
    "/api/social-value/mappings",
    { schema: { tags, summary: "Each outcome with how it is valued: catalogue entries, quantity, duration, deadweight, attribution, displacement, drop-off and the reason for each", response: { 200: mappingListSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await ensureSocialValueDefaults(tx, actor.organisationId);
        return mappingList(tx, actor.organisationId);
      });
    },
  );

  route.put(
    "/api/social-value/mappings/:outcomeCode",
    {
      schema: {
        tags,
        summary: "Change how an outcome is valued, with the version seen: kept as the mapping's next version (audited)",
        params: mappingParamsSchema,
        body: updateMappingBodySchema,
        response: { 200: mappingListSchema, ...errors },
      },
    },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await ensureSocialValueDefaults(tx, actor.organisationId);
        await updateMapping(tx, actor, request.params.outcomeCode, request.body, { now: app.deps.now(), requestId: request.id });
        return mappingList(tx, actor.organisationId);
      });
    },
  );
}
