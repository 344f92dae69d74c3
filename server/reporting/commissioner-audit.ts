/**
 * Every question a commissioner asks is audited (issue 9): after each API request made by someone
 * holding the commissioner role, one audit event with the route asked (its pattern, not the
 * values), the method and the answer's status, refusals included. The figures a commissioner reads
 * are audited besides by the routes that serve them, with the release read.
 */
import type { FastifyInstance } from "fastify";
import { recordAudit } from "../audit/record-audit.js";
import { isCommissioner } from "./policy.js";

export function registerCommissionerAudit(app: FastifyInstance): void {
  app.addHook("onResponse", async (request, reply) => {
    const actor = request.actor;
    if (!actor || !isCommissioner(actor) || !request.url.startsWith("/api/")) return;
    try {
      await recordAudit(app.deps.db, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: "commissioner.request",
        entityType: "user",
        entityId: actor.userId,
        requestId: request.id,
        details: { method: request.method, route: request.routeOptions.url ?? "unknown", status: reply.statusCode },
      });
    } catch (error) {
      request.log.error({ err: error }, "recording a commissioner's request in the audit trail failed");
    }
  });
}
