/**
 * Checking a stored result: works every line again from the parameters it holds, and the totals
 * from the lines, and lists where they differ from what was stored. Needs nothing but the result,
 * so it holds however the catalogue, mappings or deflators have changed since. Pure.
 */
import { priceYearsOfResult } from "./calculate.js";
import { calculationMethod, type CalculationResult } from "./calculation.js";
import { roundPence } from "./price-years.js";
import { lineGrade } from "./mappings.js";
import { inputsOf, summarise } from "./summarise.js";
import { valueLine } from "./value-line.js";

/** A figure that came out differently, at its path in the result (`lines.3.stages.grossPence`). */
export interface Difference {
  readonly path: string;
  readonly stored: unknown;
  readonly recalculated: unknown;
}

function compare(path: string, stored: unknown, recalculated: unknown, differences: Difference[]): void {
  if (stored !== null && recalculated !== null && typeof stored === "object" && typeof recalculated === "object") {
    const keys = new Set([...Object.keys(stored), ...Object.keys(recalculated)]);
    for (const key of keys) compare(`${path}.${key}`, (stored as Record<string, unknown>)[key], (recalculated as Record<string, unknown>)[key], differences);
  } else if (stored !== recalculated) {
    differences.push({ path, stored, recalculated });
  }
}

/** Where two results (or any two values of the same shape) differ, at each path below `path`. */
export function differencesBetween(stored: unknown, recalculated: unknown, path: string): Difference[] {
  const differences: Difference[] = [];
  compare(path, stored, recalculated, differences);
  return differences;
}

export function reproduceResult(result: CalculationResult): Difference[] {
  const differences: Difference[] = [];
  if (result.method !== calculationMethod) differences.push({ path: "method", stored: result.method, recalculated: calculationMethod });

  const rows = new Map((result.settings.deflator?.rowsUsed ?? []).map((row) => [row.year, row.index]));
  const isUprated = result.prices.basis === "uprated";
  const factorOf = (priceYear: string): number | null => {
    // Not uprated, every figure is taken at its own price year.
    if (!isUprated || priceYear === result.targetPriceYear) return 1;
    const from = rows.get(priceYear);
    const to = rows.get(result.targetPriceYear);
    return from !== undefined && to !== undefined ? to / from : null;
  };

  for (const [index, line] of result.lines.entries()) {
    compare(`lines.${index}.parameters.upratingFactor`, line.parameters.upratingFactor, factorOf(line.entry.priceYear), differences);
    compare(`lines.${index}.parameters.appliedGrade`, line.parameters.appliedGrade, lineGrade(line.entry.confidenceGrade, line.parameters.confidenceGrade), differences);
    compare(`lines.${index}.parameters.optimismBias`, line.parameters.optimismBias, result.settings.optimismBias[line.parameters.appliedGrade], differences);
    compare(`lines.${index}.parameters.discountBands`, line.parameters.discountBands, result.settings.discounting[line.entry.discountClass], differences);
    compare(`lines.${index}.stages`, line.stages, valueLine(inputsOf(line)).stages, differences);
  }

  if (result.prices.basis === "not_uprated") compare("prices.priceYears", result.prices.priceYears, priceYearsOfResult(result.lines, result.deliveryCost.priceYear), differences);

  const cost = result.deliveryCost;
  compare("deliveryCost.upratingFactor", cost.upratingFactor, factorOf(cost.priceYear), differences);
  compare("deliveryCost.upratedPence", cost.upratedPence, roundPence(cost.pence * cost.upratingFactor), differences);
  const totals = summarise(result.lines, cost.upratedPence);
  for (const key of ["total", "byKind", "fiscalByAgency", "returnPerPound", "paybackYears"] as const) compare(key, result[key], totals[key], differences);
  return differences;
}
