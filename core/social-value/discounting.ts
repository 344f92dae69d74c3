/**
 * Discounting future years to present value at the Green Book's rates (shared reference "domain
 * facts" §4.4): 3.5% a year for years 0 to 30 and 3.0% from year 31; 1.5% for values of health and
 * wellbeing. The rates are settings an organisation may change. Pure.
 *
 * Year 0 is the year the outcome is recorded, and is not discounted. A schedule is a list of bands,
 * each rate applying from its first year on; the factor for year t is the product, year by year, of
 * 1 / (1 + the rate of that year), so with the defaults year 31 is worth 1 / (1.035^30 × 1.03).
 */
import { z } from "zod";
import type { DiscountClass } from "./catalogue.js";

export const discountBandSchema = z.strictObject({
  fromYear: z.number().int().min(0).max(200),
  /** A share: 0.035 is 3.5%. */
  rate: z.number({ message: "A rate is a number." }).min(0, { message: "A rate cannot be negative." }).max(0.25, { message: "A rate is at most 0.25 (25%)." }),
});
export type DiscountBand = z.infer<typeof discountBandSchema>;

const scheduleSchema = z
  .array(discountBandSchema)
  .min(1, { message: "A schedule needs at least one rate." })
  .max(10)
  .refine((bands) => bands[0]?.fromYear === 0, { message: "The first rate applies from year 0." })
  .refine((bands) => bands.every((band, index) => index === 0 || band.fromYear > bands[index - 1]!.fromYear), { message: "Each rate starts after the one before it." });

export const discountSettingsSchema = z.strictObject({
  standard: scheduleSchema,
  health: scheduleSchema,
});
export type DiscountSettings = z.infer<typeof discountSettingsSchema>;

/**
 * The Green Book's rates. The reference gives no later band for the health rate; the values these
 * defaults are used for last far less than 30 years, and an organisation may add one.
 */
export const defaultDiscountSettings: DiscountSettings = Object.freeze({
  standard: [
    { fromYear: 0, rate: 0.035 },
    { fromYear: 31, rate: 0.03 },
  ],
  health: [{ fromYear: 0, rate: 0.015 }],
});

export const scheduleFor = (settings: DiscountSettings, discountClass: DiscountClass): readonly DiscountBand[] => settings[discountClass];

/** The rate that discounts year `year` against the year before it. */
function rateOf(bands: readonly DiscountBand[], year: number): number {
  let rate = bands[0]?.rate ?? 0;
  for (const band of bands) if (band.fromYear <= year) rate = band.rate;
  return rate;
}

/** The discount factors of years 0 to `years - 1`: [1, 1/(1+r1), …]. */
export function discountFactors(bands: readonly DiscountBand[], years: number): number[] {
  const factors: number[] = [];
  let factor = 1;
  for (let year = 0; year < years; year++) {
    if (year > 0) factor /= 1 + rateOf(bands, year);
    factors.push(factor);
  }
  return factors;
}
