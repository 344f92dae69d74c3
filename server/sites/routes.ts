/** HTTP routes for sites: thin handlers over the site use cases, and who works at a site. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  createSiteBodySchema,
  renameSiteBodySchema,
  siteListSchema,
  siteParamsSchema,
  siteSchema,
} from "../../core/api/admin.js";
import { siteStaffSchema } from "../../core/api/staff.js";
import { authorize, requireActor } from "../authz/authorize.js";
import { inTransaction } from "../db/client.js";
import { errorResponses } from "../http/route-schema.js";
import { canCreateSite, canListSiteStaff, canRenameSite } from "./policy.js";
import { presentSite, presentStaffMember } from "./presenter.js";
import { findSiteFor, listSitesFor, listStaffAt } from "./queries.js";
import { createSite, renameSite } from "./save-site.js";

export function siteRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["sites"];

  route.get(
    "/api/sites",
    { schema: { tags, summary: "Sites the signed-in user works at", response: { 200: siteListSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const rows = await listSitesFor(app.deps.db, actor);
      return { items: rows.map((site) => presentSite(site, actor)) };
    },
  );

  route.get(
    "/api/sites/:siteId/staff",
    {
      schema: {
        tags,
        summary: "The active people who work at a site and the roles they could take on its cases (for those who allocate work there)",
        params: siteParamsSchema,
        response: { 200: siteStaffSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const site = await findSiteFor(app.deps.db, actor, request.params.siteId);
      authorize(canListSiteStaff(actor, site.id));
      const rows = await listStaffAt(app.deps.db, site);
      return { items: rows.map(presentStaffMember) };
    },
  );

  route.post(
    "/api/sites",
    { schema: { tags, summary: "Create a site", body: createSiteBodySchema, response: { 201: siteSchema, ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      authorize(canCreateSite(actor));
      const site = await inTransaction(app.deps.db, (tx) => createSite(tx, actor, request.body.name, request.id));
      return reply.status(201).send(presentSite(site, actor));
    },
  );

  route.patch(
    "/api/sites/:siteId",
    {
      schema: {
        tags,
        summary: "Rename a site",
        params: siteParamsSchema,
        body: renameSiteBodySchema,
        response: { 200: siteSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const site = await inTransaction(app.deps.db, async (tx) => {
        const existing = await findSiteFor(tx, actor, request.params.siteId);
        authorize(canRenameSite(actor));
        return renameSite(tx, actor, existing, request.body.name, request.id);
      });
      return presentSite(site, actor);
    },
  );
}
