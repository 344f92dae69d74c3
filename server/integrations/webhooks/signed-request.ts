/**
 * The body and headers of one try: the stored envelope (ids only), with the identity the partner
 * may receive added for this try alone, signed with the endpoint's secret over `timestamp.body`.
 */
import { signatureFor, signatureHeader } from "../../../core/integrations/signature.js";
import type { Db } from "../../db/client.js";
import type { webhookDeliveries, webhookEndpoints } from "../../db/schema.js";
import type { Vault } from "../../vault/vault.js";
import { sharedIdentity } from "./shared-identity.js";

/** The field name the signing secret is encrypted under. */
export const signingSecretField = "webhook.signing_secret";

export async function signedRequest(
  tx: Db,
  vault: Vault,
  endpoint: typeof webhookEndpoints.$inferSelect,
  delivery: typeof webhookDeliveries.$inferSelect,
  now: Date,
): Promise<{ headers: Record<string, string>; body: string }> {
  const payload = delivery.payload as { id: string; type: string; data: Record<string, unknown> };
  const person = await sharedIdentity(tx, vault, endpoint, payload, now);
  const body = JSON.stringify(person ? { ...payload, person } : payload);
  const key = await vault.loadSubjectKey(tx, endpoint.secretKeyId);
  const secret = vault.decrypt(key, signingSecretField, endpoint.secret);
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    body,
    headers: { [signatureHeader]: signatureFor(secret, timestamp, body), "pathways-event": payload.type, "pathways-delivery": delivery.id, "idempotency-key": payload.id },
  };
}
