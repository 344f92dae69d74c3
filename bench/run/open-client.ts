/**
 * Benchmark: opening a client record, as the server does it for "reveal": one transaction that
 * finds the client within what the caseworker may see (the visibility rule in
 * server/clients/scope.ts), writes the audit event, and loads and decrypts the identity (the
 * subject key unwrapped by the master key, each field opened): `revealClientIdentity`. The
 * sealer running beside the benchmarks chains the events. Limit: one primary-key select of the
 * same identity and subject-key rows on the same pool.
 */
import { randomUUID } from "node:crypto";
import { revealClientIdentity } from "../../server/clients/reveal-identity.js";
import { inTransaction } from "../../server/db/client.js";
import type { Actor } from "../../server/http/context.js";
import type { Vault } from "../../server/vault/vault.js";
import type { BenchDatabase } from "../lib/database.js";
import type { BenchmarkSpec } from "./spec.js";

export const primaryKeySelect = `select ci.*, sk.master_key_version, sk.wrapped_key, sk.destroyed_at
  from client_identities ci join subject_keys sk on sk.subject_id = ci.client_id where ci.client_id = $1`;

export async function openClient(database: BenchDatabase, vault: Vault, context: { actor: Actor; siteId: string; count: number }): Promise<BenchmarkSpec> {
  // Clients this caseworker may open: those with an unrestricted case at the caseworker's site,
  // spread over the whole table (a stable sample, so runs compare).
  const sample = await database.query<{ client_id: string }>(
    `select distinct client_id from cases where site_id = $1 and not is_restricted and hashtext(id::text) % 97 = 0 limit $2`,
    [context.siteId, context.count],
  );
  if (sample.length === 0) throw new Error("no clients to open at the caseworker's site");
  const clientAt = (i: number) => sample[i % sample.length]?.client_id ?? "";
  return {
    key: "open_client",
    title: "Open a client record (scope + audit + decrypt)",
    targetP95Ms: 25,
    limitDescription: "one primary-key select of the same identity and subject-key rows",
    real: (i) =>
      inTransaction(database.db, async (tx) => {
        const identity = await revealClientIdentity(tx, context.actor, clientAt(i), { vault, now: new Date(), requestId: randomUUID() });
        if (!identity.givenName) throw new Error(`client ${clientAt(i)} has no name`);
        return identity;
      }),
    limit: async (i) => {
      const rows = await database.query(primaryKeySelect, [clientAt(i)]);
      if (rows.length !== 1) throw new Error("client not found");
      return rows;
    },
  };
}
