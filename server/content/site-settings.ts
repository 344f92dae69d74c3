/**
 * The organisation's public details, from which the contact page and the privacy notice are
 * generated. Read by administrators and content editors, changed by administrators (audited by
 * field name). An organisation that has saved nothing yet has the defaults.
 */
import { eq } from "drizzle-orm";
import type { SiteSettings, UpdateSiteSettingsBody } from "../../core/api/content.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { siteSettings } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import type { WriteContext } from "./content-rules.js";
import { canManageSiteSettings } from "./policy.js";

const defaults: Omit<SiteSettings, "updatedAt"> = {
  publicName: "",
  contactEmail: "",
  contactPhone: "",
  postalAddress: "",
  charityNumber: "",
  icoRegistration: "",
  dpoEmail: "",
  recordsKeptYears: 6,
};

/** The settings as the API presents them, from a stored row (null: none saved yet, the defaults). */
export function settingsOf(row: typeof siteSettings.$inferSelect | null): SiteSettings {
  if (!row) return { ...defaults, updatedAt: null };
  return {
    publicName: row.publicName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    postalAddress: row.postalAddress,
    charityNumber: row.charityNumber,
    icoRegistration: row.icoRegistration,
    dpoEmail: row.dpoEmail,
    recordsKeptYears: row.recordsKeptYears,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function readSiteSettings(db: Db, organisationId: string): Promise<SiteSettings> {
  const [row] = await db.select().from(siteSettings).where(eq(siteSettings.organisationId, organisationId)).limit(1);
  return settingsOf(row ?? null);
}

export async function updateSiteSettings(tx: Db, actor: Actor, input: UpdateSiteSettingsBody, context: WriteContext): Promise<void> {
  authorize(canManageSiteSettings(actor));
  const before = await readSiteSettings(tx, actor.organisationId);
  const changed = (Object.keys(input) as (keyof UpdateSiteSettingsBody)[]).filter((field) => input[field] !== before[field]);
  const values = { ...input, updatedAt: context.now, updatedBy: actor.userId };
  await tx
    .insert(siteSettings)
    .values({ organisationId: actor.organisationId, ...values })
    .onConflictDoUpdate({ target: siteSettings.organisationId, set: values });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "content.site_settings_updated",
    entityType: "site_settings",
    entityId: actor.organisationId,
    requestId: context.requestId,
    at: context.now,
    details: { fields: changed },
  });
}
