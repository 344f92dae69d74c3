/**
 * The checks on outcome rows that the form can make before sending, in the user's language: an
 * outcome chosen twice, and a date after today. The server makes the same checks (and more) and
 * its answers land on the same fields.
 */
import type { TFunction } from "i18next";

export function outcomeRowErrors(rows: readonly { code: string; achievedOn: string }[], today: string, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (row.code && seen.has(row.code)) errors[`outcomes.${index}.code`] = t("caseOutcomes.errors.repeated");
    if (row.code) seen.add(row.code);
    if (row.achievedOn && row.achievedOn > today) errors[`outcomes.${index}.achievedOn`] = t("caseOutcomes.errors.future");
  });
  return errors;
}
