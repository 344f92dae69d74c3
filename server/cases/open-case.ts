/**
 * Opens a case for a client at a site, in assessment, with its timeline starting from the referral
 * that led to it. A restricted case is named to the person who opened it, so it is never orphaned.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { caseAccessGrants, caseAssignments, caseEvents, cases } from "../db/schema.js";
import { newReference } from "../references.js";
import type { SubjectKey } from "../vault/subject-key.js";
import type { Vault } from "../vault/vault.js";

export type CaseRow = typeof cases.$inferSelect;

export interface OpenCaseInput {
  organisationId: string;
  siteId: string;
  clientId: string;
  referral: { id: string; receivedAt: Date; reference: string } | null;
  isRestricted: boolean;
  ageBand: string;
  reason: string;
  openedBy: string;
  keyWorkerId: string | null;
}

export async function openCase(
  tx: Db,
  context: { vault: Vault; clientKey: SubjectKey; now: Date; requestId: string },
  input: OpenCaseInput,
): Promise<CaseRow> {
  let reference = newReference("K");
  while ((await tx.select({ id: cases.id }).from(cases).where(eq(cases.reference, reference)).limit(1)).length > 0) {
    reference = newReference("K");
  }
  const id = randomUUID();
  const [kase] = await tx
    .insert(cases)
    .values({
      id,
      organisationId: input.organisationId,
      siteId: input.siteId,
      clientId: input.clientId,
      referralId: input.referral?.id ?? null,
      reference,
      state: "assessment",
      isRestricted: input.isRestricted,
      ageBandAtOpening: input.ageBand,
      openedAt: context.now,
    })
    .returning();
  if (!kase) throw new Error("insert returned no case");
  const event = (type: string, at: Date, extra: Partial<typeof caseEvents.$inferInsert> = {}) => ({
    organisationId: input.organisationId,
    caseId: id,
    at,
    type,
    ...extra,
  });
  await tx.insert(caseEvents).values([
    ...(input.referral ? [event("referral_received", input.referral.receivedAt, { details: { referralReference: input.referral.reference } })] : []),
    event("opened", context.now, {
      actorUserId: input.openedBy,
      toState: "assessment",
      reason: context.vault.encrypt(context.clientKey, "case_event_reason", input.reason),
    }),
  ]);
  if (input.isRestricted) {
    await tx.insert(caseAccessGrants).values({ caseId: id, userId: input.openedBy, organisationId: input.organisationId, grantedBy: input.openedBy, grantedAt: context.now });
  }
  if (input.keyWorkerId) {
    await tx.insert(caseAssignments).values({
      organisationId: input.organisationId,
      caseId: id,
      userId: input.keyWorkerId,
      role: "key_worker",
      assignedBy: input.openedBy,
      assignedAt: context.now,
    });
  }
  await recordAudit(tx, {
    organisationId: input.organisationId,
    actorUserId: input.openedBy,
    action: "case.opened",
    entityType: "case",
    entityId: id,
    siteId: input.siteId,
    clientId: input.clientId,
    requestId: context.requestId,
    details: { isRestricted: input.isRestricted, referralId: input.referral?.id ?? null },
  });
  return kase;
}
