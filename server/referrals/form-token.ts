/**
 * Spam protection for the public form that needs no third-party service: the form is issued with a
 * keyed token stating when it was loaded. A submission must come at least a few seconds later (people
 * take longer than that to fill it in; scripts do not) and within a day. Together with the honeypot
 * field and per-address rate limits, this stops automated submissions.
 */
import type { Vault } from "../vault/vault.js";

const purpose = "public.referral_form_token";
export const minimumFillSeconds = 3;
const maximumAgeHours = 24;

export function issueFormToken(vault: Vault, now: Date): string {
  const issued = String(now.getTime());
  return `${issued}.${vault.blindIndex(purpose, issued)}`;
}

export type FormTokenProblem = "invalid" | "too_fast" | "expired";

export function checkFormToken(vault: Vault, token: string, now: Date): FormTokenProblem | null {
  const [issued, signature] = token.split(".");
  if (!issued || !signature || !/^\d{10,16}$/.test(issued) || vault.blindIndex(purpose, issued) !== signature) return "invalid";
  const ageMs = now.getTime() - Number(issued);
  if (ageMs < minimumFillSeconds * 1000) return "too_fast";
  if (ageMs > maximumAgeHours * 3_600_000) return "expired";
  return null;
}
