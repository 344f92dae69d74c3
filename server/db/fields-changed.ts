/**
 * Which fields of a full update (PUT, with the version seen) differ from the row as stored: the
 * audit names them, and an update changing nothing writes nothing. Values are compared by content,
 * so a day, a list or a jsonb object read back with its keys in another order is not a change.
 */
import { isDeepStrictEqual } from "node:util";

export function fieldsChangedFrom<T extends Record<string, unknown>>(next: T, stored: { readonly [K in keyof T]?: unknown }): (keyof T & string)[] {
  return (Object.keys(next) as (keyof T & string)[]).filter((field) => !isDeepStrictEqual(next[field], stored[field]));
}
