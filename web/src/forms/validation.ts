/**
 * Validation messages in the user's language. Forms validate with the core's zod schemas (the same
 * ones the server uses), and each zod issue is turned into a catalogue message by its kind. Field
 * messages coming back from the server are the core's English messages; the known ones are
 * translated the same way and anything else is shown as the server wrote it.
 */
import type { TFunction } from "i18next";
import type { z } from "zod";
import {
  maxPasswordLength,
  minPasswordLength,
  passwordProblemMessages,
  type PasswordProblem,
} from "../../../core/password-policy.js";

type Issue = z.core.$ZodIssue;

/** Regex checks name their field; these fields have their own explanation. */
const formatKeysByField: Record<string, string> = {
  code: "validation.totpCode",
  recoveryCode: "validation.recoveryCode",
};

export function translateIssue(issue: Issue, t: TFunction): string {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) > 1) {
        return t("validation.tooShort", { count: Number(issue.minimum) });
      }
      return t("validation.required");
    case "too_big":
      if (issue.origin === "string") return t("validation.tooLong", { count: Number(issue.maximum) });
      return t("validation.tooMany", { count: Number(issue.maximum) });
    case "invalid_format": {
      if (issue.format === "email") return t("validation.email");
      const field = String(issue.path.at(-1) ?? "");
      return t(formatKeysByField[field] ?? "validation.invalid");
    }
    case "custom":
      return t("validation.disallowedCharacters");
    case "invalid_type":
    case "invalid_value":
      return t("validation.required");
    default:
      return t("validation.invalid");
  }
}

/** A Mantine `validate` function backed by a zod schema; `toInput` maps form values to the request. */
export function zodValidate<Values>(
  schema: z.ZodType,
  t: TFunction,
  toInput: (values: Values) => unknown = (values) => values,
): (values: Values) => Record<string, string> {
  return (values) => {
    const input = toInput(values);
    const result = schema.safeParse(input);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join(".");
      // An empty field is "please fill this in", whatever format the schema then expects.
      errors[path] ??= isBlank(valueAt(input, issue.path)) ? t("validation.required") : translateIssue(issue, t);
    }
    return errors;
  };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function isBlank(value: unknown): boolean {
  return typeof value === "string" && value.trim() === "";
}

const serverMessagePatterns: [RegExp, (match: RegExpMatchArray, t: TFunction) => string][] = [
  [/^Required\.$/, (_, t) => t("validation.required")],
  [/^Enter a valid email address\.$/, (_, t) => t("validation.email")],
  [/^At most (\d+) characters\.$/, (m, t) => t("validation.tooLong", { count: Number(m[1]) })],
  [/^Use at least (\d+) characters\.$/, (m, t) => t("validation.tooShort", { count: Number(m[1]) })],
  [/^At most (\d+) roles\.$/, (m, t) => t("validation.tooMany", { count: Number(m[1]) })],
  [/^Enter the 6-digit code/, (_, t) => t("validation.totpCode")],
  [/^Recovery codes look like/, (_, t) => t("validation.recoveryCode")],
  [/^Contains characters that are not allowed\.$/, (_, t) => t("validation.disallowedCharacters")],
  [/^Must be a valid id\.$/, (_, t) => t("validation.required")],
  // The server's own field messages for rules only it can check.
  [/^Your current password is not right\.$/, (_, t) => t("account.currentPasswordWrong")],
  [/^An account with this email already exists\.$/, (_, t) => t("users.emailTaken")],
  [/^A site with this name already exists\.$/, (_, t) => t("sites.nameTaken")],
  [/^No such site\.$/, (_, t) => t("users.grants.noSuchSite")],
  [/^That code is not right\.$/, (_, t) => t("errors.invalid_second_factor")],
  [/^Not a member of staff at this site\.$/, (_, t) => t("cases.assignments.notAtSite")],
  [/^Not a role this person can take\.$/, (_, t) => t("cases.assignments.roleNotOpen")],
  [/^Not a member of staff who works cases at this site\.$/, (_, t) => t("cases.restriction.cannotName")],
  // Case outcomes (core/support/care-plan.ts loadClosureOutcomes, server/outcomes/record-outcomes.ts).
  [/^Outcome ".*" is not one this organisation records\.$/, (_, t) => t("caseOutcomes.errors.unknown")],
  [/^Outcome ".*" is recorded twice\.$/, (_, t) => t("caseOutcomes.errors.repeated")],
  [/^Outcome ".*" is already recorded on this case\.$/, (_, t) => t("caseOutcomes.errors.alreadyRecorded")],
  [/^The date \S+ is in the future\.$/, (_, t) => t("caseOutcomes.errors.future")],
];

/** The password policy's own messages, matched exactly, so each reason keeps its meaning in Urdu. */
const passwordProblemsByMessage = new Map(
  Object.entries(passwordProblemMessages).map(([problem, message]) => [message, problem as PasswordProblem]),
);

export function translateServerFieldMessage(message: string, t: TFunction): string {
  const problem = passwordProblemsByMessage.get(message);
  if (problem) return t(`password.problems.${problem}`, { min: minPasswordLength, max: maxPasswordLength });
  for (const [pattern, translate] of serverMessagePatterns) {
    const match = message.match(pattern);
    if (match) return translate(match, t);
  }
  return message;
}

/** `body.grants.0.siteId` → `grants.0.siteId`: the server names where the input was, the form only the field. */
export function formPathOf(serverPath: string): string {
  return serverPath.replace(/^(body|query|params)\./, "");
}
