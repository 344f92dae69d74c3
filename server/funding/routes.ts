/** Every HTTP route for funding and spend (issue 10), registered together: grants, spend, unit costs, the forms' choices, and the public list. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { fundingOptionsSchema } from "../../core/api/funding.js";
import { authorize, requireActor } from "../authz/authorize.js";
import { errorResponses as errors } from "../http/route-schema.js";
import { grantRoutes } from "./grant-routes.js";
import { fundingOptionsOf } from "./options.js";
import { canManageFunding } from "./policy.js";
import { publicFundingRoutes } from "./public-routes.js";
import { spendRoutes } from "./spend-routes.js";
import { unitCostRoutes } from "./unit-cost-routes.js";

export function fundingRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/funding/options",
    { schema: { tags: ["funding"], summary: "What the funding forms offer: sites, programmes, funders and grants", response: { 200: fundingOptionsSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request.actor);
      authorize(canManageFunding(actor), "Only administrators keep the organisation's funding.");
      return fundingOptionsOf(app.deps.db, actor.organisationId);
    },
  );
  grantRoutes(app);
  spendRoutes(app);
  unitCostRoutes(app);
  publicFundingRoutes(app);
}
