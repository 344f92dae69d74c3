/**
 * The organisation's disclosure settings: the rules every figure that leaves for a commissioner
 * is published under (core/disclosure/rules.ts). `readDisclosureRules` is how the rest of
 * reporting reads them; administrators see and change them here, audited with the old and new
 * numbers (they are settings, not personal data).
 */
import { eq } from "drizzle-orm";
import type { DisclosureSettingsBody, DisclosureSettingsView } from "../../../core/api/reporting-contracts.js";
import { defaultDisclosureRules, disclosureSettingsSchema, lowestThreshold, parseDisclosureRules, type DisclosureRules } from "../../../core/disclosure/index.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { organisations } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError, notFound } from "../../http/errors.js";
import { canManageReporting } from "../policy.js";
import type { ReportingWriteContext } from "./write-context.js";

async function storedSettings(db: Db, organisationId: string, options: { forUpdate?: boolean } = {}): Promise<Record<string, unknown>> {
  const query = db.select({ settings: organisations.disclosureSettings }).from(organisations).where(eq(organisations.id, organisationId)).limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row) throw notFound("Organisation");
  return row.settings;
}

/**
 * The rules the organisation's outputs are published under: its settings, the defaults where it
 * has none. Stored settings that the rules no longer allow stop the output rather than fall back
 * to the defaults, which could be laxer than what the organisation chose.
 */
export async function readDisclosureRules(db: Db, organisationId: string): Promise<DisclosureRules> {
  const settings = await storedSettings(db, organisationId);
  try {
    return parseDisclosureRules(settings);
  } catch (error) {
    throw new AppError("internal", "The organisation's disclosure settings need to be set again before figures can be published.", { cause: error, internalMessage: `Stored disclosure settings of ${organisationId} are not valid.` });
  }
}

export async function readDisclosureSettings(db: Db, actor: Actor): Promise<DisclosureSettingsView> {
  authorize(canManageReporting(actor), "Only administrators see the disclosure settings.");
  const stored = await storedSettings(db, actor.organisationId);
  const rules = await readDisclosureRules(db, actor.organisationId);
  const protectionWidth = typeof stored.protectionWidth === "number" ? stored.protectionWidth : null;
  return { settings: { threshold: rules.threshold, roundingBase: rules.roundingBase, protectionWidth }, rules: { ...rules }, defaults: { ...defaultDisclosureRules }, lowestThreshold };
}

export async function saveDisclosureSettings(tx: Db, actor: Actor, input: DisclosureSettingsBody, context: ReportingWriteContext): Promise<void> {
  authorize(canManageReporting(actor), "Only administrators change the disclosure settings.");
  const before = await storedSettings(tx, actor.organisationId, { forUpdate: true });
  const next = { threshold: input.threshold, roundingBase: input.roundingBase, ...(input.protectionWidth === null ? {} : { protectionWidth: input.protectionWidth }) };
  // Settings stored before a rule tightened may no longer parse; the change replaces them either way.
  const parsedBefore = disclosureSettingsSchema.safeParse(before);
  const from = parsedBefore.success ? parsedBefore.data : null;
  const to = parseDisclosureRules(next);
  const fromWidth = typeof before.protectionWidth === "number" ? before.protectionWidth : null;
  const isUnchanged = from !== null && from.threshold === to.threshold && from.roundingBase === to.roundingBase && fromWidth === input.protectionWidth && Object.keys(before).length > 0;
  if (isUnchanged) return;
  await tx.update(organisations).set({ disclosureSettings: next }).where(eq(organisations.id, actor.organisationId));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "reporting.disclosure_settings_changed",
    entityType: "organisation",
    entityId: actor.organisationId,
    requestId: context.requestId,
    at: context.now,
    details: { from: from === null ? null : { ...from, protectionWidth: fromWidth }, to: { ...to, protectionWidth: input.protectionWidth } },
  });
}
