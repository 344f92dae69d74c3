/**
 * Why emergency access was used: the reason the person gave, decrypted under the client's key for
 * the data protection officer alone, from an audit event made under (or granting) that access.
 * Reading it is an audited read of the client's data.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { isBreakGlassAction } from "../../core/audit/describe-event.js";
import type { Db } from "../db/client.js";
import { auditEvents, breakGlassAccesses, cases } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError, notFound } from "../http/errors.js";
import { isVaultError } from "../vault/errors.js";
import type { Vault } from "../vault/vault.js";
import { recordAudit } from "./record-audit.js";

export async function readBreakGlassReason(tx: Db, actor: Actor, eventId: number, context: { vault: Vault; now: Date; requestId: string }) {
  const [event] = await tx
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.id, eventId), eq(auditEvents.organisationId, actor.organisationId)))
    .limit(1);
  if (!event || !isBreakGlassAction(event.action) || !event.actorUserId || !event.clientId) throw notFound("Emergency access");
  const caseIds = event.entityType === "case" && event.entityId ? [event.entityId] : (await tx.select({ id: cases.id }).from(cases).where(eq(cases.clientId, event.clientId))).map((row) => row.id);
  // The access the event was made under: the person's on the client's case granted nearest the event.
  const [access] =
    caseIds.length === 0
      ? []
      : await tx
          .select()
          .from(breakGlassAccesses)
          .where(and(eq(breakGlassAccesses.organisationId, actor.organisationId), eq(breakGlassAccesses.userId, event.actorUserId), inArray(breakGlassAccesses.caseId, caseIds)))
          .orderBy(sql`abs(extract(epoch from ${breakGlassAccesses.grantedAt} - ${event.at.toISOString()}::timestamptz))`)
          .limit(1);
  if (!access) throw notFound("Emergency access");
  let reason: string;
  try {
    reason = context.vault.decrypt(await context.vault.loadSubjectKey(tx, event.clientId), "break_glass_reason", access.reason);
  } catch (error) {
    if (isVaultError(error)) throw new AppError("gone", "The reason can no longer be read: the client's record has been erased.");
    throw error;
  }
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "audit.break_glass_reason_read",
    entityType: "break_glass_access",
    entityId: access.id,
    siteId: event.siteId,
    clientId: event.clientId,
    requestId: context.requestId,
    details: { eventId: event.id },
  });
  return { reason, grantedAt: access.grantedAt.toISOString(), expiresAt: access.expiresAt.toISOString() };
}
