/**
 * Authenticator-app codes for the journeys, computed with the server's own TOTP functions. The server
 * accepts a code one 30-second step either side of now but never a step at or before the last one a
 * user gave, so each code is for the later of "now" and "just after the last accepted step" — no
 * waiting for the clock.
 */
import { stepAt, totpCode } from "../../server/auth/totp.js";

export interface OneTimeCode {
  code: string;
  step: number;
}

/** A code the server will accept for a user whose last accepted step was `lastStep` (null: none yet). */
export function nextCode(secret: string, lastStep: number | null): OneTimeCode {
  const now = stepAt(new Date());
  const step = lastStep === null ? now : Math.max(now, lastStep + 1);
  return { code: totpCode(secret, step), step };
}

/** The secret as shown for typing in by hand (grouped with spaces), back to plain base32. */
export const secretFromDisplay = (shown: string): string => shown.replace(/\s+/g, "");
