/**
 * The organisation's export settings: read with the defaults and the organisation's own codes an
 * administrator maps from (referral sources, intervention types, programmes), and saved whole,
 * audited with the names of the parts that changed (never the values: a code is harmless, but the
 * rule is field names only).
 */
import { asc, desc, eq, isNull, or } from "drizzle-orm";
import type { NdtmsSettingsView } from "../../../core/api/reporting-ndtms.js";
import { defaultNdtmsSettings, type NdtmsSettings } from "../../../core/reporting/ndtms.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { programmeVersions, referralSources } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { readInterventionTypes } from "../../support/vocabulary.js";
import { canManageReporting } from "../policy.js";
import { readNdtmsSettings, storeNdtmsSettings } from "./settings-store.js";

const refusal = "Only administrators change the national dataset settings.";

export async function readNdtmsSettingsView(db: Db, actor: Actor): Promise<NdtmsSettingsView> {
  authorize(canManageReporting(actor), refusal);
  const { settings, isDefault, isOutdated } = await readNdtmsSettings(db, actor.organisationId);
  return { settings, defaults: defaultNdtmsSettings, isDefault, isOutdated, vocabularies: await vocabularies(db, actor.organisationId) };
}

export async function saveNdtmsSettings(tx: Db, actor: Actor, settings: NdtmsSettings, context: { now: Date; requestId: string }): Promise<NdtmsSettingsView> {
  authorize(canManageReporting(actor), refusal);
  const before = await readNdtmsSettings(tx, actor.organisationId, { forUpdate: true });
  await storeNdtmsSettings(tx, actor.organisationId, settings);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "reporting.ndtms_settings_changed",
    entityType: "organisation",
    entityId: actor.organisationId,
    requestId: context.requestId,
    details: { changed: changedParts(before.settings, settings) },
    at: context.now,
  });
  return { settings, defaults: defaultNdtmsSettings, isDefault: false, isOutdated: false, vocabularies: await vocabularies(tx, actor.organisationId) };
}

/** The settings' parts that differ: top-level names, and `codes.<table>` for code tables. */
export function changedParts(before: NdtmsSettings, after: NdtmsSettings): string[] {
  const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  const topLevel = (["columns", "dateFormat", "consentPurpose", "consentPartner"] as const).filter((key) => differs(before[key], after[key]));
  const tables = (Object.keys(after.codes) as (keyof NdtmsSettings["codes"])[]).filter((key) => differs(before.codes[key], after.codes[key])).map((key) => `codes.${key}`);
  return [...topLevel, ...tables];
}

async function vocabularies(db: Db, organisationId: string): Promise<NdtmsSettingsView["vocabularies"]> {
  const sources = await db.select({ code: referralSources.code, label: referralSources.label }).from(referralSources).where(eq(referralSources.organisationId, organisationId)).orderBy(asc(referralSources.code));
  const interventionTypes = await readInterventionTypes(db, organisationId);
  const programmes = await db
    .selectDistinctOn([programmeVersions.key], { code: programmeVersions.key, definition: programmeVersions.definition })
    .from(programmeVersions)
    .where(or(isNull(programmeVersions.organisationId), eq(programmeVersions.organisationId, organisationId)))
    .orderBy(programmeVersions.key, desc(programmeVersions.version))
    .limit(500);
  return {
    referralSources: sources.map((source) => ({ code: source.code, label: source.label })),
    interventionTypes: interventionTypes.map((type) => ({ code: type.code, label: type.label })),
    programmes: programmes.map((programme) => ({ code: programme.code, label: typeof programme.definition.title === "string" ? programme.definition.title : null })),
  };
}
