/**
 * The definition an assessment was given with, as the server sends it (plain JSON), read back into
 * the core's type with the core's own checks, so the form, the live scores and the results page
 * all work from the version the response used, never a later one.
 */
import { useMemo } from "react";
import { loadInstrumentDefinition, type InstrumentDefinition, type Item } from "../../../core/instruments/definition.js";

export function readDefinition(stored: Record<string, unknown>): InstrumentDefinition | null {
  const loaded = loadInstrumentDefinition(stored);
  if (!loaded.ok) {
    console.error("A stored instrument definition did not load", loaded.problems);
    return null;
  }
  return loaded.definition;
}

/** The definition, read once per stored value. */
export function useStoredDefinition(stored: Record<string, unknown>): InstrumentDefinition | null {
  return useMemo(() => readDefinition(stored), [stored]);
}

/** Every item, by id. */
export const itemsById = (definition: InstrumentDefinition): ReadonlyMap<string, Item> =>
  new Map(definition.sections.flatMap((section) => section.items).map((item) => [item.id, item]));

/** The built-in cross-vulnerability toolkit: the one instrument with a tier suggestion and decision. */
export const isToolkit = (instrumentKey: string): boolean => instrumentKey === "cross_vulnerability";

/** The id of an item's first input, so that an error summary can move focus to it. */
export const itemElementId = (itemId: string): string => `item-${itemId}`;
