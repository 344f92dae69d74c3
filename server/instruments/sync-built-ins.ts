/**
 * Stores each built-in instrument version at start, once. Versions are immutable: if the code's
 * definition of a version differs from the one already stored (and perhaps already answered), the
 * start stops and says which, because the change needs a new version number instead.
 */
import { createHash } from "node:crypto";
import { and, inArray, isNull } from "drizzle-orm";
import { builtInInstruments } from "../../core/instruments/built-in/index.js";
import type { InstrumentDefinition } from "../../core/instruments/definition.js";
import type { Db } from "../db/client.js";
import { instrumentVersions } from "../db/schema.js";

/** JSON with object keys sorted, so the same definition always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export const definitionHash = (definition: InstrumentDefinition): string => createHash("sha256").update(canonicalJson(definition)).digest("hex");

export class InstrumentVersionChangedError extends Error {
  override readonly name = "InstrumentVersionChangedError";
}

/** Stores the built-in versions not yet stored; returns how many it added. Two queries, however many there are. */
export async function syncBuiltInInstruments(db: Db, definitions: readonly InstrumentDefinition[] = builtInInstruments): Promise<number> {
  const stored = await db
    .select({ key: instrumentVersions.key, version: instrumentVersions.version, hash: instrumentVersions.definitionHash })
    .from(instrumentVersions)
    .where(and(isNull(instrumentVersions.organisationId), inArray(instrumentVersions.key, definitions.map((definition) => definition.key))));
  const storedHash = new Map(stored.map((row) => [`${row.key}@${row.version}`, row.hash]));
  const missing = [];
  for (const definition of definitions) {
    const hash = definitionHash(definition);
    const existing = storedHash.get(`${definition.key}@${definition.version}`);
    if (existing === undefined) missing.push({ organisationId: null, key: definition.key, version: definition.version, definition: definition as unknown as Record<string, unknown>, definitionHash: hash });
    else if (existing !== hash) {
      throw new InstrumentVersionChangedError(
        `The built-in instrument "${definition.key}" version ${definition.version} is not the same as the one already stored. A stored version never changes: give the changed definition version ${definition.version + 1}.`,
      );
    }
  }
  if (missing.length === 0) return 0;
  // Another instance starting at the same moment may store the same versions first.
  const inserted = await db.insert(instrumentVersions).values(missing).onConflictDoNothing().returning({ id: instrumentVersions.id });
  return inserted.length;
}
