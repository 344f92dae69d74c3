/**
 * Taking a client's case studies off the public site the moment their case-study consent is
 * withdrawn, in the same transaction as the withdrawal (server/clients/record-consent.ts). Each goes
 * back to draft, so publishing it again needs consent and a review again. The public pages check
 * the consent themselves as well (site/public-content.ts), so nothing depends on this alone.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import { cases, contentItems } from "../../db/schema.js";

export async function takeDownCaseStudiesOf(
  tx: Db,
  clientId: string,
  context: { organisationId: string; actorUserId: string | null; requestId: string | null; now: Date },
): Promise<number> {
  const taken = await tx
    .update(contentItems)
    .set({ isLive: false, status: "draft", updatedAt: context.now, version: sql`${contentItems.version} + 1` })
    .where(
      and(
        eq(contentItems.kind, "case_study"),
        eq(contentItems.isLive, true),
        inArray(contentItems.caseId, tx.select({ id: cases.id }).from(cases).where(eq(cases.clientId, clientId))),
      ),
    )
    .returning({ id: contentItems.id, caseId: contentItems.caseId });
  for (const item of taken) {
    await recordAudit(tx, {
      organisationId: context.organisationId,
      actorUserId: context.actorUserId,
      action: "content.case_study_taken_down",
      entityType: "case_study",
      entityId: item.id,
      clientId,
      requestId: context.requestId,
      at: context.now,
      details: { reason: "consent_withdrawn", caseId: item.caseId },
    });
  }
  return taken.length;
}
