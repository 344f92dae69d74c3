/**
 * Where a worker's DBS vetting stands on a day: none recorded, run out, running out within the
 * warning period (core/support/matching.ts `vettingWarningDays`), or current. Missing and expired
 * vetting block new allocations; vetting that runs out today still counts for today.
 */
import type { VettingState } from "../../core/api/workers.js";
import { vettingWarningDays } from "../../core/support/matching.js";

const dayNumber = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

export function vettingStateOn(expiresOn: string | null, today: string): VettingState {
  if (expiresOn === null) return "missing";
  if (expiresOn < today) return "expired";
  return dayNumber(expiresOn) - dayNumber(today) <= vettingWarningDays ? "expiring" : "current";
}

/** `day` plus `days` calendar days, as `YYYY-MM-DD`. */
export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * 86_400_000).toISOString().slice(0, 10);
}

export const blocksAllocation = (state: VettingState): boolean => state === "missing" || state === "expired";
