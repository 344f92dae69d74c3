/**
 * The audit hash chain: each event's hash covers its own content and the previous event's hash,
 * so changing, removing or reordering any event breaks every link after it.
 */
import { createHash } from "node:crypto";

export const genesisHash = "0".repeat(64);

export interface ChainedContent {
  organisationId: string;
  seq: number;
  at: Date;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  siteId: string | null;
  clientId: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

/** JSON with object keys sorted at every depth, so equal content always hashes equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export function eventHash(prevHash: string, content: ChainedContent): string {
  const payload = canonicalJson([
    prevHash,
    content.organisationId,
    content.seq,
    content.at.toISOString(),
    content.actorUserId,
    content.action,
    content.entityType,
    content.entityId,
    content.siteId,
    content.clientId,
    content.requestId,
    content.details,
  ]);
  return createHash("sha256").update(payload).digest("hex");
}
