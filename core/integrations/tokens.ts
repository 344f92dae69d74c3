/**
 * API tokens' rules: the shape secret scanners recognise, the scopes, and the longest life a token
 * may be given. Pure; the server makes the random part and stores only its hash.
 */

/** Every token starts with this, so secret scanners (and people) recognise one pasted somewhere it should not be. */
export const tokenPrefix = "pwy_";

/** 32 random bytes in base64url: 43 characters. */
export const tokenPattern = /^pwy_[A-Za-z0-9_-]{43}$/;

export const tokenScopes = ["read", "read_write"] as const;
export type TokenScope = (typeof tokenScopes)[number];

export const tokenKinds = ["personal", "service"] as const;
export type TokenKind = (typeof tokenKinds)[number];

/** A token lives at most a year; an integration that needs longer is given a new one. */
export const maxTokenDays = 366;

const readingMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** Whether a token of `scope` may make a request with `method`: read-only tokens only read. */
export function scopeAllows(scope: TokenScope, method: string): boolean {
  return scope === "read_write" || readingMethods.has(method.toUpperCase());
}

/** Whether `value` has the shape of a token; anything else is refused before the database is asked. */
export function isTokenShaped(value: string): boolean {
  return tokenPattern.test(value);
}

/** What a list shows of a token: its prefix and the first six characters of its secret. */
export function displayPrefixOf(token: string): string {
  return token.slice(0, tokenPrefix.length + 6);
}

/**
 * Checks a requested expiry day against today: after today and within `maxTokenDays`. Answers a
 * message for the form, or null when it is acceptable.
 */
export function expiryProblem(expiresOn: string, today: string): string | null {
  if (expiresOn <= today) return "Choose a day after today.";
  const days = (Date.parse(`${expiresOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days > maxTokenDays ? `A token can last at most ${maxTokenDays} days.` : null;
}
