/**
 * Choosing how a calculation brings its price years together (calculation.ts `priceBases`):
 * uprated as soon as the deflator series covers every year needed, and until then not uprated,
 * naming the years the series lacks. Pure.
 */
import type { CalculationInput, PriceBasis } from "./calculation.js";
import type { PriceYear } from "./price-years.js";

type Asked = Omit<CalculationInput, "priceBasis">;

/** The price years a calculation's figures are in: each entry it would value (an outcome counted, with a mapping) and the delivery cost's. */
export function priceYearsOf(input: Asked): PriceYear[] {
  const catalogue = new Map(input.catalogue.map((entry) => [entry.code, entry]));
  const mappings = new Map(input.mappings.map((mapping) => [mapping.outcomeCode, mapping]));
  const years = new Set<PriceYear>([input.deliveryCost.priceYear]);
  for (const { outcomeCode, count } of input.outcomeCounts) {
    if (count === 0) continue;
    for (const line of mappings.get(outcomeCode)?.lines ?? []) {
      const entry = catalogue.get(line.entryCode);
      if (entry) years.add(entry.priceYear);
    }
  }
  return [...years].sort();
}

/**
 * The years the deflator series lacks to bring those figures to the target year, the target
 * included: none when every figure is already in the target year's prices.
 */
export function missingDeflatorYears(input: Asked): PriceYear[] {
  const others = priceYearsOf(input).filter((year) => year !== input.targetPriceYear);
  if (others.length === 0) return [];
  const known = new Set((input.deflators?.rows ?? []).map((row) => row.year));
  return [...others, input.targetPriceYear].filter((year) => !known.has(year)).sort();
}

/** Uprated when the series covers every year needed; otherwise not uprated (never with a guessed index). */
export const priceBasisFor = (input: Asked): PriceBasis => (missingDeflatorYears(input).length === 0 ? "uprated" : "not_uprated");
