/**
 * HTTP routes for the deflator series and the discounting settings, read and changed with the
 * version seen. Administrators only; every change audited.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { deflatorsViewSchema, putDeflatorsBodySchema, putSettingsBodySchema, settingsViewSchema } from "../../core/api/social-value.js";
import { actorAllowedBy } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { errorResponses as errors } from "../http/route-schema.js";
import { ensureSocialValueDefaults } from "./defaults.js";
import { canManageSocialValue } from "./policy.js";
import { presentDeflators, presentSettings } from "./presenter.js";
import { readSettings } from "./queries.js";
import { updateDeflators, updateSettings } from "./update-settings.js";

export function settingsRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["social value"];
  const { db } = app.deps;
  const context = (requestId: string) => ({ now: app.deps.now(), requestId });
  const manager = actorAllowedBy(canManageSocialValue, "Only administrators keep the social-value settings.");

  route.get(
    "/api/social-value/deflators",
    { schema: { tags, summary: "The GDP-deflator series values are uprated with (none shipped: administrators enter it)", response: { 200: deflatorsViewSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await ensureSocialValueDefaults(tx, actor.organisationId);
        return presentDeflators(await readSettings(tx, actor.organisationId));
      });
    },
  );

  route.put(
    "/api/social-value/deflators",
    { schema: { tags, summary: "Replace the deflator series with the version seen (audited)", body: putDeflatorsBodySchema, response: { 200: deflatorsViewSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await ensureSocialValueDefaults(tx, actor.organisationId);
        await updateDeflators(tx, actor, request.body, context(request.id));
        return presentDeflators(await readSettings(tx, actor.organisationId));
      });
    },
  );

  route.get(
    "/api/social-value/settings",
    { schema: { tags, summary: "The discount rates, optimism-bias reductions and the price year values are brought to", response: { 200: settingsViewSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await ensureSocialValueDefaults(tx, actor.organisationId);
        return presentSettings(await readSettings(tx, actor.organisationId));
      });
    },
  );

  route.put(
    "/api/social-value/settings",
    { schema: { tags, summary: "Change the discounting settings with the version seen (audited)", body: putSettingsBodySchema, response: { 200: settingsViewSchema, ...errors } } },
    async (request) => {
      const actor = manager(request.actor);
      return inTransaction(db, async (tx) => {
        await ensureSocialValueDefaults(tx, actor.organisationId);
        await updateSettings(tx, actor, request.body, context(request.id));
        return presentSettings(await readSettings(tx, actor.organisationId));
      });
    },
  );
}
