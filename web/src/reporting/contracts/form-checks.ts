/**
 * Field errors for the contract pages' forms, in the user's language. The core's schemas check
 * the input as the server will; a few of their rules (a period, money, a KPI fitting its
 * contract, the disclosure rules) have words of their own here rather than the generic ones.
 */
import type { TFunction } from "i18next";
import type { z } from "zod";
import { translateIssue } from "../../forms/validation.js";

/** Words for an issue at a path, or undefined for the generic words. */
export type OwnWords = (path: string, issue: z.core.$ZodIssue) => string | undefined;

/** Errors by form path: the first issue of each path, in its own words where `own` has them. */
export function fieldErrors(schema: z.ZodType, input: unknown, t: TFunction, own: OwnWords = () => undefined): Record<string, string> {
  const result = schema.safeParse(input);
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join(".");
    errors[path] ??= own(path, issue) ?? translateIssue(issue, t);
  }
  return errors;
}
