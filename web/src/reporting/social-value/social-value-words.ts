/**
 * How the social-value pages write money, shares and names in the reader's language: whole pounds
 * for report figures, pounds and pence for a return per £1, a share as a percentage, an outcome by
 * the organisation's own name or the catalogue's, a scope by its site, programme or contract.
 */
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { CalculationSummary } from "../../../../core/api/social-value.js";
import { monthLong } from "../../components/charts/month-names.js";
import { currentLanguage } from "../../i18n/i18n.js";
import { isolate } from "../../i18n/format.js";

const locales = { en: "en-GB", ur: "ur-PK" } as const;

/** Formatters bound to the reader's language. */
export function useMoney() {
  useTranslation();
  const locale = locales[currentLanguage()];
  const currency = (fractionDigits: number) => new Intl.NumberFormat(locale, { style: "currency", currency: "GBP", minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    /** Whole pounds from pence: "£12,345". */
    pounds: (pence: number) => currency(0).format(Math.round(pence / 100)),
    /** Pounds and pence: "£1,408.00". */
    exact: (pence: number) => currency(2).format(pence / 100),
    /** Pence per £1 as pounds and pence: "£3.42". */
    perPound: (pence: number) => currency(2).format(pence / 100),
    /** A share (0.3) as a percentage: "30%". */
    share: (share: number) => `${number.format(share * 100)}%`,
    number: (value: number) => number.format(value),
  };
}

/** An outcome's words: the organisation's own name for it, else the catalogue's, else its code. */
export function outcomeName(t: TFunction, outcomeCode: string, ownLabels: Readonly<Record<string, string>>): string {
  const own = ownLabels[outcomeCode];
  if (own) return own;
  // The words of built-in outcomes, where the case pages keep them (core/reporting/labels.ts `outcome`).
  for (const section of ["support", "cases"]) {
    const key = `${section}.closureOutcomes.${outcomeCode}`;
    const found = t(key);
    if (found !== key) return found;
  }
  return outcomeCode.replace(/_/g, " ");
}

/** The scope as a report names it: the contract, or the site (every site) and the programme. */
export function scopeTitle(t: TFunction, names: CalculationSummary["names"]): string {
  if (names.contract) return names.contract;
  const where = names.site ?? t("socialValue.scope.everySite");
  return names.programme ? t("socialValue.scope.withProgramme", { site: isolate(where), programme: isolate(names.programme) }) : where;
}

/** "April 2025 to March 2026". */
export function monthsText(t: TFunction, months: { from: string; to: string }): string {
  return t("socialValue.report.period", { from: isolate(monthLong(months.from)), to: isolate(monthLong(months.to)) });
}

/** A relative change for the sensitivity: "−50%", "as made", "+25%". */
export function changeText(t: TFunction, change: number, share: (value: number) => string): string {
  if (change === 0) return t("socialValue.report.asAssumed");
  return `${change > 0 ? "+" : "−"}${share(Math.abs(change))}`;
}
