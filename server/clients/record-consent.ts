/**
 * Recording that a client gave or withdrew consent for a purpose. Each change is a new row; the
 * latest is current (current-consent.ts), so a withdrawal applies everywhere from this moment (and
 * takes down the client's published case studies at once).
 * Sharing is consented per partner organisation, and only sharing names a partner.
 */
import type { z } from "zod";
import type { recordConsentBodySchema } from "../../core/api/clients.js";
import { recordAudit } from "../audit/record-audit.js";
import { takeDownCaseStudiesOf } from "../content/case-studies/take-down.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { consents } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { latestConsentAt } from "./current-consent.js";
import { canRecordConsent } from "./policy.js";
import { findClientFor } from "./queries.js";
import type { ClientContext } from "./read-client.js";

export async function recordConsent(
  tx: Db,
  actor: Actor,
  clientId: string,
  input: z.infer<typeof recordConsentBodySchema>,
  context: ClientContext,
): Promise<void> {
  const { client, view } = await findClientFor(tx, actor, clientId, context.now);
  authorize(canRecordConsent(actor, view));
  const isSharing = input.purpose === "share_with_partner";
  if (isSharing !== (input.partner !== undefined)) {
    throw new AppError("validation_failed", isSharing ? "Name the partner organisation." : "Only consent to share names a partner.", {
      fields: [{ path: "body.partner", message: isSharing ? "Required when consenting to share with a partner." : "Only for sharing with a partner." }],
    });
  }
  const partner = input.partner ?? null;
  // Strictly after the previous change for this purpose, so "latest" is never a tie.
  const previous = await latestConsentAt(tx, client.id, input.purpose, partner);
  const recordedAt = previous && previous >= context.now ? new Date(previous.getTime() + 1) : context.now;
  const [row] = await tx
    .insert(consents)
    .values({ organisationId: client.organisationId, clientId: client.id, purpose: input.purpose, partner, status: input.status, method: input.method, recordedBy: actor.userId, recordedAt })
    .returning({ id: consents.id });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "client.consent_recorded",
    entityType: "client",
    entityId: client.id,
    clientId: client.id,
    requestId: context.requestId,
    details: { consentId: row?.id ?? null, purpose: input.purpose, status: input.status, method: input.method },
  });
  // A withdrawal takes the client's published case studies off the public site in this transaction.
  if (input.purpose === "case_study" && input.status === "withdrawn") {
    await takeDownCaseStudiesOf(tx, client.id, { organisationId: actor.organisationId, actorUserId: actor.userId, requestId: context.requestId, now: context.now });
  }
}
