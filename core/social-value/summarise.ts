/**
 * From a calculation's lines to its totals: gross, deductions and net present value overall, by kind
 * of value and by agency; the return per £1 and the payback period. Pure.
 *
 * Totals are sums of the lines' rounded figures, so the lines a report shows add up to its totals
 * exactly. The payback period is worked from the lines' unrounded yearly values.
 */
import { costBearingAgencies, valueKinds, type CostBearingAgency, type ValueKind } from "./catalogue.js";
import type { CalculationLine, CalculationResult, ValueSummary } from "./calculation.js";
import { roundPence } from "./price-years.js";
import { deductionsOf, valueLine, type LineInputs, type LineStages } from "./value-line.js";

type Totals = Pick<CalculationResult, "total" | "byKind" | "fiscalByAgency" | "returnPerPound" | "paybackYears">;

/** The arithmetic inputs of a stored line. */
export function inputsOf(line: CalculationLine): LineInputs {
  return {
    count: line.outcomeCount,
    quantity: line.parameters.quantity,
    valuePence: line.entry.valuePence,
    upratingFactor: line.parameters.upratingFactor,
    durationYears: line.parameters.durationYears,
    deadweight: line.parameters.deadweight,
    attribution: line.parameters.attribution,
    displacement: line.parameters.displacement,
    dropOff: line.parameters.dropOff,
    optimismBias: line.parameters.optimismBias,
    discountBands: line.parameters.discountBands,
  };
}

const emptySummary = (): ValueSummary => ({
  grossPence: 0,
  deductions: { deadweightPence: 0, attributionPence: 0, displacementPence: 0, dropOffPence: 0, optimismBiasPence: 0, discountingPence: 0 },
  netPresentValuePence: 0,
});

function add(summary: ValueSummary, stages: LineStages): ValueSummary {
  const deductions = deductionsOf(stages);
  return {
    grossPence: summary.grossPence + stages.grossPence,
    deductions: {
      deadweightPence: summary.deductions.deadweightPence + deductions.deadweightPence,
      attributionPence: summary.deductions.attributionPence + deductions.attributionPence,
      displacementPence: summary.deductions.displacementPence + deductions.displacementPence,
      dropOffPence: summary.deductions.dropOffPence + deductions.dropOffPence,
      optimismBiasPence: summary.deductions.optimismBiasPence + deductions.optimismBiasPence,
      discountingPence: summary.deductions.discountingPence + deductions.discountingPence,
    },
    netPresentValuePence: summary.netPresentValuePence + stages.presentValuePence,
  };
}

/** Pence of value per £1 of cost, rounded to the penny; null when nothing was spent. */
export const returnPerPoundPence = (valuePence: number, costPence: number): number | null => (costPence > 0 ? roundPence((valuePence * 100) / costPence) : null);

/** The whole years of value (from year 0) it takes for the present value to cover the cost; see the result schema. */
export function paybackYearsOf(valueByYear: readonly number[], costPence: number): number | null {
  if (costPence <= 0) return 0;
  let covered = 0;
  for (const [year, value] of valueByYear.entries()) {
    covered += value;
    if (covered >= costPence) return year + 1;
  }
  return null;
}

function addByYear(into: number[], values: readonly number[]): void {
  for (const [year, value] of values.entries()) into[year] = (into[year] ?? 0) + value;
}

/** The totals of `lines` (in the order given; see `calculateSocialValue` for the order) against `costPence`. */
export function summarise(lines: readonly CalculationLine[], costPence: number): Totals {
  let total = emptySummary();
  const byKind: Record<ValueKind, ValueSummary> = { fiscal: emptySummary(), economic: emptySummary(), social: emptySummary() };
  const byAgency = new Map<CostBearingAgency, ValueSummary>();
  const allByYear: number[] = [];
  const fiscalByYear: number[] = [];

  for (const line of lines) {
    const { stages, presentValueByYear } = valueLine(inputsOf(line));
    total = add(total, stages);
    byKind[line.kind] = add(byKind[line.kind], stages);
    addByYear(allByYear, presentValueByYear);
    if (line.kind === "fiscal" && line.agency) {
      byAgency.set(line.agency, add(byAgency.get(line.agency) ?? emptySummary(), stages));
      addByYear(fiscalByYear, presentValueByYear);
    }
  }

  return {
    total,
    byKind: Object.fromEntries(valueKinds.map((kind) => [kind, byKind[kind]])) as Record<ValueKind, ValueSummary>,
    fiscalByAgency: costBearingAgencies.flatMap((agency) => {
      const summary = byAgency.get(agency);
      return summary ? [{ agency, ...summary }] : [];
    }),
    returnPerPound: {
      publicValuePence: returnPerPoundPence(total.netPresentValuePence, costPence),
      fiscalPence: returnPerPoundPence(byKind.fiscal.netPresentValuePence, costPence),
    },
    paybackYears: { publicValue: paybackYearsOf(allByYear, costPence), fiscal: paybackYearsOf(fiscalByYear, costPence) },
  };
}
