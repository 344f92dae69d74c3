/** HTTP routes for a user's own choice of alert emails: at once, or a daily digest at an hour. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { emailPreferenceBodySchema, emailPreferenceSchema } from "../../core/api/calendar-email.js";
import { requireActor } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { errorResponses } from "../http/route-schema.js";
import { readEmailPreference, saveEmailPreference } from "./preferences.js";

export function emailPreferenceRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["email"];
  const { db, config } = app.deps;
  const isEmailConfigured = config.mail !== null;

  route.get(
    "/api/account/email-preferences",
    { schema: { tags, summary: "How the signed-in user's alerts are emailed: at once or in a daily digest", response: { 200: emailPreferenceSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, (tx) => readEmailPreference(tx, actor, isEmailConfigured));
    },
  );

  route.put(
    "/api/account/email-preferences",
    {
      schema: {
        tags,
        summary: "Choose how the signed-in user's alerts are emailed: at once, or a daily digest at an hour on the London clock (audited)",
        body: emailPreferenceBodySchema,
        response: { 200: emailPreferenceSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return inTransaction(db, (tx) => saveEmailPreference(tx, actor, request.body, { now: app.deps.now(), requestId: request.id, isEmailConfigured }));
    },
  );
}
