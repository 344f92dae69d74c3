/** The public funding-transparency list (no sign-in): the organisation the public pages belong to, as the referral form finds it. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { publicFundingSchema } from "../../core/api/funding.js";
import { errorResponses } from "../http/route-schema.js";
import { publicOrganisation } from "../referrals/public-organisation.js";
import { publicFundingOf } from "./public-funding.js";

export function publicFundingRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  route.get(
    "/api/public/funding",
    { config: { access: "public" as const }, schema: { tags: ["public"], summary: "Who funds the organisation's work: its disclosed grants' funders, purposes, periods and disclosed amounts", response: { 200: publicFundingSchema, ...errorResponses } } },
    async () => publicFundingOf(db, await publicOrganisation(db, app.deps.config)),
  );
}
