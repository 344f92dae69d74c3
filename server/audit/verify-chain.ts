/**
 * Verifies an organisation's audit chain from the first event, in bounded batches, and reports the
 * first broken link: a missing sequence number, a wrong previous hash, or content that no longer
 * matches its hash.
 */
import { and, asc, eq, gt } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { auditEvents } from "../db/schema.js";
import { eventHash, genesisHash } from "./chain.js";

export interface ChainReport {
  isIntact: boolean;
  checkedEvents: number;
  firstBrokenSeq: number | null;
  problem: string | null;
}

const batchSize = 2000;

export async function verifyChain(db: Db, organisationId: string): Promise<ChainReport> {
  let expectedSeq = 1;
  let prevHash = genesisHash;
  let checked = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisationId), gt(auditEvents.seq, expectedSeq - 1)))
      .orderBy(asc(auditEvents.seq))
      .limit(batchSize);
    for (const event of batch) {
      const broken = (problem: string): ChainReport => ({
        isIntact: false,
        checkedEvents: checked,
        firstBrokenSeq: event.seq,
        problem,
      });
      if (event.seq !== expectedSeq) {
        return { ...broken(`event ${expectedSeq} is missing`), firstBrokenSeq: expectedSeq };
      }
      if (event.prevHash !== prevHash) return broken("its link to the previous event does not match");
      if (eventHash(prevHash, event) !== event.hash) return broken("its content does not match its hash");
      prevHash = event.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (batch.length < batchSize) return { isIntact: true, checkedEvents: checked, firstBrokenSeq: null, problem: null };
  }
}
