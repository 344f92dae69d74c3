/**
 * Transferring a case to another site of the organisation, with the client's consent to share their
 * record recorded first. Audited at both sites; the receiving site's managers are alerted.
 */
import { and, eq } from "drizzle-orm";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { cases, consents, sites } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { notifySiteManagers } from "../notifications/notify-site-managers.js";
import type { Vault } from "../vault/vault.js";
import { recordCaseChange } from "./case-audit.js";
import { canTransfer } from "./policy.js";
import { findCaseFor } from "./queries.js";

export async function transferCase(
  tx: Db,
  actor: Actor,
  caseId: string,
  input: { toSiteId: string; consentMethod: "verbal" | "written"; reason: string },
  context: { vault: Vault; now: Date; requestId: string },
): Promise<void> {
  const { kase, isBreakGlass } = await findCaseFor(tx, actor, caseId, context.now);
  authorize(canTransfer(actor, kase, { isBreakGlass, isKeyWorker: false }));
  if (input.toSiteId === kase.siteId) throw new AppError("validation_failed", "Choose a different site.", { fields: [{ path: "body.toSiteId", message: "The case is already at this site." }] });
  const [target] = await tx.select({ id: sites.id, name: sites.name }).from(sites).where(and(eq(sites.id, input.toSiteId), eq(sites.organisationId, actor.organisationId))).limit(1);
  if (!target) throw new AppError("validation_failed", "Choose a site of this organisation.", { fields: [{ path: "body.toSiteId", message: "No such site." }] });
  await tx.insert(consents).values({
    organisationId: kase.organisationId,
    clientId: kase.clientId,
    purpose: "share_with_partner",
    partner: `Transfer to ${target.name}`,
    status: "given",
    method: input.consentMethod,
    recordedBy: actor.userId,
    recordedAt: context.now,
  });
  const updated = await tx.update(cases).set({ siteId: target.id, version: kase.version + 1 }).where(and(eq(cases.id, kase.id), eq(cases.version, kase.version))).returning({ id: cases.id });
  if (updated.length === 0) throw new AppError("conflict", "This case was changed by someone else. Reload it and try again.");
  const details = { fromSiteId: kase.siteId, toSiteId: target.id, consentMethod: input.consentMethod };
  // Recorded once against each site, so both sites' audit views show the transfer.
  await recordCaseChange(tx, actor, kase, { type: "transferred_out", reason: input.reason, details, siteId: kase.siteId }, context);
  await recordCaseChange(tx, actor, kase, { type: "transferred_in", details, siteId: target.id }, context);
  await notifySiteManagers(tx, { organisationId: kase.organisationId, siteId: target.id, kind: "case_transferred_in", entityType: "case", entityId: kase.id, reference: kase.reference });
}
