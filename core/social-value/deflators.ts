/**
 * Price uprating: bringing a figure from the prices of its year to the prices of a chosen year with
 * a GDP-deflator series (year → index), as the GMCA method and the Green Book do. Pure.
 *
 * A value in the prices of year A is worth value × index(B) / index(A) in the prices of year B.
 * Only the ratio matters, so a series may be referenced to any year, but all its rows must come
 * from one publication on one reference ("2024-25 = 100"): indices of two vintages do not mix.
 *
 * No figures are shipped. HM Treasury's "GDP deflators at market prices, and money GDP" (from ONS
 * series L8GG for financial years) is the series to use; administrators enter it from the latest
 * release, with that release's name and date. Until a year is entered, uprating from or to it
 * answers "no deflator for year X" rather than guessing.
 */
import { z } from "zod";
import { sourceSchema } from "./catalogue.js";
import { priceYearSchema, roundPence, type PriceYear } from "./price-years.js";

export const deflatorRowSchema = z.strictObject({
  year: priceYearSchema,
  index: z.number({ message: "An index is a number." }).positive({ message: "An index is above 0." }).max(100_000, { message: "That index is too large." }),
});
export type DeflatorRow = z.infer<typeof deflatorRowSchema>;

export const deflatorSeriesSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** The year the series is referenced to, as the publication states it: "2024-25 = 100". */
  reference: z.string().trim().min(1).max(100),
  source: sourceSchema,
  /** The publication's date (YYYY-MM-DD), so a reader can tell one vintage from the next. */
  publishedOn: z.iso.date({ message: "A date is written YYYY-MM-DD." }).nullable(),
  rows: z.array(deflatorRowSchema).max(500).refine((rows) => new Set(rows.map((row) => row.year)).size === rows.length, { message: "Each year once." }),
});
export type DeflatorSeries = z.infer<typeof deflatorSeriesSchema>;

/** The series an organisation starts with: its name and where it comes from, and no figures (see above). */
export const defaultDeflatorSeries: DeflatorSeries = Object.freeze({
  name: "GDP deflator at market prices",
  reference: "as published",
  source: {
    citation: "HM Treasury, GDP deflators at market prices, and money GDP (financial years from ONS series L8GG)",
    url: "https://www.gov.uk/government/collections/gdp-deflators-at-market-prices-and-money-gdp",
  },
  publishedOn: null,
  rows: [],
});

/** Why a figure could not be uprated: the series has no index for the year. */
export interface NoDeflatorProblem {
  readonly code: "no_deflator";
  readonly year: PriceYear;
  readonly message: string;
}

export type UpratingFactor =
  | { readonly ok: true; readonly factor: number; readonly from: DeflatorRow | null; readonly to: DeflatorRow | null }
  | { readonly ok: false; readonly problem: NoDeflatorProblem };

const noDeflator = (year: PriceYear): NoDeflatorProblem => ({ code: "no_deflator", year, message: `No deflator for ${year}: add its index to the deflator table.` });

/**
 * What to multiply a value in `from` prices by to have it in `to` prices. The same year needs no
 * deflator (factor 1, no rows used); otherwise both years must be in the series, and the problem
 * names the missing one (`from` when both are).
 */
export function upratingFactor(series: DeflatorSeries | null, from: PriceYear, to: PriceYear): UpratingFactor {
  if (from === to) return { ok: true, factor: 1, from: null, to: null };
  const fromRow = series?.rows.find((row) => row.year === from);
  const toRow = series?.rows.find((row) => row.year === to);
  if (!fromRow) return { ok: false, problem: noDeflator(from) };
  if (!toRow) return { ok: false, problem: noDeflator(to) };
  return { ok: true, factor: toRow.index / fromRow.index, from: fromRow, to: toRow };
}

/** An amount in pence brought from `from` prices to `to` prices, rounded to the penny (price-years.ts). */
export function upratePence(pence: number, series: DeflatorSeries | null, from: PriceYear, to: PriceYear): { ok: true; pence: number } | { ok: false; problem: NoDeflatorProblem } {
  const uprating = upratingFactor(series, from, to);
  return uprating.ok ? { ok: true, pence: roundPence(pence * uprating.factor) } : uprating;
}
