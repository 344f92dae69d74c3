/**
 * The choices an outreach form offers at a site, in one answer: its partners (active first), the
 * people who work there, and its stock items with their levels.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { outreachOptionsSchema, outreachSiteQuerySchema } from "../../core/api/outreach.js";
import type { PartnerType, ResourceKind } from "../../core/outreach/vocabulary.js";
import type { Role } from "../../core/roles.js";
import { authorize, requireActor } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { inTransaction } from "../db/client.js";
import { outreachPartners, outreachStockItems } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { errorResponses } from "../http/route-schema.js";
import { deliveryStaffAt } from "../workers/queries.js";
import { canReadOutreach, canWorkOutreach, outreachSitesOf } from "./policy.js";
import { ensureSiteStock } from "./stock/move-stock.js";

/** Everyone who may go out or train: the site's staff, not outside panel members or funders. */
const goesOut: readonly Role[] = ["outreach_worker", "caseworker", "mentor", "team_manager", "safeguarding_lead"];

/** The site a request is about: the one asked for, or the first the actor reads outreach at; refused (403) when the actor does not read outreach there. */
export function outreachSiteOf(actor: Actor, siteId: string | undefined): string {
  const chosen = siteId ?? outreachSitesOf(actor)[0];
  authorize(chosen !== undefined && canReadOutreach(actor, chosen), "Only the site's outreach workers, managers and caseworkers see its outreach.");
  return chosen;
}

/** The site's active staff who go out or train, by name: the people a site's outreach forms offer and its writes accept. */
export async function outreachStaffAt(db: Db, organisationId: string, siteId: string): Promise<{ id: string; displayName: string }[]> {
  const staff = await deliveryStaffAt(db, organisationId, siteId, goesOut);
  return staff.map((person) => ({ id: person.userId, displayName: person.displayName }));
}

export function outreachOptionRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  route.get(
    "/api/outreach/options",
    {
      schema: {
        tags: ["outreach"],
        summary: "The choices outreach forms offer at a site: its partners, staff and stock items",
        querystring: outreachSiteQuerySchema,
        response: { 200: outreachOptionsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const siteId = outreachSiteOf(actor, request.query.siteId);
      const canWork = canWorkOutreach(actor, siteId);
      // The standard stock list is there from the first look, so the first session can hand it out.
      if (canWork) await inTransaction(db, (tx) => ensureSiteStock(tx, actor.organisationId, siteId));
      const where = (table: typeof outreachPartners | typeof outreachStockItems) => and(eq(table.organisationId, actor.organisationId), eq(table.siteId, siteId));
      const [partners, staff, stock] = await Promise.all([
        db
          .select({ id: outreachPartners.id, name: outreachPartners.name, type: outreachPartners.type, isActive: outreachPartners.isActive })
          .from(outreachPartners)
          .where(where(outreachPartners))
          .orderBy(desc(outreachPartners.isActive), sql`lower(${outreachPartners.name})`, asc(outreachPartners.id)),
        outreachStaffAt(db, actor.organisationId, siteId),
        db
          .select({ id: outreachStockItems.id, code: outreachStockItems.code, kind: outreachStockItems.kind, language: outreachStockItems.language, label: outreachStockItems.label, level: outreachStockItems.level, isActive: outreachStockItems.isActive })
          .from(outreachStockItems)
          .where(where(outreachStockItems))
          .orderBy(outreachStockItems.kind, outreachStockItems.code),
      ]);
      return {
        siteId,
        partners: partners.map((partner) => ({ ...partner, type: partner.type as PartnerType })),
        staff,
        stock: stock.map((item) => ({ ...item, kind: item.kind as ResourceKind })),
        canWork,
      };
    },
  );
}
