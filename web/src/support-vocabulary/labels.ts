/**
 * Support vocabulary in words. A code the organisation relabelled or added carries its own label;
 * a built-in code is labelled by the `support` catalogue section in the reader's language. An
 * unknown code (e.g. one from another organisation's data) falls back to the code itself, never
 * to an empty cell.
 */
import type { TFunction } from "i18next";
import type { InterventionType, OutcomeType } from "../../../core/api/support-vocabulary.js";

type Entry = { code: string; label: string | null };

function labelFrom(section: string, code: string, entries: readonly Entry[] | undefined, t: TFunction): string {
  const own = entries?.find((entry) => entry.code === code)?.label;
  if (own) return own;
  const key = `support.${section}.${code}`;
  return t(key, { defaultValue: code });
}

/** An intervention type's label: the organisation's own, else the catalogue's, else the code. */
export function interventionTypeLabel(code: string, t: TFunction, types?: readonly InterventionType[]): string {
  return labelFrom("interventionTypes", code, types, t);
}

/** A closure outcome's label: the organisation's own, else the catalogue's, else the code. */
export function closureOutcomeLabel(code: string, t: TFunction, outcomes?: readonly OutcomeType[]): string {
  return labelFrom("closureOutcomes", code, outcomes, t);
}

export const sessionModeLabel = (mode: string, t: TFunction): string => t(`support.sessionModes.${mode}`, { defaultValue: mode });
export const attendanceLabel = (value: string, t: TFunction): string => t(`support.attendances.${value}`, { defaultValue: value });
export const goalProgressLabel = (value: string, t: TFunction): string => t(`support.goalProgress.${value}`, { defaultValue: value });
export const barrierKindLabel = (kind: string, t: TFunction): string => t(`support.barrierKinds.${kind}`, { defaultValue: kind });
export const specialismLabel = (specialism: string, t: TFunction): string => t(`support.specialisms.${specialism}`, { defaultValue: specialism });
