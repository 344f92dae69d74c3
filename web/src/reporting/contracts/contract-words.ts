/**
 * Words and choices the contract pages share: money in the reader's language, a period, and the
 * values a KPI can be filtered by, each named from the message catalogue (core/reporting/labels.ts
 * says where) or by the organisation's own data (sites, programmes).
 */
import type { TFunction } from "i18next";
import type { ContractOptions } from "../../../../core/api/reporting-contracts.js";
import { closureOutcomes, supportTiers } from "../../../../core/cases/case-state-machine.js";
import { ageBands, ethnicities, ethnicityCodes, sexes } from "../../../../core/clients/demographics.js";
import { decisionKinds } from "../../../../core/panel/decisions.js";
import type { ReportingDimension } from "../../../../core/reporting/catalogue.js";
import { dimensionLabelPaths } from "../../../../core/reporting/labels.js";
import { defaultReferralSources, vulnerabilityDomains } from "../../../../core/referrals/vocabulary.js";
import type { Language } from "../../../../core/api/auth.js";

const locales: Record<Language, string> = { en: "en-GB", ur: "ur-PK" };

/** An amount in pence as pounds, in the reader's language: £12,500.50. */
export function formatPence(pence: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: "currency", currency: "GBP" }).format(pence / 100);
}

const fixedValues: Partial<Record<ReportingDimension, readonly string[]>> = {
  sex: sexes,
  ethnicity: ethnicityCodes,
  ethnic_group: [...new Set(ethnicities.map((entry) => entry.group))],
  minority_ethnic: ["minority_ethnic", "white_british", "not_stated"],
  age_band: ageBands,
  support_tier: supportTiers,
  vulnerability_domain: vulnerabilityDomains,
  panel_decision: decisionKinds,
  referral_source: defaultReferralSources.map((source) => source.code),
  outcome: closureOutcomes,
};

/** A value's words: from the catalogue where it has them, else the code as stored. */
export function valueLabel(t: TFunction, dimension: ReportingDimension, value: string, options: ContractOptions | null): string {
  if (dimension === "site") return options?.sites.find((site) => site.id === value)?.name ?? value;
  if (dimension === "programme") return options?.programmes.find((programme) => programme.code === value)?.title ?? value;
  const keys = (dimensionLabelPaths[dimension] ?? []).map((path) => `${path}.${value}`);
  return keys.length === 0 ? value : t(keys, { defaultValue: value });
}

/** The values a KPI may be filtered by in `dimension`, with their words; sites are the contract's own. */
export function valueChoices(t: TFunction, dimension: ReportingDimension, options: ContractOptions | null, contractSiteIds: readonly string[]) {
  const values =
    dimension === "site" ? [...contractSiteIds] : dimension === "programme" ? (options?.programmes.map((programme) => programme.code) ?? []) : [...(fixedValues[dimension] ?? [])];
  return values.map((value) => ({ value, label: valueLabel(t, dimension, value, options) }));
}
