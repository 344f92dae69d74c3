/**
 * Webhook signatures: HMAC-SHA256 over `timestamp.body`, sent as
 * `Pathways-Signature: t=<unix seconds>,v1=<hex>`. Partners verify with `verifySignature` (the same
 * steps are written out in docs/INTEGRATIONS.md). The timestamp is signed, so an old message
 * cannot be replayed once it falls outside the window.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const signatureHeader = "pathways-signature";

/** How old (or how far ahead) a signed message may be and still be accepted: five minutes. */
export const replayWindowSeconds = 300;

function digest(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** The header value for `body` sent at `timestamp` (unix seconds). */
export function signatureFor(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${digest(secret, timestamp, body)}`;
}

export type Verification = { ok: true } | { ok: false; reason: "malformed" | "stale" | "mismatch" };

/**
 * Checks a received header against the raw body: well-formed, within the replay window of `now`
 * (unix seconds), and a matching HMAC compared in constant time. Any `v1` that matches is enough,
 * so a secret can be rolled while both are in use.
 */
export function verifySignature(secret: string, header: string, body: string, now: number): Verification {
  const parts = header.split(",").map((part) => part.trim().split("="));
  const timestamps = parts.filter(([key]) => key === "t").map(([, value]) => value ?? "");
  const signatures = parts.filter(([key]) => key === "v1").map(([, value]) => value ?? "");
  const timestamp = Number(timestamps[0]);
  if (timestamps.length !== 1 || !/^\d{1,12}$/.test(timestamps[0] ?? "") || signatures.length === 0) return { ok: false, reason: "malformed" };
  if (Math.abs(now - timestamp) > replayWindowSeconds) return { ok: false, reason: "stale" };
  const expected = Buffer.from(digest(secret, timestamp, body), "hex");
  const matches = signatures.some((signature) => {
    if (!/^[0-9a-f]{64}$/.test(signature)) return false;
    return timingSafeEqual(Buffer.from(signature, "hex"), expected);
  });
  return matches ? { ok: true } : { ok: false, reason: "mismatch" };
}
