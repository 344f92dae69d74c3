/**
 * Verifies an organisation's audit chain from the first event, in bounded batches, and reports the
 * first broken link: a missing sequence number, a wrong previous hash, or content that no longer
 * matches its hash. Events are sealed into the chain moments after they are written
 * (`seal-chain.ts`); one still unsealed after `sealingGraceMinutes` means sealing has stopped, and
 * the chain is reported as not intact.
 */
import { and, asc, count, eq, gt, isNull, lt } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { auditEvents } from "../db/schema.js";
import { eventHash, genesisHash } from "./chain.js";

export interface ChainReport {
  isIntact: boolean;
  checkedEvents: number;
  firstBrokenSeq: number | null;
  problem: string | null;
  /** Events written but not yet sealed into the chain. */
  unsealedEvents: number;
}

const batchSize = 2000;
export const sealingGraceMinutes = 5;

export async function verifyChain(db: Db, organisationId: string, now = new Date()): Promise<ChainReport> {
  const unsealed = (overdue: boolean) =>
    db
      .select({ n: count() })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organisationId, organisationId),
          isNull(auditEvents.hash),
          overdue ? lt(auditEvents.at, new Date(now.getTime() - sealingGraceMinutes * 60_000)) : undefined,
        ),
      );
  const [[pending], [overdue]] = await Promise.all([unsealed(false), unsealed(true)]);
  const report = await verifySealed(db, organisationId);
  const unsealedEvents = pending?.n ?? 0;
  if (report.isIntact && (overdue?.n ?? 0) > 0) {
    return { ...report, isIntact: false, unsealedEvents, problem: `${overdue?.n} events have waited more than ${sealingGraceMinutes} minutes to be sealed` };
  }
  return { ...report, unsealedEvents };
}

async function verifySealed(db: Db, organisationId: string): Promise<Omit<ChainReport, "unsealedEvents">> {
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
      const broken = (problem: string): Omit<ChainReport, "unsealedEvents"> => ({
        isIntact: false,
        checkedEvents: checked,
        firstBrokenSeq: event.seq,
        problem,
      });
      if (event.seq !== expectedSeq || event.hash === null) {
        return { ...broken(`event ${expectedSeq} is missing`), firstBrokenSeq: expectedSeq };
      }
      if (event.prevHash !== prevHash) return broken("its link to the previous event does not match");
      if (eventHash(prevHash, { ...event, seq: expectedSeq }) !== event.hash) return broken("its content does not match its hash");
      prevHash = event.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (batch.length < batchSize) return { isIntact: true, checkedEvents: checked, firstBrokenSeq: null, problem: null };
  }
}
