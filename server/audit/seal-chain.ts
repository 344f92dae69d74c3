/**
 * Seals committed audit events into their organisation's hash chain, oldest first: each gets the
 * next sequence number, the previous event's hash and its own. One sealer per organisation at a
 * time (an advisory lock; another instance finding it taken leaves the work to the holder), in
 * short batches, so writers of events never wait for the chain. The database allows exactly this
 * change to an event and no other (migration 0006).
 */
import { and, asc, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { inTransaction, queryRows, type Db } from "../db/client.js";
import { auditEvents } from "../db/schema.js";
import { eventHash, genesisHash } from "./chain.js";

const batchSize = 500;

/** Seals every unsealed event of one organisation; returns how many it sealed. */
export async function sealOrganisationChain(db: Db, organisationId: string): Promise<number> {
  let sealed = 0;
  for (;;) {
    const count = await inTransaction(db, async (tx) => {
      const [lock] = await queryRows<{ acquired: boolean }>(
        tx,
        sql`select pg_try_advisory_xact_lock(hashtextextended(${`audit:${organisationId}`}, 0)) as acquired`,
      );
      if (!lock?.acquired) return 0;
      const pending = await tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.organisationId, organisationId), isNull(auditEvents.hash)))
        .orderBy(asc(auditEvents.id))
        .limit(batchSize);
      if (pending.length === 0) return 0;
      const [last] = await tx
        .select({ seq: auditEvents.seq, hash: auditEvents.hash })
        .from(auditEvents)
        .where(and(eq(auditEvents.organisationId, organisationId), isNotNull(auditEvents.seq)))
        .orderBy(desc(auditEvents.seq))
        .limit(1);
      let seq = last?.seq ?? 0;
      let prevHash = last?.hash ?? genesisHash;
      const links = pending.map((event) => {
        seq += 1;
        const hash = eventHash(prevHash, { ...event, seq });
        const link = { id: event.id, seq, prevHash, hash };
        prevHash = hash;
        return link;
      });
      const values = sql.join(
        links.map((link) => sql`(${link.id}::bigint, ${link.seq}::bigint, ${link.prevHash}::text, ${link.hash}::text)`),
        sql`, `,
      );
      await tx.execute(sql`update ${auditEvents} set seq = link.seq, prev_hash = link.prev_hash, hash = link.hash
        from (values ${values}) as link (id, seq, prev_hash, hash)
        where ${auditEvents.id} = link.id and ${auditEvents.hash} is null`);
      return links.length;
    });
    sealed += count;
    if (count < batchSize) return sealed;
  }
}

/** Seals every organisation's unsealed events; what the background sealer runs. */
export async function sealAuditChains(db: Db): Promise<number> {
  const organisations = await queryRows<{ organisation_id: string }>(
    db,
    sql`select distinct ${auditEvents.organisationId} as organisation_id from ${auditEvents} where ${auditEvents.hash} is null`,
  );
  let sealed = 0;
  for (const { organisation_id } of organisations) sealed += await sealOrganisationChain(db, organisation_id);
  return sealed;
}
