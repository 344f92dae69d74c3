/** Notes a merge or its reversal on the timeline of each of a client's cases, where workers look. */
import { eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { caseEvents, cases } from "../db/schema.js";
import type { SubjectKey } from "../vault/subject-key.js";
import type { Vault } from "../vault/vault.js";

export async function noteOnCaseTimelines(
  tx: Db,
  vault: Vault,
  clientKey: SubjectKey,
  entry: { type: "client_merged" | "client_merge_reversed"; actorUserId: string; at: Date; reason?: string; details: Record<string, unknown> },
): Promise<void> {
  const clientCases = await tx.select({ id: cases.id, organisationId: cases.organisationId }).from(cases).where(eq(cases.clientId, clientKey.subjectId));
  if (clientCases.length === 0) return;
  await tx.insert(caseEvents).values(
    clientCases.map((kase) => ({
      organisationId: kase.organisationId,
      caseId: kase.id,
      at: entry.at,
      actorUserId: entry.actorUserId,
      type: entry.type,
      // The reason is free text a worker typed: sealed under the client's key like every case reason.
      reason: entry.reason ? vault.encrypt(clientKey, "case_event_reason", entry.reason) : null,
      details: entry.details,
    })),
  );
}
