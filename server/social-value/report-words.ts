/**
 * How the printed social-value report writes its figures and names, in English from the web app's
 * message catalogue (reporting/returns/report-words.ts), so the file and the page say the same.
 */
import type { CalculationResult } from "../../core/social-value/index.js";
import { words } from "../reporting/returns/report-words.js";

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

export const formatted = {
  /** Whole pounds from pence: "£12,345". */
  pounds: (pence: number) => `£${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(Math.round(pence / 100))}`,
  /** Pence per £1 as pounds: "£3.42"; a dash when the work cost nothing. */
  perPound: (pence: number | null) => (pence === null ? "–" : `£${(pence / 100).toFixed(2)}`),
  // The catalogue keeps i18next's plural forms (`years_one`, `years_other`); the printed report is in English, which has those two.
  years: (years: number | null) => (years === null ? words("socialValue.report.notPaidBack") : words(`socialValue.report.years_${years === 1 ? "one" : "other"}`, { count: years })),
  count: (value: number) => number.format(value),
  share: (share: number) => `${number.format(share * 100)}%`,
  change: (change: number) => (change === 0 ? words("socialValue.report.asAssumed") : `${change > 0 ? "+" : "−"}${number.format(Math.abs(change) * 100)}%`),
};

/** An outcome's words: the organisation's own name for it, else the catalogue's, else its code. */
export function outcomeWords(outcomeCode: string, ownLabels: Readonly<Record<string, string>>): string {
  const own = ownLabels[outcomeCode];
  if (own) return own;
  for (const path of ["support.closureOutcomes", "cases.closureOutcomes"]) {
    const found = words(`${path}.${outcomeCode}`);
    if (found !== `${path}.${outcomeCode}`) return found;
  }
  return outcomeCode.replace(/_/g, " ");
}

/** What prices the figures are in, as the report states it. */
export function describedPrices(result: Pick<CalculationResult, "prices" | "targetPriceYear">): string {
  if (result.prices.basis === "uprated") return words("socialValue.report.pricesUprated", { year: result.targetPriceYear });
  return words("socialValue.report.pricesNotUprated", { years: result.prices.priceYears.join(", ") });
}
