/**
 * Delivering webhooks through the database job runner. Each try of each delivery is one job
 * (dedupe key `webhook:<delivery>:<try>`), and the job's transaction locks the delivery row while
 * it sends, so across any number of instances a try is made once. A failed try is recorded and
 * the next one queued after a backoff with jitter (core/integrations/delivery-schedule.ts); the
 * handler never throws for a partner's failure, so what it records is committed. After too many
 * failures in a row the endpoint is switched off and administrators are told.
 */
import { eq } from "drizzle-orm";
import { hasAttemptsLeft, isDelivered, responseExcerpt, retryDelayMs } from "../../../core/integrations/delivery-schedule.js";
import type { UrlRules } from "../../../core/integrations/address-guard.js";
import type { Db } from "../../db/client.js";
import { webhookDeliveries, webhookEndpoints } from "../../db/schema.js";
import { enqueueJob } from "../../jobs/enqueue-job.js";
import type { JobContext, JobHandlers } from "../../jobs/run-next-job.js";
import type { Vault } from "../../vault/vault.js";
import { recordFailedTry } from "./endpoint-health.js";
import { signedRequest } from "./signed-request.js";
import { sendWebhook, type Resolve, type SendOutcome } from "./send-request.js";

export const deliverWebhookJobName = "webhooks.deliver";

/**
 * Queues a try of a delivery at `runAt`, named by `tryKey` (the try's number, or a manual resend's
 * moment); a second enqueue of the same try does nothing.
 */
export async function enqueueDelivery(tx: Db, deliveryId: string, tryKey: string, runAt: Date): Promise<void> {
  await enqueueJob(tx, { name: deliverWebhookJobName, payload: { deliveryId }, runAt, dedupeKey: `webhook:${deliveryId}:${tryKey}`, maxAttempts: 3 });
}

export interface DeliveryOptions {
  vault: Vault;
  rules: UrlRules;
  /** The draw for jitter, in [0, 1); injectable so tests can pin the backoff. */
  random?: () => number;
  timeoutMs?: number;
  /** A test's resolver in place of the system's. */
  resolve?: Resolve;
}

/** Makes one try of one delivery, in the job's transaction. */
export async function deliverOnce(tx: Db, deliveryId: string, now: Date, options: DeliveryOptions): Promise<void> {
  const [row] = await tx
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, deliveryId))
    .for("update", { of: webhookDeliveries })
    .limit(1);
  if (!row || row.delivery.status !== "pending") return;
  const { delivery, endpoint } = row;
  if (!endpoint.isActive) {
    await tx.update(webhookDeliveries).set({ status: "failed", nextAttemptAt: null, lastError: "The endpoint is switched off." }).where(eq(webhookDeliveries.id, delivery.id));
    return;
  }
  const request = await signedRequest(tx, options.vault, endpoint, delivery, now);
  const outcome: SendOutcome = await sendWebhook(endpoint.url, request.headers, request.body, options);
  const attempt = delivery.attempts + 1;
  const answered = outcome.kind === "answered" ? { responseStatus: outcome.status, responseExcerpt: responseExcerpt(outcome.body) } : { responseStatus: null, responseExcerpt: null };
  if (outcome.kind === "answered" && isDelivered(outcome.status)) {
    await tx.update(webhookDeliveries).set({ ...answered, status: "delivered", attempts: attempt, lastAttemptAt: now, deliveredAt: now, nextAttemptAt: null, lastError: null }).where(eq(webhookDeliveries.id, delivery.id));
    await tx.update(webhookEndpoints).set({ consecutiveFailures: 0 }).where(eq(webhookEndpoints.id, endpoint.id));
    return;
  }
  const lastError = outcome.kind === "answered" ? `The partner answered ${outcome.status}.` : outcome.reason;
  // A refusal by the address guard will not change by waiting: no more tries.
  const isRetried = outcome.kind !== "refused" && hasAttemptsLeft(attempt);
  const nextAttemptAt = isRetried ? new Date(now.getTime() + retryDelayMs(attempt, (options.random ?? Math.random)())) : null;
  await tx
    .update(webhookDeliveries)
    .set({ ...answered, status: isRetried ? "pending" : "failed", attempts: attempt, lastAttemptAt: now, nextAttemptAt, lastError })
    .where(eq(webhookDeliveries.id, delivery.id));
  if (nextAttemptAt) await enqueueDelivery(tx, delivery.id, String(attempt + 1), nextAttemptAt);
  await recordFailedTry(tx, endpoint, now);
}

/** The runner's handler for webhook deliveries. */
export function webhookJobHandlers(options: DeliveryOptions): JobHandlers {
  return {
    [deliverWebhookJobName]: async (tx: Db, payload: Record<string, unknown>, context: JobContext) => {
      if (typeof payload.deliveryId !== "string") throw new Error("webhook job without a delivery");
      await deliverOnce(tx, payload.deliveryId, context.now, options);
    },
  };
}
