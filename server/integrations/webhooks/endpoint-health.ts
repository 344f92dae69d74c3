/**
 * Counting an endpoint's failed tries in a row. Past the limit the endpoint is switched off, so a
 * partner system that has gone away stops costing tries, and every active administrator is told
 * by an in-app alert naming the webhook (no client data). Switching it back on is theirs to do.
 */
import { and, eq, sql } from "drizzle-orm";
import { failuresBeforeDisabling } from "../../../core/integrations/delivery-schedule.js";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import { notifications, roleGrants, users, webhookEndpoints } from "../../db/schema.js";

export async function recordFailedTry(tx: Db, endpoint: { id: string; organisationId: string; name: string }, now: Date): Promise<void> {
  const [counted] = await tx
    .update(webhookEndpoints)
    .set({ consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + 1` })
    .where(eq(webhookEndpoints.id, endpoint.id))
    .returning({ failures: webhookEndpoints.consecutiveFailures, isActive: webhookEndpoints.isActive });
  if (!counted || !counted.isActive || counted.failures < failuresBeforeDisabling) return;
  await tx.update(webhookEndpoints).set({ isActive: false, disabledReason: "failures", updatedAt: now }).where(eq(webhookEndpoints.id, endpoint.id));
  await recordAudit(tx, { organisationId: endpoint.organisationId, actorUserId: null, action: "webhook.disabled", entityType: "webhook", entityId: endpoint.id, at: now, details: { reason: "failures", failures: counted.failures } });
  const administrators = await tx
    .selectDistinct({ userId: roleGrants.userId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.organisationId, endpoint.organisationId), eq(roleGrants.role, "administrator"), eq(users.isActive, true)));
  if (administrators.length === 0) return;
  await tx.insert(notifications).values(
    administrators.map(({ userId }) => ({ organisationId: endpoint.organisationId, userId, kind: "webhook_disabled", entityType: "webhook", entityId: endpoint.id, details: { reference: endpoint.name, failures: counted.failures }, createdAt: now })),
  );
}
