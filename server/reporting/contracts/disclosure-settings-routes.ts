/** HTTP routes for the organisation's disclosure settings: read and change them. Administrators only. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { disclosureSettingsBodySchema, disclosureSettingsViewSchema } from "../../../core/api/reporting-contracts.js";
import { requireActor } from "../../authz/authorize.js";
import { inTransaction } from "../../db/client.js";
import { errorResponses as errors } from "../../http/route-schema.js";
import { readDisclosureSettings, saveDisclosureSettings } from "./disclosure-settings.js";

export function disclosureSettingsRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["reporting"];
  const { db } = app.deps;

  route.get(
    "/api/reporting/disclosure-settings",
    { schema: { tags, summary: "The rules figures for commissioners are published under: threshold, rounding, protection width", response: { 200: disclosureSettingsViewSchema, ...errors } } },
    async (request) => readDisclosureSettings(db, requireActor(request.actor)),
  );

  route.put(
    "/api/reporting/disclosure-settings",
    { schema: { tags, summary: "Change the disclosure rules (threshold never below 5; audited)", body: disclosureSettingsBodySchema, response: { 200: disclosureSettingsViewSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, async (tx) => {
        await saveDisclosureSettings(tx, actor, request.body, { now: app.deps.now(), requestId: request.id });
        return readDisclosureSettings(tx, actor);
      });
    },
  );
}
