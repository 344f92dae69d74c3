/**
 * How a suggested unit cost was worked out, in a sentence: the spend in its category over the
 * months looked at, divided by what was recorded done (or made a year), or why the records cannot
 * suggest one.
 */
import type { TFunction } from "i18next";
import type { CostSuggestion } from "../../../../core/api/funding.js";
import { derivationSources } from "../../../../core/funding/vocabulary.js";
import { formatNumber, isolate } from "../../i18n/format.js";
import { currentLanguage } from "../../i18n/i18n.js";
import { pence } from "./funding-words.js";

export function suggestionSentence(t: TFunction, suggestion: CostSuggestion): string {
  const category = t(`funding.categories.${derivationSources[suggestion.derivation].category}`);
  if (suggestion.spendPence === 0) return t("funding.unitCosts.suggestion.noSpend", { category });
  if (suggestion.activity !== null && !suggestion.activityCount) return t(`funding.unitCosts.suggestion.noActivity.${suggestion.activity}`);
  const words = { spend: isolate(pence(suggestion.spendPence)), category, suggested: isolate(pence(suggestion.suggestedPence ?? 0)), count: suggestion.activityCount ?? 0, number: isolate(formatNumber(suggestion.activityCount ?? 0, currentLanguage())), months: suggestion.monthsWithSpend };
  return suggestion.activity === null ? t("funding.unitCosts.suggestion.yearly", words) : t(`funding.unitCosts.suggestion.per.${suggestion.activity}`, words);
}
