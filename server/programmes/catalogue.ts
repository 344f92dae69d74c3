/**
 * An organisation's programmes: the built-in ones and its own, each key at its latest version. Keys
 * share one numbering: the organisation's version of a built-in programme takes the next number,
 * and the organisation's own row wins a tie with a built-in one (see retire-programme.ts).
 * Whether a programme is retired is read from its latest row.
 */
import { and, asc, desc, eq, isNull, or } from "drizzle-orm";
import type { ProgrammeSummary } from "../../core/api/programmes.js";
import { programmeDefinitionSchema, type ProgrammeDefinition } from "../../core/programmes/programme.js";
import type { Db } from "../db/client.js";
import { programmeVersions } from "../db/schema.js";
import { notFound } from "../http/errors.js";

export type ProgrammeVersionRow = typeof programmeVersions.$inferSelect;

/** Parsed definitions by version id: a stored version never changes, so it is parsed once. */
const parsed = new Map<string, ProgrammeDefinition>();
const parsedLimit = 1000;

/** Stored definitions were checked when stored; parsing again gives the type. */
export function programmeDefinitionOf(row: Pick<ProgrammeVersionRow, "id" | "definition">): ProgrammeDefinition {
  const known = parsed.get(row.id);
  if (known) return known;
  const definition = programmeDefinitionSchema.parse(row.definition);
  if (parsed.size >= parsedLimit) parsed.clear();
  parsed.set(row.id, definition);
  return definition;
}

const visibleTo = (organisationId: string) => or(isNull(programmeVersions.organisationId), eq(programmeVersions.organisationId, organisationId));

/** Newest first: higher version, then the organisation's own before a built-in one (nulls sort last ascending). */
const newestFirst = [desc(programmeVersions.version), asc(programmeVersions.organisationId)] as const;

/** The newest version of a programme the organisation has, or undefined if it has none by that key. */
export async function findLatestProgramme(db: Db, organisationId: string, key: string): Promise<ProgrammeVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(programmeVersions)
    .where(and(eq(programmeVersions.key, key), visibleTo(organisationId)))
    .orderBy(...newestFirst)
    .limit(1);
  return row;
}

export async function latestProgramme(db: Db, organisationId: string, key: string): Promise<ProgrammeVersionRow> {
  const row = await findLatestProgramme(db, organisationId, key);
  if (!row) throw notFound("Programme");
  return row;
}

/** One version of a programme as the organisation sees it (its own row first, where it has one). */
export async function findProgrammeVersion(db: Db, organisationId: string, key: string, version: number): Promise<ProgrammeVersionRow> {
  const [row] = await db
    .select()
    .from(programmeVersions)
    .where(and(eq(programmeVersions.key, key), eq(programmeVersions.version, version), visibleTo(organisationId)))
    .orderBy(...newestFirst)
    .limit(1);
  if (!row) throw notFound("Programme");
  return row;
}

export async function programmeVersionsOf(db: Db, organisationId: string, key: string) {
  return db
    .select({ versionId: programmeVersions.id, version: programmeVersions.version, organisationId: programmeVersions.organisationId, createdAt: programmeVersions.createdAt })
    .from(programmeVersions)
    .where(and(eq(programmeVersions.key, key), visibleTo(organisationId)))
    .orderBy(...newestFirst);
}

/** `isBuiltIn`: the key is one of the built-in programmes (the organisation may have its own versions of it). */
export function presentProgramme(row: ProgrammeVersionRow, isBuiltIn: boolean): ProgrammeSummary {
  const definition = programmeDefinitionOf(row);
  return {
    versionId: row.id,
    key: definition.key,
    version: definition.version,
    title: definition.title,
    description: definition.description,
    kind: definition.kind,
    isBuiltIn,
    isRetired: row.isRetired,
    phases: definition.phases,
  };
}

/** Every programme the organisation has, each at its latest version (retired ones too), by title. */
export async function listProgrammes(db: Db, organisationId: string): Promise<ProgrammeSummary[]> {
  const rows = await db.select().from(programmeVersions).where(visibleTo(organisationId)).orderBy(asc(programmeVersions.key), ...newestFirst);
  const latest = new Map<string, ProgrammeVersionRow>();
  for (const row of rows) if (!latest.has(row.key)) latest.set(row.key, row);
  const builtInKeys = new Set(rows.filter((row) => row.organisationId === null).map((row) => row.key));
  return [...latest.values()].map((row) => presentProgramme(row, builtInKeys.has(row.key))).sort((a, b) => a.title.localeCompare(b.title, "en"));
}

/** Whether the key is one of the built-in programmes. */
export async function isBuiltInKey(db: Db, key: string): Promise<boolean> {
  return (await db.$count(programmeVersions, and(eq(programmeVersions.key, key), isNull(programmeVersions.organisationId)))) > 0;
}
