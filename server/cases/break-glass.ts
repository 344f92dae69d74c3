/**
 * Break-glass: a manager or safeguarding lead who must see a case outside their scope in an
 * emergency states why, gets one hour of read-only access, and the case's site managers are alerted.
 */
import { and, eq } from "drizzle-orm";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { breakGlassAccesses, cases } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { notifySiteManagers } from "../notifications/notify-site-managers.js";
import type { Vault } from "../vault/vault.js";
import { recordCaseChange } from "./case-audit.js";
import { canBreakGlass } from "./policy.js";
import { unsafeFindCaseInOrganisation } from "./queries.js";
import { visibleCases } from "./scope.js";

export const breakGlassMinutes = 60;

export async function breakGlass(tx: Db, actor: Actor, caseId: string, reason: string, context: { vault: Vault; now: Date; requestId: string }): Promise<Date> {
  authorize(canBreakGlass(actor));
  // Reaching beyond one's scope is the point here; the case must still be in the organisation.
  const kase = await unsafeFindCaseInOrganisation(tx, actor.organisationId, caseId);
  const [alreadyVisible] = await tx.select({ id: cases.id }).from(cases).where(and(eq(cases.id, kase.id), visibleCases(actor, context.now))).limit(1);
  if (alreadyVisible) throw new AppError("conflict", "You can already see this case.");
  const key = await context.vault.loadSubjectKey(tx, kase.clientId);
  const expiresAt = new Date(context.now.getTime() + breakGlassMinutes * 60_000);
  await tx.insert(breakGlassAccesses).values({
    organisationId: kase.organisationId,
    caseId: kase.id,
    userId: actor.userId,
    reason: context.vault.encrypt(key, "break_glass_reason", reason),
    grantedAt: context.now,
    expiresAt,
  });
  await recordCaseChange(tx, actor, kase, { type: "break_glass", reason, details: { userId: actor.userId, expiresAt: expiresAt.toISOString() } }, context);
  await notifySiteManagers(tx, { organisationId: kase.organisationId, siteId: kase.siteId, kind: "break_glass", entityType: "case", entityId: kase.id, reference: kase.reference, actorUserId: actor.userId });
  return expiresAt;
}
