/**
 * Changes the organisation's discounting settings or its deflator series, with the version seen
 * (409 when stale). Neither touches a calculation already made: each stored result holds the rates
 * and the deflator rows it used. Audited by what changed; a deflator change with the years entered.
 */
import { eq } from "drizzle-orm";
import type { PutDeflatorsBody, PutSettingsBody } from "../../core/api/social-value.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { socialValueSettings } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { canManageSocialValue } from "./policy.js";
import { readSettings } from "./queries.js";
import { isSameValue } from "./same-value.js";
import type { SocialValueWriteContext } from "./write-context.js";

const stale = () => new AppError("conflict", "Someone else changed these settings since you opened them. Reload and try again.");

async function lockedAt(tx: Db, actor: Actor, version: number) {
  authorize(canManageSocialValue(actor), "Only administrators keep the social-value settings.");
  const settings = await readSettings(tx, actor.organisationId, { forUpdate: true });
  if (settings.version !== version) throw stale();
  return settings;
}

export async function updateSettings(tx: Db, actor: Actor, input: PutSettingsBody, context: SocialValueWriteContext): Promise<void> {
  const settings = await lockedAt(tx, actor, input.version);
  const changed = (["discounting", "optimismBias", "targetPriceYear"] as const).filter((field) => !isSameValue(settings[field], input[field]));
  if (changed.length === 0) return;
  await tx
    .update(socialValueSettings)
    .set({ discounting: input.discounting, optimismBias: input.optimismBias, targetPriceYear: input.targetPriceYear, updatedAt: context.now, updatedBy: actor.userId, version: settings.version + 1 })
    .where(eq(socialValueSettings.organisationId, actor.organisationId));
  await recordAudit(tx, { organisationId: actor.organisationId, actorUserId: actor.userId, action: "social_value.settings_changed", entityType: "social_value_settings", requestId: context.requestId, at: context.now, details: { changed } });
}

export async function updateDeflators(tx: Db, actor: Actor, input: PutDeflatorsBody, context: SocialValueWriteContext): Promise<void> {
  const settings = await lockedAt(tx, actor, input.version);
  if (isSameValue(settings.deflators, input.series)) return;
  await tx
    .update(socialValueSettings)
    .set({ deflators: input.series, updatedAt: context.now, updatedBy: actor.userId, version: settings.version + 1 })
    .where(eq(socialValueSettings.organisationId, actor.organisationId));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "social_value.deflators_changed",
    entityType: "social_value_settings",
    requestId: context.requestId,
    at: context.now,
    details: { years: input.series.rows.map((row) => row.year).sort() },
  });
}
