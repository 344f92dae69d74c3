/**
 * The rules of single sign-on that need no database, clock or network: which email domain an
 * address is in and whether a provider's domain list admits it, whether the provider's `amr`
 * claim reports a second factor, and what may be trusted of an email claim.
 */

/**
 * `amr` values (RFC 8176) that mean a factor beyond the password was used: `mfa` (several
 * factors), `otp` (one-time code), `hwk` and `swk` (proof of a hardware or software key).
 */
export const providerMfaValues = ["mfa", "otp", "hwk", "swk"] as const;

/** Whether an ID token's `amr` claim (any JSON) names one of the second-factor methods. */
export function reportsSecondFactor(amr: unknown): boolean {
  if (!Array.isArray(amr)) return false;
  return amr.some((value) => typeof value === "string" && (providerMfaValues as readonly string[]).includes(value.toLowerCase()));
}

/** The domain of an email address, lower-cased; null if it is not of the form local@domain. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf("@");
  if (at < 1 || at === email.length - 1) return null;
  return email.slice(at + 1).toLowerCase();
}

/**
 * Whether the address is in one of the allowed domains. Exact match only: a subdomain is a
 * different domain (`mail.example.org` is not `example.org`), because a subdomain may be run by
 * someone else.
 */
export function isDomainAllowed(email: string, allowedDomains: readonly string[]): boolean {
  const domain = emailDomain(email);
  return domain !== null && allowedDomains.some((allowed) => allowed.toLowerCase() === domain);
}

/**
 * Whether the provider vouches for the email claim. Google and most providers send
 * `email_verified: true`; Microsoft Entra ID sends no such claim but can send `xms_edov: true`
 * (the email's domain is verified for the tenant). Anything else is an address a user could
 * have typed into their profile, and is not trusted to pick a staff account.
 */
export function isEmailVouchedFor(claims: { email_verified?: unknown; xms_edov?: unknown }): boolean {
  return claims.email_verified === true || claims.xms_edov === true || claims.xms_edov === "1" || claims.xms_edov === "true";
}

/**
 * Where a single sign-on leaves the second factor: done, if the organisation trusts its provider's
 * MFA claim and the token reports one; otherwise exactly where a password sign-in would — the
 * app's own code for the enrolled, enrolment for roles that must have a second factor.
 */
export function secondFactorStateAfterSso(input: {
  isProviderMfaTrusted: boolean;
  amr: unknown;
  isEnrolled: boolean;
  mustHaveSecondFactor: boolean;
}): "complete" | "pending" | "enrolment_required" {
  if (input.isProviderMfaTrusted && reportsSecondFactor(input.amr)) return "complete";
  if (input.isEnrolled) return "pending";
  return input.mustHaveSecondFactor ? "enrolment_required" : "complete";
}
