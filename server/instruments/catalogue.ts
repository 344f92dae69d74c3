/**
 * An organisation's instrument catalogue: the built-in instruments and its own (imported) ones, each
 * at its latest version, with the organisation's settings. Keys share one numbering: an imported
 * version of a built-in instrument (official wording, say) takes the next version number, and the
 * organisation's own version wins a tie with a built-in one.
 */
import { and, asc, desc, eq, isNull, or } from "drizzle-orm";
import type { z } from "zod";
import type { instrumentSummarySchema, InstrumentSettings } from "../../core/api/assessments.js";
import { allItems, instrumentDefinitionSchema, type InstrumentDefinition } from "../../core/instruments/definition.js";
import { defaultInstrumentSettings } from "../../core/instruments/reassessment.js";
import type { Db } from "../db/client.js";
import { instrumentSettings, instrumentVersions } from "../db/schema.js";
import { notFound } from "../http/errors.js";

export type InstrumentVersionRow = typeof instrumentVersions.$inferSelect;

/** Parsed definitions by version id: a stored version never changes, so it is parsed once. */
const parsed = new Map<string, InstrumentDefinition>();
const parsedLimit = 1000;

/** Stored definitions were checked when stored; parsing again fills defaults and gives the type. */
export function definitionOf(row: Pick<InstrumentVersionRow, "id" | "definition">): InstrumentDefinition {
  const known = parsed.get(row.id);
  if (known) return known;
  const definition = instrumentDefinitionSchema.parse(row.definition);
  if (parsed.size >= parsedLimit) parsed.clear();
  parsed.set(row.id, definition);
  return definition;
}

const visibleTo = (organisationId: string) => or(isNull(instrumentVersions.organisationId), eq(instrumentVersions.organisationId, organisationId));

/** Newest first: higher version, then the organisation's own before a built-in one. */
const newestFirst = [desc(instrumentVersions.version), asc(instrumentVersions.organisationId)] as const;

export async function findVersion(db: Db, organisationId: string, versionId: string): Promise<InstrumentVersionRow> {
  const [row] = await db.select().from(instrumentVersions).where(and(eq(instrumentVersions.id, versionId), visibleTo(organisationId))).limit(1);
  if (!row) throw notFound("Instrument");
  return row;
}

/** The newest version of an instrument the organisation has, or undefined if it has none by that key. */
export async function findLatestVersion(db: Db, organisationId: string, key: string): Promise<InstrumentVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(instrumentVersions)
    .where(and(eq(instrumentVersions.key, key), visibleTo(organisationId)))
    .orderBy(...newestFirst)
    .limit(1);
  return row;
}

export async function latestVersion(db: Db, organisationId: string, key: string): Promise<InstrumentVersionRow> {
  const row = await findLatestVersion(db, organisationId, key);
  if (!row) throw notFound("Instrument");
  return row;
}

export async function versionsOf(db: Db, organisationId: string, key: string) {
  return db
    .select({ versionId: instrumentVersions.id, version: instrumentVersions.version, createdAt: instrumentVersions.createdAt })
    .from(instrumentVersions)
    .where(and(eq(instrumentVersions.key, key), visibleTo(organisationId)))
    .orderBy(...newestFirst);
}

export async function settingsFor(db: Db, organisationId: string, definition: Pick<InstrumentDefinition, "key" | "kind">): Promise<InstrumentSettings> {
  const [row] = await db
    .select()
    .from(instrumentSettings)
    .where(and(eq(instrumentSettings.organisationId, organisationId), eq(instrumentSettings.key, definition.key)))
    .limit(1);
  return row ? { isEnabled: row.isEnabled, requiresApproval: row.requiresApproval, schedule: row.schedule } : defaultInstrumentSettings(definition);
}

/** Who owns an instrument and on what terms it may be used, as shown with it. */
export const licenceOf = (definition: InstrumentDefinition) => (definition.licence ? { summary: definition.licence.summary, url: definition.licence.url ?? null } : null);

export function presentInstrument(row: InstrumentVersionRow, settings: InstrumentSettings): z.infer<typeof instrumentSummarySchema> {
  const definition = definitionOf(row);
  return {
    versionId: row.id,
    key: definition.key,
    version: definition.version,
    title: definition.title,
    kind: definition.kind,
    description: definition.description ?? null,
    recallPeriod: definition.recallPeriod ?? null,
    licence: licenceOf(definition),
    isBuiltIn: row.organisationId === null,
    itemCount: allItems(definition).length,
    settings,
  };
}

/** Every instrument the organisation has, at its latest version, with its settings; by title. */
export async function listInstruments(db: Db, organisationId: string) {
  const [rows, stored] = await Promise.all([
    db.select().from(instrumentVersions).where(visibleTo(organisationId)).orderBy(asc(instrumentVersions.key), ...newestFirst),
    db.select().from(instrumentSettings).where(eq(instrumentSettings.organisationId, organisationId)),
  ]);
  const latest = new Map<string, InstrumentVersionRow>();
  for (const row of rows) if (!latest.has(row.key)) latest.set(row.key, row);
  const settingsOf = new Map(stored.map((row) => [row.key, { isEnabled: row.isEnabled, requiresApproval: row.requiresApproval, schedule: row.schedule }]));
  return [...latest.values()]
    .map((row) => {
      const definition = definitionOf(row);
      return presentInstrument(row, settingsOf.get(row.key) ?? defaultInstrumentSettings(definition));
    })
    .sort((a, b) => a.title.localeCompare(b.title, "en"));
}
