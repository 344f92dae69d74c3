/**
 * Adds a webhook endpoint. The URL is checked against the address guard now (and again, resolved,
 * at every try); the partner, when named, must be the organisation's own. The signing secret is
 * random, encrypted under a data key of the endpoint's own, and answered once.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { CreateWebhookBody } from "../../../core/api/integrations.js";
import { urlProblem, type UrlRules } from "../../../core/integrations/address-guard.js";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import { outreachPartners, webhookEndpoints } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError, type FieldError } from "../../http/errors.js";
import type { Vault } from "../../vault/vault.js";
import { signingSecretField } from "./signed-request.js";

export type WebhookRow = typeof webhookEndpoints.$inferSelect;

export async function createWebhook(tx: Db, actor: Actor, input: CreateWebhookBody, context: { vault: Vault; rules: UrlRules; now: Date; requestId: string }): Promise<{ row: WebhookRow; signingSecret: string }> {
  const fields: FieldError[] = [];
  const problem = urlProblem(input.url, context.rules);
  if (problem) fields.push({ path: "body.url", message: problem });
  if (input.partnerId) {
    const [partner] = await tx.select({ id: outreachPartners.id }).from(outreachPartners).where(and(eq(outreachPartners.id, input.partnerId), eq(outreachPartners.organisationId, actor.organisationId))).limit(1);
    if (!partner) fields.push({ path: "body.partnerId", message: "No such partner." });
  } else if (input.identityFields.length > 0) {
    fields.push({ path: "body.identityFields", message: "Identity can only go to a partner with an information-sharing agreement; choose the partner." });
  }
  if (fields.length > 0) throw new AppError("validation_failed", "Some details of the webhook need changing.", { fields });

  const id = randomUUID();
  const signingSecret = `whsec_${randomBytes(32).toString("base64url")}`;
  const key = await context.vault.createSubjectKey(tx, { subjectId: id, organisationId: actor.organisationId });
  const [row] = await tx
    .insert(webhookEndpoints)
    .values({
      id,
      organisationId: actor.organisationId,
      name: input.name,
      url: input.url,
      events: input.events,
      partnerId: input.partnerId,
      identityFields: input.identityFields,
      secretKeyId: id,
      secret: context.vault.encrypt(key, signingSecretField, signingSecret),
      createdBy: actor.userId,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning();
  if (!row) throw new Error("insert returned no webhook");
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "webhook.created",
    entityType: "webhook",
    entityId: id,
    requestId: context.requestId,
    details: { events: input.events, partnerId: input.partnerId, identityFields: input.identityFields },
  });
  return { row, signingSecret };
}
