/**
 * The arithmetic of one line of a calculation: one outcome valued with one catalogue value of one
 * kind. Pure, and the only place the method's steps are worked, so a calculation, its check against
 * a stored result and its sensitivity all give the same figures.
 *
 * The steps, in order, each the one before times a share of at most 1 (so no step can add value):
 *   gross            count × quantity × catalogue value × uprating factor × duration in years
 *   deadweight       × (1 − deadweight)
 *   attribution      × (1 − attribution)
 *   displacement     × (1 − displacement)
 *   drop-off         × (Σ keep(t)) / duration, where keep(t) = (1 − drop-off)^t for years t = 0 …
 *   optimism bias    × (1 − optimism bias)
 *   discounting      × (Σ keep(t) × discount(t)) / (Σ keep(t))
 * Every step is worked unrounded; each stage is rounded to the penny (price-years.ts) only at the
 * end, so a line's deductions, taken from its rounded stages, add up to its gross less its present
 * value exactly.
 */
import type { DiscountBand } from "./discounting.js";
import { discountFactors } from "./discounting.js";
import { roundPence } from "./price-years.js";

export interface LineInputs {
  readonly count: number;
  readonly quantity: number;
  /** The catalogue value of the kind counted, in pence in its own price year. */
  readonly valuePence: number;
  readonly upratingFactor: number;
  readonly durationYears: number;
  readonly deadweight: number;
  readonly attribution: number;
  readonly displacement: number;
  readonly dropOff: number;
  readonly optimismBias: number;
  readonly discountBands: readonly DiscountBand[];
}

/** A line's value after each step, in pence. */
export interface LineStages {
  readonly grossPence: number;
  readonly afterDeadweightPence: number;
  readonly afterAttributionPence: number;
  readonly afterDisplacementPence: number;
  readonly afterDropOffPence: number;
  readonly afterOptimismBiasPence: number;
  readonly presentValuePence: number;
}

export interface ValuedLine {
  readonly stages: LineStages;
  /** The present value of each year, unrounded (for the payback period). */
  readonly presentValueByYear: readonly number[];
}

// A share of at most 1 keeps each step from adding value even where floating point sums run over.
const atMostOne = (share: number): number => Math.min(1, Math.max(0, share));

export function valueLine(line: LineInputs): ValuedLine {
  const years = line.durationYears;
  const discounts = discountFactors(line.discountBands, years);
  const keeps = discounts.map((_, year) => (1 - line.dropOff) ** year);
  // keep(0) is 1 (0^0 included), so the sum is at least 1 and never divides by zero.
  const kept = keeps.reduce((sum, keep) => sum + keep, 0);
  const keptAndDiscounted = keeps.reduce((sum, keep, year) => sum + keep * discounts[year]!, 0);

  const gross = line.count * line.quantity * line.valuePence * line.upratingFactor * years;
  const afterDeadweight = gross * atMostOne(1 - line.deadweight);
  const afterAttribution = afterDeadweight * atMostOne(1 - line.attribution);
  const afterDisplacement = afterAttribution * atMostOne(1 - line.displacement);
  const afterDropOff = afterDisplacement * atMostOne(kept / years);
  const afterOptimismBias = afterDropOff * atMostOne(1 - line.optimismBias);
  const presentValue = afterOptimismBias * atMostOne(keptAndDiscounted / kept);

  return {
    stages: {
      grossPence: roundPence(gross),
      afterDeadweightPence: roundPence(afterDeadweight),
      afterAttributionPence: roundPence(afterAttribution),
      afterDisplacementPence: roundPence(afterDisplacement),
      afterDropOffPence: roundPence(afterDropOff),
      afterOptimismBiasPence: roundPence(afterOptimismBias),
      presentValuePence: roundPence(presentValue),
    },
    presentValueByYear: keeps.map((keep, year) => (afterOptimismBias * keep * discounts[year]!) / kept),
  };
}

/** What each step took off, in pence: differences of the rounded stages. */
export interface Deductions {
  readonly deadweightPence: number;
  readonly attributionPence: number;
  readonly displacementPence: number;
  readonly dropOffPence: number;
  readonly optimismBiasPence: number;
  readonly discountingPence: number;
}

export function deductionsOf(stages: LineStages): Deductions {
  return {
    deadweightPence: stages.grossPence - stages.afterDeadweightPence,
    attributionPence: stages.afterDeadweightPence - stages.afterAttributionPence,
    displacementPence: stages.afterAttributionPence - stages.afterDisplacementPence,
    dropOffPence: stages.afterDisplacementPence - stages.afterDropOffPence,
    optimismBiasPence: stages.afterDropOffPence - stages.afterOptimismBiasPence,
    discountingPence: stages.afterOptimismBiasPence - stages.presentValuePence,
  };
}
