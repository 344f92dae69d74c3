/**
 * Brings the blind indexes of clients recorded before a match-key kind existed up to date. Today
 * that is `name_birth_year`: every client whose indexes show a date of birth and a name (they have
 * a `dob_initials` key) but no year key is re-indexed from their stored identity (`reindexClient`,
 * which also covers records merged into them). Batches are claimed with SKIP LOCKED, so several
 * instances can run it at once without indexing anyone twice; a client with no year key after
 * re-indexing would be picked again, which the key rules rule out (both keys need the same parts).
 * Once a pass finds nothing left it is recorded in `data_upgrades`, and later starts skip it.
 */
import { eq, sql } from "drizzle-orm";
import { inTransaction, queryRows, type Db } from "../db/client.js";
import { clientIndexes, clients, dataUpgrades } from "../db/schema.js";
import type { Vault } from "../vault/vault.js";
import { reindexClient } from "./reindex-client.js";

/** Re-indexes up to `batchSize` clients that lack the year key; returns how many it did. */
export async function backfillBirthYearKeys(db: Db, vault: Vault, batchSize = 200): Promise<number> {
  return inTransaction(db, async (tx) => {
    const batch = await queryRows<{ id: string; organisation_id: string }>(
      tx,
      sql`select ${clients.id} as id, ${clients.organisationId} as organisation_id from ${clients}
        where ${clients.mergedIntoId} is null and ${clients.erasedAt} is null
          and exists (select 1 from ${clientIndexes} where ${clientIndexes.clientId} = ${clients.id} and ${clientIndexes.kind} = 'dob_initials')
          and not exists (select 1 from ${clientIndexes} where ${clientIndexes.clientId} = ${clients.id} and ${clientIndexes.kind} = 'name_birth_year')
        limit ${batchSize}
        for update of ${clients} skip locked`,
    );
    for (const client of batch) await reindexClient(tx, vault, { id: client.id, organisationId: client.organisation_id });
    return batch.length;
  });
}

/** The data-upgrade name recorded once every client has the year key. */
export const birthYearKeysUpgrade = "client-indexes.name-birth-year";

/**
 * Runs the backfill to the end, a batch at a time with a pause between so it never holds up
 * requests, then records it as done: finding there is nothing left costs a scan of every client,
 * which later starts skip. Returns how many clients it re-indexed.
 */
export async function runMatchKeyBackfill(db: Db, vault: Vault, options: { pauseMs?: number; isStopped?: () => boolean } = {}): Promise<number> {
  const [done] = await db.select().from(dataUpgrades).where(eq(dataUpgrades.name, birthYearKeysUpgrade)).limit(1);
  if (done) return 0;
  let total = 0;
  for (;;) {
    if (options.isStopped?.()) return total;
    const count = await backfillBirthYearKeys(db, vault);
    total += count;
    if (count === 0) break;
    await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 50).unref());
  }
  await db.insert(dataUpgrades).values({ name: birthYearKeysUpgrade }).onConflictDoNothing();
  return total;
}

/** Starts `runMatchKeyBackfill` in the background; the returned stop waits for the batch in hand. */
export function startMatchKeyBackfill(db: Db, vault: Vault, options: { onDone: (count: number) => void; onError: (error: unknown) => void }) {
  let isStopped = false;
  const running = runMatchKeyBackfill(db, vault, { isStopped: () => isStopped }).then(
    (count) => {
      if (count > 0) options.onDone(count);
    },
    options.onError,
  );
  return {
    async stop() {
      isStopped = true;
      await running;
    },
  };
}
