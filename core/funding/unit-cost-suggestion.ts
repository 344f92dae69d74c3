/**
 * A unit cost suggested by the organisation's own records: the spend recorded in the derivation's
 * category over a run of months, divided by the activity recorded in the same months. Shown beside
 * the figure an administrator entered and never written over it: recorded spend rarely holds every
 * cost of a service (staff time sits under staff), so the suggestion is a check, not the answer.
 * Pure; the server gathers the figures.
 */
import { derivationSources, suggestionMonths, type CostDerivation } from "./vocabulary.js";

/** What was recorded over the months looked at. */
export interface RecordedFigures {
  /** Spend in the derivation's category, in pence. */
  readonly spendPence: number;
  /** How many of those months have any spend in that category. */
  readonly monthsWithSpend: number;
  /** The derivation's activity counted over the same months; null for a derivation with none. */
  readonly activity: number | null;
}

/**
 * The suggested cost in pence, rounded to the nearest penny, or null where the records cannot say:
 * no spend recorded, or nothing done to divide it by. A year's rent and running costs is the
 * average month that has such spend, times twelve, so a year with months not yet entered is not
 * read as a cheap year.
 */
export function suggestedUnitCost(derivation: CostDerivation, figures: RecordedFigures): number | null {
  if (figures.spendPence <= 0 || figures.monthsWithSpend <= 0) return null;
  if (derivationSources[derivation].activity === null) return Math.round((figures.spendPence * suggestionMonths) / figures.monthsWithSpend);
  if (figures.activity === null || figures.activity <= 0) return null;
  return Math.round(figures.spendPence / figures.activity);
}
