/** How catalogue entries, mappings and settings leave the server: the fields listed, nothing more. */
import type { z } from "zod";
import type { CatalogueEntryView, catalogueListSchema, deflatorsViewSchema, settingsViewSchema } from "../../core/api/social-value.js";
import type { EntryRow, Named, SettingsRow } from "./queries.js";

export function presentEntry(row: Named<EntryRow>): CatalogueEntryView {
  return { entry: row.entry, isShipped: row.createdBy === null, createdAt: row.createdAt.toISOString(), createdByName: row.createdByName };
}

export function presentCatalogue(rows: readonly Named<EntryRow>[], versions: ReadonlyMap<string, number>): z.infer<typeof catalogueListSchema> {
  return { entries: rows.map((row) => ({ ...presentEntry(row), versionCount: versions.get(row.code) ?? 1 })) };
}

export function presentSettings(row: Named<SettingsRow>): z.infer<typeof settingsViewSchema> {
  return { discounting: row.discounting, optimismBias: row.optimismBias, targetPriceYear: row.targetPriceYear, version: row.version, updatedAt: row.updatedAt.toISOString(), updatedByName: row.createdByName };
}

export function presentDeflators(row: Named<SettingsRow>): z.infer<typeof deflatorsViewSchema> {
  return { series: row.deflators, version: row.version, updatedAt: row.updatedAt.toISOString(), updatedByName: row.createdByName };
}
