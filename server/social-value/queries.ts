/**
 * Reading an organisation's catalogue, mappings and settings: the current version of each entry
 * and mapping (the highest), every version of one, and the settings row. Each takes the
 * organisation's id: callers have already decided who may ask, and the organisation scopes it.
 */
import { and, asc, count, desc, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { socialValueEntries, socialValueMappings, socialValueSettings, users } from "../db/schema.js";
import { notFound } from "../http/errors.js";

export type EntryRow = typeof socialValueEntries.$inferSelect;
export type MappingRow = typeof socialValueMappings.$inferSelect;
export type SettingsRow = typeof socialValueSettings.$inferSelect;
export type Named<T> = T & { createdByName: string | null };

/** The current version of every entry, by code, with the name of who made it. */
export async function currentEntries(db: Db, organisationId: string): Promise<Named<EntryRow>[]> {
  const rows = await db
    .selectDistinctOn([socialValueEntries.code], { row: socialValueEntries, createdByName: users.displayName })
    .from(socialValueEntries)
    .leftJoin(users, eq(users.id, socialValueEntries.createdBy))
    .where(eq(socialValueEntries.organisationId, organisationId))
    .orderBy(asc(socialValueEntries.code), desc(socialValueEntries.version));
  return rows.map(({ row, createdByName }) => ({ ...row, createdByName }));
}

/** How many versions each code has. */
export async function versionCounts(db: Db, organisationId: string): Promise<Map<string, number>> {
  const rows = await db.select({ code: socialValueEntries.code, versions: count() }).from(socialValueEntries).where(eq(socialValueEntries.organisationId, organisationId)).groupBy(socialValueEntries.code);
  return new Map(rows.map((row) => [row.code, row.versions]));
}

/** Every version of one code, newest first; "not found" when the catalogue has no such code. */
export async function entryVersions(db: Db, organisationId: string, code: string): Promise<Named<EntryRow>[]> {
  const rows = await db
    .select({ row: socialValueEntries, createdByName: users.displayName })
    .from(socialValueEntries)
    .leftJoin(users, eq(users.id, socialValueEntries.createdBy))
    .where(and(eq(socialValueEntries.organisationId, organisationId), eq(socialValueEntries.code, code)))
    .orderBy(desc(socialValueEntries.version))
    .limit(1000);
  if (rows.length === 0) throw notFound("Catalogue entry");
  return rows.map(({ row, createdByName }) => ({ ...row, createdByName }));
}

/** The current version of every outcome's mapping, with the name of who made it. */
export async function currentMappings(db: Db, organisationId: string): Promise<Named<MappingRow>[]> {
  const rows = await db
    .selectDistinctOn([socialValueMappings.outcomeCode], { row: socialValueMappings, createdByName: users.displayName })
    .from(socialValueMappings)
    .leftJoin(users, eq(users.id, socialValueMappings.createdBy))
    .where(eq(socialValueMappings.organisationId, organisationId))
    .orderBy(asc(socialValueMappings.outcomeCode), desc(socialValueMappings.version));
  return rows.map(({ row, createdByName }) => ({ ...row, createdByName }));
}

/** The organisation's settings row (seeded first: defaults.ts), locked for a change when asked. */
export async function readSettings(db: Db, organisationId: string, options: { forUpdate?: boolean } = {}): Promise<Named<SettingsRow>> {
  const query = db
    .select({ row: socialValueSettings, updatedByName: users.displayName })
    .from(socialValueSettings)
    .leftJoin(users, eq(users.id, socialValueSettings.updatedBy))
    .where(eq(socialValueSettings.organisationId, organisationId))
    .limit(1);
  const [found] = options.forUpdate ? await query.for("update", { of: socialValueSettings }) : await query;
  if (!found) throw notFound("Social value settings");
  return { ...found.row, createdByName: found.updatedByName };
}
