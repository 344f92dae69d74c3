/**
 * Benchmark: opening a client record, as the server does it: one transaction that loads and
 * decrypts the identity (readIdentity: the identity row, the subject key unwrapped by the master
 * key, each field opened) and writes the audit event (recordAudit; the sealer running beside the
 * benchmarks chains it). Limit: one primary-key select of the same two rows on the same pool.
 */
import { randomUUID } from "node:crypto";
import { recordAudit } from "../../server/audit/record-audit.js";
import { readIdentity } from "../../server/clients/identity-store.js";
import { inTransaction } from "../../server/db/client.js";
import type { Vault } from "../../server/vault/vault.js";
import { personAt } from "../data/person.js";
import type { BenchDatabase } from "../lib/database.js";
import { seededRandom, seedFor } from "../lib/prng.js";
import type { BenchmarkSpec } from "./spec.js";

export const primaryKeySelect = `select ci.*, sk.master_key_version, sk.wrapped_key, sk.destroyed_at
  from client_identities ci join subject_keys sk on sk.subject_id = ci.client_id where ci.client_id = $1`;

export function openClient(
  database: BenchDatabase,
  vault: Vault,
  context: { seed: number; clients: number; organisationId: string; actorUserId: string; count: number },
): BenchmarkSpec {
  const random = seededRandom(seedFor(context.seed, 4, 0));
  const clientIds = Array.from({ length: context.count }, () => personAt(context.seed, random.int(0, context.clients - 1)).clientId);
  const clientAt = (i: number) => clientIds[i % clientIds.length] ?? "";
  return {
    key: "open_client",
    title: "Open a client record (decrypt + audit)",
    targetP95Ms: 25,
    limitDescription: "one primary-key select of the same identity and subject-key rows",
    real: (i) =>
      inTransaction(database.db, async (tx) => {
        const clientId = clientAt(i);
        const identity = await readIdentity(tx, vault, clientId);
        await recordAudit(tx, {
          organisationId: context.organisationId,
          actorUserId: context.actorUserId,
          action: "client.identity_revealed",
          entityType: "client",
          entityId: clientId,
          clientId,
          requestId: randomUUID(),
        });
        if (!identity.givenName) throw new Error(`client ${clientId} has no name`);
        return identity;
      }),
    limit: async (i) => {
      const rows = await database.query(primaryKeySelect, [clientAt(i)]);
      if (rows.length !== 1) throw new Error("client not found");
      return rows;
    },
  };
}
