/**
 * Problems found by the core's schemas here, or by the server, put on the form field they are
 * about: a path in the request (`body.resources.1`) is turned into the form's own path
 * (`resources.<item id>`) by the form's `fieldOf`; anything that fits no field is returned, to be
 * shown above the form.
 */
import type { TFunction } from "i18next";
import type { z } from "zod";
import { ApiError } from "../../api/api-error.js";
import { errorMessage } from "../../api/error-messages.js";
import { formPathOf, translateIssue } from "../../forms/validation.js";
import { outreachMessage, ownMessage } from "./session-words.js";

export interface Problem {
  /** The request path without `body.`, e.g. `headcount.byAgeBand` or `resources.1`. */
  path: string;
  message: string;
}

/** The form's path for a request path, or null when no field shows it. */
export type FieldOf = (path: string) => string | null;

export interface Placed {
  fields: Record<string, string>;
  unplaced: string[];
}

export function place(problems: readonly Problem[], fieldOf: FieldOf): Placed {
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const problem of problems) {
    const field = fieldOf(problem.path);
    if (field === null) unplaced.push(problem.message);
    else fields[field] ??= problem.message;
  }
  return { fields, unplaced };
}

/** A schema's issues, each in the user's language (outreach's own messages first). */
export function schemaProblems(result: z.ZodSafeParseResult<unknown>, t: TFunction): Problem[] {
  if (result.success) return [];
  // A rule of outreach's own says what is wrong in its own words; the rest by the kind of problem.
  return result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: ownMessage(issue.message, t) ?? (issue.code === "custom" ? outreachMessage(issue.message, t) : translateIssue(issue, t)) }));
}

/** A failed request's field problems, or its one message when it has none. */
export function serverProblems(error: unknown, t: TFunction): { problems: Problem[]; message: string | null } {
  if (error instanceof ApiError && error.fields.length > 0) {
    return { problems: error.fields.map((field) => ({ path: formPathOf(field.path), message: outreachMessage(field.message, t) })), message: null };
  }
  return { problems: [], message: errorMessage(error, t) };
}
