/**
 * Stores each built-in programme version at start, once. Enrolments name the version they follow,
 * and phases are referred to by position, so a stored version never changes: if the code's
 * definition of a version differs from the one already stored, the start stops and says which,
 * because the change needs a new version number instead.
 */
import { createHash } from "node:crypto";
import { and, inArray, isNull } from "drizzle-orm";
import { builtInProgrammes } from "../../core/programmes/built-in.js";
import type { ProgrammeDefinition } from "../../core/programmes/programme.js";
import { canonicalJson } from "../audit/chain.js";
import type { Db } from "../db/client.js";
import { programmeVersions } from "../db/schema.js";

export const programmeDefinitionHash = (definition: ProgrammeDefinition): string => createHash("sha256").update(canonicalJson(definition)).digest("hex");

export class ProgrammeVersionChangedError extends Error {
  override readonly name = "ProgrammeVersionChangedError";
}

/** Stores the built-in versions not yet stored; returns how many it added. Two queries, however many there are. */
export async function syncBuiltInProgrammes(db: Db, definitions: readonly ProgrammeDefinition[] = builtInProgrammes): Promise<number> {
  const stored = await db
    .select({ key: programmeVersions.key, version: programmeVersions.version, hash: programmeVersions.definitionHash })
    .from(programmeVersions)
    .where(and(isNull(programmeVersions.organisationId), inArray(programmeVersions.key, definitions.map((definition) => definition.key))));
  const storedHash = new Map(stored.map((row) => [`${row.key}@${row.version}`, row.hash]));
  const missing = [];
  for (const definition of definitions) {
    const hash = programmeDefinitionHash(definition);
    const existing = storedHash.get(`${definition.key}@${definition.version}`);
    if (existing === undefined) {
      missing.push({ organisationId: null, key: definition.key, version: definition.version, definition: definition as unknown as Record<string, unknown>, definitionHash: hash });
    } else if (existing !== hash) {
      throw new ProgrammeVersionChangedError(
        `The built-in programme "${definition.key}" version ${definition.version} is not the same as the one already stored. A stored version never changes: give the changed definition version ${definition.version + 1}.`,
      );
    }
  }
  if (missing.length === 0) return 0;
  // Another instance starting at the same moment may store the same versions first.
  const inserted = await db.insert(programmeVersions).values(missing).onConflictDoNothing().returning({ id: programmeVersions.id });
  return inserted.length;
}
