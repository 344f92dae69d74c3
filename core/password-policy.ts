/**
 * Password policy in line with NCSC guidance: length over complexity (no rules about symbols or
 * case), a deny-list of commonly used passwords, and no passwords built from the account's own
 * context (email name, organisation). Pure: the caller supplies the deny-list.
 */

export const minPasswordLength = 12;
export const maxPasswordLength = 256;

export type PasswordProblem = "too_short" | "too_long" | "common" | "contains_context" | "repetitive";

export interface PasswordContext {
  email?: string;
  displayName?: string;
  organisationName?: string;
}

/** Returns the first problem with the password, or null when it is acceptable. */
export function checkPassword(
  password: string,
  commonPasswords: ReadonlySet<string>,
  context: PasswordContext = {},
): PasswordProblem | null {
  const length = [...password].length;
  if (length < minPasswordLength) return "too_short";
  if (length > maxPasswordLength) return "too_long";
  const lowered = password.toLowerCase();
  // Common passwords padded with digits or symbols ("password123!") are just as guessable.
  // Letters in any script count as letters (\W would treat Urdu or Polish letters as symbols).
  const core = lowered.replace(/[^\p{L}]+$/u, "").replace(/^[^\p{L}]+/u, "");
  if (commonPasswords.has(lowered) || commonPasswords.has(core) || commonPasswords.has(lowered.replace(/\s+/g, ""))) {
    return "common";
  }
  if (new Set(lowered).size <= 3) return "repetitive";
  const contextWords = [
    context.email?.split("@")[0],
    ...(context.displayName?.split(/\s+/) ?? []),
    context.organisationName,
    "pathways",
  ]
    .map((word) => word?.toLowerCase().trim())
    .filter((word): word is string => word !== undefined && word.length >= 4);
  const lettersOnly = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, "");
  const compact = lettersOnly(lowered);
  if (contextWords.some((word) => lettersOnly(word).length >= 4 && compact.includes(lettersOnly(word)))) return "contains_context";
  return null;
}

export const passwordProblemMessages: Record<PasswordProblem, string> = {
  too_short: `Use at least ${minPasswordLength} characters. A good way is three random words.`,
  too_long: `Use at most ${maxPasswordLength} characters.`,
  common: "This password is too common and easy to guess. Try three random words.",
  contains_context: "Do not use your name, email or the organisation's name in your password.",
  repetitive: "This password repeats too few characters. Try three random words.",
};
