/**
 * Whether two stored values are the same, field by field. Not `JSON.stringify` equality: a value
 * read back from a jsonb column has its keys in jsonb's order, not the order they were written
 * in, so the same source or rationale would look changed.
 */
import { differencesBetween } from "../../core/social-value/index.js";

export const isSameValue = (a: unknown, b: unknown): boolean => differencesBetween(a, b, "").length === 0;
