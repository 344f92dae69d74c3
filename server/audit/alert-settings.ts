/**
 * An organisation's unusual-access thresholds: the defaults (core/audit/unusual-access.ts) until a
 * data protection officer or administrator changes them; each change is audited with the fields
 * changed and guarded by the version seen.
 */
import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { alertSettingsSchema, updateAlertSettingsBodySchema } from "../../core/api/audit.js";
import { defaultUnusualAccessSettings, type UnusualAccessSettings } from "../../core/audit/unusual-access.js";
import type { Db } from "../db/client.js";
import { fieldsChangedFrom } from "../db/fields-changed.js";
import { auditAlertSettings, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { recordAudit } from "./record-audit.js";

type Update = z.infer<typeof updateAlertSettingsBodySchema>;
type Presented = z.infer<typeof alertSettingsSchema>;

const settingsFields = Object.keys(defaultUnusualAccessSettings) as (keyof UnusualAccessSettings)[];

async function storedSettings(db: Db, organisationId: string) {
  const [row] = await db
    .select({ settings: auditAlertSettings, updatedByName: users.displayName })
    .from(auditAlertSettings)
    .leftJoin(users, eq(users.id, auditAlertSettings.updatedBy))
    .where(eq(auditAlertSettings.organisationId, organisationId))
    .limit(1);
  return row;
}

const pick = (from: UnusualAccessSettings): UnusualAccessSettings => Object.fromEntries(settingsFields.map((field) => [field, from[field]])) as unknown as UnusualAccessSettings;

/** The thresholds detection applies now. */
export async function unusualAccessSettingsOf(db: Db, organisationId: string): Promise<UnusualAccessSettings> {
  const row = await storedSettings(db, organisationId);
  return row ? pick(row.settings) : defaultUnusualAccessSettings;
}

export async function readAlertSettings(db: Db, organisationId: string): Promise<Presented> {
  const row = await storedSettings(db, organisationId);
  if (!row) return { ...defaultUnusualAccessSettings, version: 1, updatedAt: null, updatedByName: null };
  return { ...pick(row.settings), version: row.settings.version, updatedAt: row.settings.updatedAt.toISOString(), updatedByName: row.updatedByName };
}

export async function updateAlertSettings(tx: Db, actor: Actor, body: Update, context: { now: Date; requestId: string }): Promise<void> {
  const { version, ...wanted } = body;
  const next = { ...wanted, workingDays: [...wanted.workingDays].sort((a, b) => a - b) };
  const current = await readAlertSettings(tx, actor.organisationId);
  if (current.version !== version) throw new AppError("conflict", "Someone else changed these settings. Reload to see their change.");
  const changed = fieldsChangedFrom(next, pick(current));
  if (changed.length === 0) return;
  const values = { ...next, version: version + 1, updatedBy: actor.userId, updatedAt: context.now };
  const written = await tx
    .insert(auditAlertSettings)
    .values({ organisationId: actor.organisationId, ...values })
    .onConflictDoUpdate({ target: auditAlertSettings.organisationId, set: values, setWhere: sql`${auditAlertSettings.version} = ${version}` })
    .returning({ version: auditAlertSettings.version });
  if (written.length === 0) throw new AppError("conflict", "Someone else changed these settings. Reload to see their change.");
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "audit.alert_settings_changed",
    entityType: "audit_alert_settings",
    entityId: actor.organisationId,
    requestId: context.requestId,
    details: { changed },
  });
}
