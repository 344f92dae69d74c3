/** HTTP routes for reviewing the audit trail and verifying its hash chain. */
import { and, count, desc, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditListQuerySchema, auditListSchema, chainVerificationSchema } from "../../core/api/audit.js";
import { authorize, requireActor } from "../authz/authorize.js";
import { auditEvents, users } from "../db/schema.js";
import { errorResponses } from "../http/route-schema.js";
import { canReviewAudit } from "./policy.js";
import { sealOrganisationChain } from "./seal-chain.js";
import { verifyChain } from "./verify-chain.js";

export function auditRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["audit"];
  const { db } = app.deps;

  route.get(
    "/api/audit/verification",
    { schema: { tags, summary: "Verify the organisation's audit chain", response: { 200: chainVerificationSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      authorize(canReviewAudit(actor));
      // Seal what is waiting first, so the report covers everything written until now.
      await sealOrganisationChain(db, actor.organisationId);
      const report = await verifyChain(db, actor.organisationId, app.deps.now());
      return { ...report, verifiedAt: app.deps.now().toISOString() };
    },
  );

  route.get(
    "/api/audit/events",
    { schema: { tags, summary: "Recent audit events, newest first", querystring: auditListQuerySchema, response: { 200: auditListSchema, ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request.actor);
      authorize(canReviewAudit(actor));
      const { page, pageSize, action } = request.query;
      const where = and(eq(auditEvents.organisationId, actor.organisationId), action ? eq(auditEvents.action, action) : undefined);
      const [rows, totals] = await Promise.all([
        db
          .select({ event: auditEvents, actorName: users.displayName })
          .from(auditEvents)
          .leftJoin(users, eq(users.id, auditEvents.actorUserId))
          .where(where)
          .orderBy(desc(auditEvents.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ n: count() }).from(auditEvents).where(where),
      ]);
      const items = rows.map(({ event, actorName }) => ({
        id: event.id,
        seq: event.seq,
        at: event.at.toISOString(),
        actorUserId: event.actorUserId,
        actorName,
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityId,
        siteId: event.siteId,
        clientId: event.clientId,
        details: event.details,
      }));
      return { items, total: totals[0]?.n ?? 0, page, pageSize };
    },
  );
}
